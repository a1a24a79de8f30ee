package extract

import (
	"strings"
	"testing"
)

func TestCauses(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"弊社のクレジットカード支払いサイトに第三者による悪意あるプログラムが仕込まれていたことが確認されました。",
			"unauthorized_access payment_tampering"},
		{"第三者の不正アクセスにより、OSコマンドインジェクションの脆弱性を利用されて、情報を不正取得された。",
			"unauthorized_access os_command_injection vulnerability"},
		{"Apache Struts2の脆弱性を悪用した不正アクセスが発生しました。", "vulnerability unauthorized_access"},
		{"弊社ホームページにSQLインジェクションによる外部からの不正アクセスが確認された。", "sql_injection unauthorized_access"},
		{"運営を委託している株式会社サンプルの提供するシステムが、外部からの不正アクセスを受けました。",
			"vendor_breach unauthorized_access"},
		{"決済処理プログラムの改ざんが行われたため。", "unauthorized_access payment_tampering"},
		{"メールマガジンの誤送信が発覚しました。", "misdelivery"},
		{"社員が顧客情報を保存したUSBメモリを紛失しました。", "loss_or_theft"},
		{"当社のサーバーがランサムウェアに感染し、ファイルが暗号化されました。", "unauthorized_access ransomware"},
		{"元従業員が顧客情報を不正に持ち出していたことが判明しました。", "insider"},
		{"アクセス制限の設定が不完全だったことが原因です。", "misconfiguration"},
		{"標的型メールを開封した端末がマルウェアに感染しました。", "phishing malware"},
		{"リスト型攻撃による不正ログインが発生しました。", "unauthorized_access credential_stuffing"},
		{"原因については現在調査中です。", "unknown"},
		// Incidents other than intrusions, one kind of wording each
		{"決済用のペイメントアプリケーションが改ざんされていました。", "unauthorized_access payment_tampering"},
		{"決済情報の入力画面のリンク先が改ざんされていました。", "unauthorized_access payment_tampering"},
		{"担当者が送信先のメールアドレスを誤って入力したため、外部に届きました。", "misdelivery"},
		{"誤ったメールアドレス(以下、誤送信先)に資料を送りました。", "misdelivery"},
		{"通知書の誤封入が2件ありました。", "misdelivery"},
		{"出張中に業務用パソコンが盗まれました。", "loss_or_theft"},
		{"保管していた台帳が所在不明となっております。", "loss_or_theft"},
		{"回収中の書類が路上に散乱しました。", "loss_or_theft"},
		{"職員が業務上の必要がないのに住民の情報を閲覧していました。", "insider"},
		{"職員が知人の情報を無断で閲覧していました。", "insider"},
		{"元社員による顧客名簿の流出が判明しました。", "insider"},
		{"担当社員が顧客情報を名簿業者に売却していました。", "insider"},
		{"取引先を装ったメールの添付ファイルを開いた端末がウイルスに感染しました。", "phishing malware"},
		{"受託事業者のサーバーが不正アクセスを受けました。", "vendor_breach unauthorized_access"},
		{"サーバーが身代金要求を伴う攻撃を受けました。", "unauthorized_access ransomware"},
		{"会議資料に個人情報を誤って掲載しておりました。", "publishing_error"},
		{"公開文書のマスキング漏れにより氏名が読める状態でした。", "publishing_error"},
		{"ログインした方の画面に他の利用者の氏名が表示される事象が起きました。", "programming_error"},
		{"システムの不具合により他の会員様の注文内容が表示されました。", "programming_error"},
		{"データの移行作業を誤り、公開領域に残りました。", "misconfiguration"},
		{"発送業務を受託した印刷会社の作業ミスにより、別の方の書類が同封されました。", "vendor_breach misdelivery"},
		{"再委託先の事業者が名簿を誤って送信しました。", "vendor_breach misdelivery"},
		{"詳細な原因の究明調査を進めております。", "unknown"},
		// Not causes of this incident
		{"不審なメールにご注意ください。フィッシングにご注意ください。", ""},
		{"なお、現在、不正アクセスは確認されておりません。", ""},
		{"2社に対しDDoS攻撃が行われた。利用者がつながりにくくなった。個人情報流出はないとのこと。", ""},
		{"パソコンにウイルス対策ソフトを入れていますか?", ""},
		{"弊社サイトの脆弱性診断を定期的に実施いたします。", ""},
		{"『事務委託先のシステムへの不正アクセスについて』を公表しました。", ""},
		{"弊社の契約先である決済代行会社から一報を受けました。", ""},
		{"調査の結果、盗まれたのはメールアドレスでした。", ""},
		{"パソコンの盗難にご注意ください。", ""},
		{"職員が業務委託先の事業者へ送るはずの表を、宛先を誤って送信しました。", "misdelivery"},
	}
	runCauseTests(t, tests)
}

// TestCausesByIncident names the cause of every kind of incident, and no
// cause for advice or a definition.
func TestCausesByIncident(t *testing.T) {
	tests := []struct{ text, want string }{
		{"職員が通知書を誤交付しました。", "misdelivery"},
		{"封筒に別の方の書類を誤封入していました。", "misdelivery"},
		{"メールを送る際、BCCではなく宛先に全員のアドレスを入力しました。", "misdelivery"},
		{"宛先を誤ってメールを送信しました。", "misdelivery"},
		{"貸与していたUSBメモリが所在不明となっています。", "loss_or_theft"},
		{"電車内に書類の入った鞄を置き忘れました。", "loss_or_theft"},
		{"職員が私的に住民情報を閲覧していました。", "insider"},
		{"退職した元従業員が顧客名簿を持ち出していました。", "insider"},
		{"業務委託先のサーバーが不正アクセスを受けました。", "vendor_breach unauthorized_access"},
		{"再委託先でランサムウェア感染が発生しました。", "unauthorized_access vendor_breach ransomware"},
		{"A社が提供する予約システムにおいて不正アクセスが発生しました。", "vendor_breach unauthorized_access"},
		{"アクセス制限の設定が不完全であったため、外部から閲覧可能でした。", "misconfiguration"},
		{"クラウドストレージの共有設定の誤りにより、誰でも閲覧できる状態でした。", "misconfiguration"},
		{"委託先の端末がマルウェアに感染しました。", "vendor_breach malware"},
		{"フィッシングメールにより職員のアカウントが乗っ取られました。", "phishing"},
		{"個人情報を含む資料をホームページに誤掲載しました。", "publishing_error"},
		{"公開した文書にマスキング漏れがありました。", "publishing_error"},
		{"システムの不具合で他の利用者の情報が表示されました。", "programming_error"},
		{"プログラムの誤りにより、別のお客様のメールアドレスが表示されました。", "programming_error"},
		{"通販サイトに不正なアクセスがあり、カード情報が流出しました。", "unauthorized_access"},
		{"何者かがデータベースから会員データを不正にダウンロードしていました。", "unauthorized_access"},
		{"申込フォームの編集用リンクが公開されたままとなっていました。", "misconfiguration"},
		{"職員が顧客情報の入ったノートパソコンを電車内に置き忘れ、紛失しました。", "loss_or_theft"},
		{"事務所に何者かが侵入し、書類が盗まれました。", "loss_or_theft"},
		{"担当者が一斉送信の際、BCCで送るべきところをTOで送信しました。", "misdelivery"},
		{"ダイレクトメールの封入作業に誤りがあり、他の方の書類が同封されていました。", "misdelivery"},
		{"他のお客様宛ての書類を誤って同封しておりました。", "misdelivery"},
		{"印刷委託先の作業ミスにより、別の方の通知書が同封されました。", "vendor_breach misdelivery"},
		{"クラウドサービスの設定ミスにより、外部から閲覧可能な状態でした。", "misconfiguration"},
		{"職員のメールアカウントがフィッシングサイトで入力したパスワードにより不正に利用されました。", "phishing"},
		{"メールの宛先に、他の参加者のメールアドレスが表示される形で送信しました。", ""},
		{"パスワードを変更してください。", ""},
		{"従業員および元従業員の個人情報が流出した可能性があります。", ""},
		{"※フォレンジック調査:不正アクセスやマルウェア感染の痕跡を調べる調査です。", ""},
		{"元社員が、当社が提供する予約サービスの顧客情報を持ち出していました。", "insider"},
		{"不正アクセスとは、権限のない者がシステムに侵入することです。", ""},
	}
	runCauseTests(t, tests)
}

// TestUnknownCause reads the ways a notice says the cause is still sought.
func TestUnknownCause(t *testing.T) {
	runCauseTests(t, []struct{ text, want string }{
		{"原因は現在調査中です。", "unknown"},
		{"原因を調査しています。", "unknown"},
		{"現在、原因の究明を進めております。", "unknown"},
		{"流出の原因については、引き続き調査いたします。", "unknown"},
		{"原因は特定できておりません。", "unknown"},
		{"原因を確認しております。", "unknown"},
		{"原因の特定には至っておりません。", "unknown"},
		{"原因を調査した結果、宛先の入力誤りと判明しました。", "misdelivery"},
	})
}

func runCauseTests(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		r := ReadCauses(testDoc(t, tt.text))
		if got := strings.Join(r.Causes, " "); got != tt.want {
			t.Errorf("%q: causes %q; want %q", tt.text, got, tt.want)
		}
	}
}
