package extract

import (
	"strings"
	"testing"
)

func TestFieldLists(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"bullets under a heading",
			"【流出した可能性のある情報】\n・氏名\n・住所\n・電話番号\n\n以上となります。",
			"name address phone", ""},
		{"kana list markers and a clarification",
			"(1) 流出した可能性のある情報\nア 氏名(カード名義人名)\nイ クレジットカード番号\nウ 有効期限\nエ セキュリティーコード",
			"card_holder_name card_number card_expiry card_security_code", ""},
		{"circled numbers",
			"(4)流出した情報(疑いを含む)\n①氏名\n②住所\n③電話番号\n④メールアドレス\n⑤ご契約アカウント名・パスワード",
			"name address phone email account_id password", ""},
		{"inline list in prose",
			"お客様の氏名、住所、電話番号及びメールアドレスが流出した可能性があります。",
			"name address phone email", ""},
		{"heading followed by one line",
			"【流出した可能性のある情報】\nカード名義人名、クレジットカード番号、有効期限、セキュリティコード",
			"card_holder_name card_number card_expiry card_security_code", ""},
		{"generic card information with its items",
			"【流出した可能性のある情報(疑いを含む)】\n\nクレジットカード情報(カード番号、カード名義、住所、有効期限、セキュリティコード)",
			"card_number card_holder_name address card_expiry card_security_code", ""},
		{"generic card information alone",
			"お客様のクレジットカード情報等が流出した可能性があります。",
			"card_number", ""},
		{"generic personal information is no field",
			"お客様の個人情報が流出した可能性があります。会員情報も含まれます。",
			"", ""},
		{"prose about viewable data",
			"お客様の氏名とメールアドレスが閲覧可能な状態になっていました。",
			"name email", ""},
		{"list after the leak word",
			"流出した可能性があるのは、(1)一部ユーザーの氏名、メールアドレス、(2)一部ユーザーの氏名、ID番号など。",
			"name email account_id", ""},
		{"table rows",
			"不正に取得された情報は以下のとおりです。\n1 | 生年月日・性別 | 120件 |",
			"", ""},
		{"a heading with its list on the same line",
			"流出した情報: 氏名、生年月日、性別",
			"name birth_date gender", ""},
		{"employees' data",
			"【漏えいの恐れのある個人情報】\n\n当社の従業員(120人)\n\n・氏名 ・ユーザーID ・社員番号 ・会社名 ・部署、役職名 ・メールアドレス",
			"name account_id employer email", ""},
		{"a bracketed heading at the end of a line",
			"当店をご利用のお客様 - 【流出した可能性がある個人情報】\n- 氏名、住所\nクレジットカード情報(番号、有効期限、カード名義) - 【対象件数】\n- 120件",
			"name address card_expiry card_holder_name", ""},
		{"counts and a sub-heading before the items",
			"【本件で漏えいの可能性がある個人情報】\n・対象ファイル数 120件\n・対象者数 300名\n・個人情報の種類\n氏名、所属、メールアドレス\n【経緯】\n調査しました。",
			"name employer email", ""},
		{"who is affected, then the items",
			"1.漏えいの可能性がある情報\n\n当店で決済したお客様が対象です。\n\n・カード名義人名\n・メールアドレス\n\n今後の対応をお知らせします。",
			"card_holder_name email", ""},
		{"data held in the leaked file",
			"(1) 漏えいしたデータ\n送付用の一覧表\n(2) 含まれる個人情報\n氏名\n※なお、書面の本文の漏えいはありません。",
			"name", ""},
		{"a mail address that is the login ID",
			"漏えいの可能性がある情報:\n-\n登録メールアドレス(ログインID)\n-\nログインパスワード",
			"email account_id password", ""},
		{"a labelled line under a heading",
			"3.対象の個人情報内容及び件数\n内容:氏名、電話番号\n件数:20世帯分",
			"name phone", ""},
		{"wordings of schools and hospitals",
			"【流出した可能性のある情報】\n児童氏名、保護者氏名、学籍番号、被保険者番号、病名、検査結果",
			"name account_id id_document health", ""},
	}
	runFieldTests(t, tests)
}

func TestFieldNegation(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"not included",
			"流出した情報は氏名とメールアドレスです。なお、パスワードは含まれておりません。",
			"name email", "password"},
		{"leak not confirmed",
			"取引に用いるログインパスワードやマイナンバーなどの漏えいは確認していないという。",
			"", "password my_number"},
		{"did not leak",
			"流出した情報は、カード番号並びに、有効期限であり、ご契約の証券番号は流出していないことが判明いたしました。",
			"card_number card_expiry", "other"},
		{"nothing identifying",
			"お名前、ご住所、お電話番号、健康情報等、お客様個人を特定する情報は含まれておりません。",
			"", "name address phone health"},
		{"without",
			"漏えいした可能性があるのはメールアドレスで、パスワードを含まない情報です。",
			"email", "password"},
		{"two clauses",
			"氏名、携帯電話番号などの情報が含まれているが、住所、クレジットカード番号、銀行口座番号、各種の暗証番号は含まれていない。",
			"name phone", "address card_number bank_account password"},
		{"all but card data says nothing",
			"現時点ではクレジットカード情報以外の個人情報の流出は確認されておりません。",
			"", ""},
		{"a relative clause decides nothing",
			"クレジットカード情報が漏洩していない人には送付しておりません。",
			"", ""},
		{"a fact not yet known is no denial",
			"「カード情報の流出という事実が判明してないことから」との指摘がありました。",
			"", ""},
		{"out of scope is no denial",
			"※以下のお客様はクレジットカード情報の流出の対象ではございません。",
			"", ""},
		{"misuse denied, leak affirmed",
			"不正に取得されたクレジットカード情報の不正利用は確認されておりません。",
			"card_number", ""},
		{"no mention of it in the document",
			"当該書類に口座番号の記載はありません。送付した書類には、生年月日の記載はない。",
			"", "bank_account birth_date"},
		{"outside what leaked",
			"※メールアドレス及びパスワードは対象外です。",
			"", "email password"},
		{"the topic of a sentence of two clauses",
			"なお、パスワードについては暗号化されており、流出していないことを確認しています。",
			"", "password"},
		{"not stored, so no leak",
			"カード情報は当社サーバーに保存されていないため、流出の可能性はございません。",
			"", "card_number"},
		{"not written in it",
			"電話番号、メールアドレスなどの情報は記載されておりません。",
			"", "phone email"},
		{"not leaked, in a plain denial",
			"パスワード、クレジットカード番号は流出しておりません。",
			"", "password card_number"},
		{"a list line with a negation in its sentence",
			"流出した情報\n氏名(カード名義人名)、メールアドレス、\nクレジットカード番号\n※クレジットカードのセキュリティコードは含まれておりません。",
			"card_holder_name email card_number", "card_security_code"},
		{"never held",
			"当社ではクレジットカード情報を保持しておらず、流出したのはメールアドレスのみです。",
			"email", "card_number"},
		{"never held but skimmed",
			"当店はカード情報を保有しておりませんでしたが、入力画面の改ざんによりカード番号が流出しました。",
			"card_number", ""},
		{"the leaked list, then the rest in another clause",
			"流出したのは氏名や住所などで、銀行口座番号は含まれていない。",
			"name address", "bank_account"},
		{"a note after a list item is about the note",
			"【表示された可能性のある情報】\n1)診察券番号 ※病院名は含まれておりません\n2)メールアドレス",
			"account_id email", ""},
		{"a table row labelled as what leaked",
			"項目 | 内容 |\n---|---|\n発生日 | 5月1日 |\n流出した可能性のある情報 | 氏名、住所、学年 |\n件数 | 30件 |",
			"name address other", ""},
		{"a family name only",
			"流出した情報は、姓のみ(漢字)と性別です。",
			"name gender", ""},
		{"card items with a bare holder and a shop ID",
			"流出した情報は、カード番号、名義、有効期限、ショップIDです。",
			"card_number card_holder_name card_expiry account_id", ""},
	}
	runFieldTests(t, tests)
}

// TestFieldsByIncident reads the data of every kind of incident: lost,
// stolen, mis-sent, mis-mailed, published, taken by insiders.
func TestFieldsByIncident(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"a lost list", "氏名、住所等が記載された名簿を紛失しました。", "name address", ""},
		{"a wrongly attached file", "児童の氏名及び生年月日が含まれたファイルを誤って添付しました。", "name birth_date", ""},
		{"shown to other parents", "保護者3名分の氏名とメールアドレスが表示された。", "name email", ""},
		{"a hospital heading", "【漏えいした個人情報】\n患者氏名、患者ID、病名", "name account_id health", ""},
		{"an inline label", "含まれていた個人情報:氏名、住所、電話番号", "name address phone", ""},
		{"a school list under a marked heading", "■対象となる個人情報\n・氏名\n・学籍番号\n・成績", "name account_id other", ""},
		{"a breakdown with counts is no list", "内訳:氏名 120件、住所 80件", "", ""},
		{"what may have been viewed", "閲覧された可能性のある項目は、氏名、性別、年齢です。", "name gender age", ""},
		{"the content of personal data", "個人情報の内容:氏名、口座情報", "name bank_account", ""},
		{"a table that is not about a leak", "項目 | 件数\n氏名 | 10\n住所 | 10", "", ""},
		{"what a USB stick held", "USBメモリには、生徒の氏名、成績が保存されていました。", "name other", ""},
		{"an insider who looked", "職員が住民の氏名や所得の情報を私的に閲覧していました。", "name other", ""},
		{"a former employee who took data", "元従業員が顧客の氏名、電話番号を持ち出していたことが判明しました。", "name phone", ""},
		{"published by mistake", "ホームページに受験番号と氏名を掲載してしまいました。", "account_id name", ""},
		{"insurance numbers mailed to the wrong household", "被保険者番号、保険証の記号番号が記載された通知書を誤って送付しました。", "id_document", ""},
		{"a stolen bag", "盗難にあった鞄には、患者の氏名と診療情報が入った書類がありました。", "name health", ""},
		{"a mis-sent mail", "誤送信したメールには、顧客の氏名、会社名、電話番号が記載されていました。", "name employer phone", ""},
		{"numbered items under a heading", "漏えいした個人情報\n(1)氏名\n(2)顔写真\n(3)学年", "name other", ""},
		{"what leaked and what did not in one sentence", "流出したのは氏名とメールアドレスで、住所や電話番号の流出は確認されておりません。", "name email", "address phone"},
		{"all but names says nothing", "氏名以外の情報の流出は確認されておりません。", "", ""},
		{"a phone to be called", "なお、ご登録の電話番号にご連絡させていただきます。", "", ""},
		{"advice", "パスワードを変更してください。", "", ""},
		{"a mail address written to", "メールアドレス宛にお詫びを送付いたしました。", "", ""},
		{"a printed slip sent to someone else", "氏名・住所が印字された送付状を別の方に送付していました。", "name address", ""},
	}
	runFieldTests(t, tests)
}

// TestNotLeakedForms reads the ways a notice says data did not leak.
func TestNotLeakedForms(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"not handled at all", "当社ではマイナンバーを取り扱っておりません。", "", "my_number"},
		{"not held, so no leak", "クレジットカード情報については、弊社では保持していないため流出はございません。", "", "card_number"},
		{"a leak not confirmed", "なお、銀行口座情報の流出は確認されていません。", "", "bank_account"},
		{"a leak of passwords not confirmed", "現在のところ、パスワードの漏えいは確認されておりません。", "", "password"},
		{"not among what leaked", "流出した情報には、クレジットカード情報は含まれておりません。", "", "card_number"},
		{"no leak of payment data", "クレジットカード番号等の決済情報の漏洩はありません。", "", "card_number"},
		{"not stored, no cause for worry", "カード情報は保存していないため、漏えいの心配はございません。", "", "card_number"},
		{"no fact of a leak", "ご登録のメールアドレス、パスワードが漏れた事実はありません。", "", "email password"},
		{"what leaked and what did not", "氏名、住所、電話番号が流出しましたが、クレジットカード情報は流出しておりません。", "name address phone", "card_number"},
	}
	runFieldTests(t, tests)
}

func TestNonFields(t *testing.T) {
	tests := []struct {
		name, text, leaked, notLeaked string
	}{
		{"contact by mail", "詳細はメールアドレスにてご連絡いたします。", "", ""},
		{"a phone to call", "電話番号: 0120-000-111", "", ""},
		{"advice", "パスワードを変更してください。", "", ""},
		{"a question", "Q5 カード情報が漏えいしたのではないですか?", "", ""},
		{"a person addressed", "(私の名前)様におかれましては、流出した疑いのあるお客様情報に含まれていることが判明いたしました。", "", ""},
		{"registering data", "粗品の送付には住所氏名の登録が必要です。", "", ""},
		{"data leaked at another company", "他社サービスから流出したID・パスワードを使った不正ログインが発生しました。", "", ""},
	}
	runFieldTests(t, tests)
}

func runFieldTests(t *testing.T, tests []struct{ name, text, leaked, notLeaked string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ReadFields(testDoc(t, tt.text))
			if got := strings.Join(r.Leaked, " "); got != tt.leaked {
				t.Errorf("leaked %q; want %q", got, tt.leaked)
			}
			if got := strings.Join(r.NotLeaked, " "); got != tt.notLeaked {
				t.Errorf("not leaked %q; want %q", got, tt.notLeaked)
			}
			for k, spans := range r.Evidence {
				for _, s := range spans {
					if s[0] >= s[1] || s[1] > len(tt.text) {
						t.Errorf("%s: bad span %v", k, s)
					}
				}
			}
		})
	}
}

func TestCVEsAndSoftware(t *testing.T) {
	d := testDoc(t, "Apache Struts2 の脆弱性対策について(cve-2017-5638)(S2-045)、Apache Struts 2 の脆弱性 (CVE-2017-5638)")
	var ids, sw []string
	for _, c := range CVEs(d) {
		ids = append(ids, c.Value)
	}
	for _, s := range Software(d) {
		sw = append(sw, s.Value)
	}
	if strings.Join(ids, " ") != "CVE-2017-5638" {
		t.Errorf("CVEs %v", ids)
	}
	if strings.Join(sw, "|") != "Apache Struts2" {
		t.Errorf("software %v", sw)
	}
}
