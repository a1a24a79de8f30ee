package extract

import "testing"

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

// TestNotExposed: data words beside a predicate of showing or sending that
// tell what will be done, what is asked, or where something went.
func TestNotExposed(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"a notice to be sent", "新しいパスワードのご案内を送付いたします。", "", ""},
		{"a letter to be mailed", "対象のお客様には、お名前とご住所を記載した書面を郵送いたします。", "", ""},
		{"a number to give on the phone", "お問い合わせの際は、会員番号をお伝えください。", "", ""},
		{"an apology published", "ホームページにお詫びを掲載しております。", "", ""},
		{"an input screen tampered with", "氏名、住所、電話番号を入力する画面が改ざんされていました。", "", ""},
		{"data kept safe", "お客様の氏名、住所は当社が厳重に保管しております。", "", ""},
		{"numbers passed to card companies", "カード会社へ、カード番号を連携いたしました。", "", ""},
		{"names not made public", "職員の氏名を公表しておりません。", "", ""},
		{"asked for identity", "本人確認のため、生年月日をお伺いすることがあります。", "", ""},
		{"input fields with a program in them", "郵便番号、住所、電話番号の入力欄に不正なプログラムが仕込まれていました。", "", ""},
		{"a document sent by mistake", "お客様の氏名と住所が記載された書類を送付してしまいました。", "name address", ""},
	}
	runFieldTests(t, tests)
}
