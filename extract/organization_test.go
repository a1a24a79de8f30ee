package extract

import (
	"strings"
	"testing"
)

func TestOrganization(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"signature block", "平成29年7月25日\n\nお客様各位\n\n株式会社サンプル\n代表取締役 早川 忍\n\n不正アクセスに関するお詫び", "株式会社サンプル"},
		{"legal form after the name", "2017年7月12日\n\nお客様各位\n\nサンプル興産株式会社    \n代表取締役社長 井上直美\n", "サンプル興産株式会社"},
		{"dateline then name", "2017年9月7日\nA&B NET株式会社\n吉田 一治\n\nお詫び", "A&B NET株式会社"},
		{"headline", "【事件簿#2023-009】サンプルマーク株式会社 お客様情報漏洩の可能性に関するお詫びとお知らせ 2023年1月10日", "サンプルマーク株式会社"},
		{"source of a copied notice", "事故から学ぶ\n\nお詫び本文\n\n引用元 株式会社サンプルファイブ\n", "株式会社サンプルファイブ"},
		{"news subject", "外国為替証拠金取引サービスを運営するサンプル・ジャパンは7月17日、同社Webサイトが不正アクセスを受けたと発表した。", "サンプル・ジャパン"},
		{"news subject after the headline", "三葉、ECサイトに不正アクセス 個人情報29万超を漏洩の可能性\n三葉は12月9日、顧客情報漏えいの可能性があると発表した。", "三葉"},
		{"source of a copied notice after a colon", "お詫び本文\n\n転載元:長浜市教育委員会\n", "長浜市教育委員会"},
		{"subject of the first sentence", "一般社団法人サンプル通信社のサーバー機器が外部からの不正アクセスを受けました。", "一般社団法人サンプル通信社"},
		{"a contractor is not the discloser", "当社が委託しておりますサンプル・ネットワークス株式会社から、漏えいの連絡を受けました。", ""},
		{"self words are not names", "同社は「ご迷惑をおかけした」と謝罪した。", ""},
		{"hiragana name after the form", "2022年5月16日\n株式会社ほくせい\n\nご報告", "株式会社ほくせい"},
		{"a particle after the form is no name", "弊社の子会社である株式会社は、調査を続けております。", ""},
		{"a name with hiragana in it", "2020年4月1日\n株式会社長浜つり具\n\nお詫び", "株式会社長浜つり具"},
		{"a name with hiragana in a sentence", "株式会社長浜つり具は、不正アクセスを受けました。", "株式会社長浜つり具"},
		{"a particle after a name", "株式会社長浜から連絡を受けました。", ""},
		{"no reading after the name", "2020年4月1日\n株式会社東長浜(ひがしながはま)\n\nお詫び", "株式会社東長浜"},
		{"masked name", "2020年4月1日\n●●●●株式会社\n\nお詫び", ""},
		{"Latin words after the form", "2019年3月3日\n株式会社Sample Works\n\nお知らせ", "株式会社Sample Works"},
		// Bodies by the kind of their name, where the name stands.
		{"city in the signature line with its mayor", "ご迷惑をおかけしました。\n長浜市長 山田 太郎\n", "長浜市"},
		{"society head's signature after the dateline", "2021年7月1日\n日本架空心理学会理事長 佐藤 花子\n", "日本架空心理学会"},
		{"insurance society under the dateline", "加入者の皆さまへ\n令和6年5月1日\n架空電機健康保険組合\n", "架空電機健康保険組合"},
		{"hospital opening a labelled headline", "【事件簿#2024-001】長浜中央病院 不正アクセスに関するお知らせ 2024年5月1日\n", "長浜中央病院"},
		{"newspaper opening a labelled headline", "【事件簿#2024-002】日本架空新聞社 サーバーへの不正アクセスについて 2024年6月1日\n", "日本架空新聞社"},
		{"hospital calling itself 当院", "不正アクセスについて\n\n当院の電子カルテが閲覧可能な状態でした。\n\n北架空記念病院\n事務部 電話 000-000-0000", "北架空記念病院"},
		{"university calling itself 本学", "本学の教員が名簿を紛失しました。\n問い合わせ先 架空山大学総務課", "架空山大学"},
		{"bank calling itself 当行", "当行の顧客情報が記載された書類を紛失しました。\n\nお問い合わせ 長浜銀行 お客さま相談室", "長浜銀行"},
		{"a body in parentheses after the headline", "名簿の紛失についてのお知らせ(長浜市)\n\n職員が名簿を紛失しました。", "長浜市"},
		{"an office in parentheses after the headline", "名簿の紛失についてのお知らせ(総務課)\n\n職員が名簿を紛失しました。", "総務課"},
		{"no office in other parentheses", "名簿の紛失についてのお知らせ(第2報)\n\n職員が名簿を紛失しました。", ""},
		{"self word inside a word", "日本市場での販売を停止しました。北架空市場", ""},
		{"a city's office signing under the dateline", "職員が書類を誤って送付しました。\n\n令和6年7月1日\n長浜市総務部税務課\n", "長浜市"},
		{"a prefecture's department signing under the dateline", "令和2年10月9日\n長浜県健康福祉部\n\n名簿の誤送信について", "長浜県"},
		{"a signature line that goes on past its office is no name", "令和6年7月1日\n長浜市総務部税務課の職員が書類を送付しました。\n", ""},
		{"a city written in kana", "令和6年7月1日\nさいたま市\n\n名簿の紛失について", "さいたま市"},
		{"a ministry's regional bureau under the dateline", "令和3年8月27日\n長浜農政局\n\n資料の誤掲載について", "長浜農政局"},
		{"a bureau that is no ministry's is no name", "令和3年8月27日\n長浜事務局\n\n資料の誤掲載について", ""},
		{"city in the opening sentence", "長浜市では、職員が住民の個人情報を閲覧していたことが分かりました。", "長浜市"},
		{"city after a date", "令和6年5月1日(水)、長浜市が送信したメールで宛先の誤りがありました。", "長浜市"},
		{"ministry after このたび", "このたび、架空労働省が委託する事業で情報が漏えいしました。", "架空労働省"},
		{"prefecture before a city", "滋賀県長浜市は、名簿を紛失したと発表した。", "長浜市"},
		{"a city as a place", "長浜市の一部地域のお客様に送付した書類に誤りがありました。", ""},
		{"the police guiding a company", "長浜警察署の指導のもと、調査を進めております。", ""},
		{"the police disclosing", "長浜県警は、捜査資料が外部に流出したことを明らかにしました。", "長浜県警"},
		{"a place in a sentence is not the discloser", "職員が架空崎市内の道路上で書類を落としました。", ""},
		{"a generic hospital is no name", "大学病院の医師が資料を紛失しました。", ""},
		// News.
		{"company with its head office in parentheses", "架空証券(本社:東京都千代田区)の顧客情報が持ち出された事件で、元社員が逮捕された。", "架空証券"},
		{"news subject with its address", "架空ネットワークス(東京都港区)は13日、会員情報が流出したことを明らかにした。", "架空ネットワークス"},
		{"news subject of Latin words", "米国のSample Games Incは5日、不正アクセスを受けたと発表した。", "Sample Games Inc"},
		{"news subject in brackets", "ゲーム大手の「ミナモトゲームス」は5日、不正アクセスを受けたと発表した。", "ミナモトゲームス"},
		{"news subject after words that describe it", "大手家電量販店ミナモトデンキは5日、顧客情報が流出したと発表した。", "ミナモトデンキ"},
		{"news subject of common nouns alone", "架空電機健康保険組合は5日、加入者の情報が流出したと発表した。", "架空電機健康保険組合"},
		{"a common noun is no subject", "不祥事を公表してくれる企業は、信頼できる企業といえます。", ""},
		{"people are not the subject", "架空生協の山田一郎専務理事らは22日、会見を開き謝罪した。", ""},
		{"headline name the lead repeats", "架空いきいき倶楽部、カード情報流出\n\n通販を営む架空いきいき倶楽部は3月2日、不正アクセスを受けたと発表した。", "架空いきいき倶楽部"},
		{"the source a news article quotes", "サービスを提供する長浜ソフトによると、480万件が漏洩した可能性がある。", "長浜ソフト"},
		{"a source in words of the language", "カード会社によると、480万件が漏洩した可能性がある。", ""},
		{"the press is no source", "長浜新聞によると、名簿が売却されていた。", ""},
		{"a contractor in the headline", "委託先の株式会社長浜システムにおける不正アクセスについて\n\n弊社の委託先で被害がありました。", ""},
		{"a headline that opens with what happened", "個人情報流出、1万件\n\n個人情報流出の可能性があると発表された。", ""},
		{"the subject of what happened", "米紙は、大手ゲーム会社のミナモトゲームス(MG)がランサムウェア攻撃を受け、情報が流出したと報じた。", "ミナモトゲームス"},
		{"a named attacker", "ハッカー集団「ShadowSample」がサーバーを攻撃し、情報が流出した。", ""},
		{"an unnamed attacker", "第三者がサーバーに不正アクセスし、情報が流出しました。", ""},
		{"an unnamed source", "関係者によると、名簿が売却されていた。", ""},
		// Owners of shops and sites, and what belongs to a body.
		{"owner of a net shop in the headline", "ルミナリ堂ネットショップへの不正アクセスに関するお知らせ\n", "ルミナリ堂"},
		{"owner of an online store opening the text", "ポルテリアジャパンのオンラインストアにおいて、カード情報が流出した可能性があります。", "ポルテリアジャパン"},
		{"a described shop is no owner", "格安文具販売の通販サイトから情報が流出しました。", ""},
		{"a subsidiary with its address in a news lead", "大手通販「ミナモト」の子会社「カワセミ販売」(大阪府大阪市北区)の社員が名簿を売却していたことが分かった。", "カワセミ販売"},
		{"an address in a later sentence", "名簿の売却が分かった。調査が続いている。警察が捜査している。委託先のヒバリ工業(大阪市北区)が関与した。", ""},
		{"a page header with the name and the date", "滋賀県 公開日: 2025年08月21日\n書類を紛失しました。", "滋賀県"},
		{"a header that is no name", "お知らせ 2025年08月21日\n書類を紛失しました。", ""},
		{"a city hospital in the headline", "長浜市立長浜病院における個人情報の漏えいについて\n", "長浜市立長浜病院"},
		{"a city's own facility", "長浜市立図書館内の端末から利用者の情報が流出しました。", "長浜市"},
		{"a prefecture's official account", "このたび、滋賀県公式アカウントの運用において、情報が漏えいしました。", "滋賀県"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text)
			r := ReadDates(d)
			p := ReadParties(d, r.Published)
			got := ""
			if p.Organization != nil {
				got = p.Organization.Value
				if s := p.Organization.Span; !strings.Contains(tt.text[s[0]:s[1]], strings.TrimSpace(got)) {
					t.Errorf("span %v is %q", s, tt.text[s[0]:s[1]])
				}
			}
			if got != tt.want {
				t.Errorf("organization %q; want %q", got, tt.want)
			}
		})
	}
}
