package extract

import "testing"

func TestOtherListItems(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"an item of no known kind in a mis-sent file",
			"誤って送ったファイルには、生徒の氏名、学年、住所が記載されていました。",
			"name other address", ""},
		{"quoted items",
			"外部に送信されたのは、「生徒氏名」「性別」「部活動名」の3項目です。",
			"name gender other", ""},
		{"an inline list after a label, with a parenthesis",
			"3.対象の個人情報内容\n内容:氏名、電話番号、送迎内容(習い事の送迎など)",
			"name phone other", ""},
		{"filler and people are no data",
			"流出した情報は、会員、氏名、住所等の情報です。",
			"name address", ""},
		{"a part of a field's name is that field",
			"【漏えいの可能性がある項目】\n氏名、電話・携帯電話番号",
			"name phone", ""},
		{"a noun before the list is prose",
			"確認したところ、氏名と住所が含まれていました。",
			"name address", ""},
		{"a table of leaked data with a row of another kind",
			"漏えいした情報の種類 | 件数 |\n---|---|\n氏名 | 120件 |\nメールアドレス | 120件 |\n配達希望日 | 80件 |",
			"name email other", ""},
		{"whose data is no kind of data",
			"会員の氏名及び配送先の個人情報(300名分)が漏えいした可能性があります。",
			"name", ""},
		{"a company name at the start of a headline",
			"サンプル商会、カード番号を含む情報が流出か",
			"card_number", ""},
		{"a list after a sentence that introduces it",
			"ファイルは誤送信したメールに添付されており、記載内容は以下のとおりです。\n・受験番号\n・氏名カタカナ\n(対応)\n削除を依頼しました。",
			"account_id name", ""},
		{"a relative clause before the next item",
			"流出した情報は、学籍番号、氏名、大学が付与したメールアドレスです。",
			"account_id name email", ""},
		{"a list in parentheses",
			"(閲覧された可能性のある情報:画面に表示される氏名と保有ポイント数)",
			"name other", ""},
		{"a spaced table header and a product name are no items",
			"【漏えいした情報】\n氏名、Sample Club\n4.経過\n月 日 | 内 容 |\n---|---|",
			"name", ""},
		{"a list that did not leak gives no other data",
			"会員番号、部活動名は含まれておりません。",
			"", "account_id"},
	}
	runFieldTests(t, tests)
}

func TestExposedData(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"a lost list", "職員が氏名、住所等が記載された名簿を紛失しました。", "name address", ""},
		{"a wrongly attached file", "児童の氏名及び生年月日が含まれたファイルを誤って添付しました。", "name birth_date", ""},
		{"shown to others", "他の保護者3名分の氏名とメールアドレスが表示されました。", "name email", ""},
		{"what could be viewed", "閲覧された可能性のある情報は、氏名、性別です。", "name gender", ""},
		{"what a lost device held", "紛失した端末には、顧客の氏名と電話番号が保存されていました。", "name phone", ""},
		{"sent to an address", "ご登録のメールアドレスに案内を送信いたしました。", "", ""},
		{"the cause is no list", "誤送信の原因は、担当者が送信先メールアドレスを誤って入力したことです。", "", ""},
		{"a file's password", "添付ファイルはパスワード付きで、パスワードは別のメールでお送りしました。", "", ""},
		{"what a lost paper file held", "紛失した冊子には組合員の氏名、住所などが記されていた。", "name address", ""},
		{"a telegraphic sentence", "担当者が名簿の氏名一覧を誤って添付。", "name", ""},
		{"a noun that holds a predicate word", "氏名の欄は他の送信相手に表示されない設定です。", "", ""},
		{"an address mail was sent to", "ご登録のメールアドレス宛に「カード情報流出のお詫び」をお送りしました。", "", ""},
		{"a verb, not data", "本学に所属する教員のパソコンが盗難に遭いました。", "", ""},
	}
	runFieldTests(t, tests)
}
