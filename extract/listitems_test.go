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
		{"a place is no item",
			"紛失したUSBメモリには、氏名、成績、授業内で配った資料が保存されていました。",
			"name other", ""},
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
