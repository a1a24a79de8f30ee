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
		{"subject of the first sentence", "一般社団法人サンプル通信社のサーバー機器が外部からの不正アクセスを受けました。", "一般社団法人サンプル通信社"},
		{"a contractor is not the discloser", "当社が委託しておりますサンプル・ネットワークス株式会社から、漏えいの連絡を受けました。", ""},
		{"self words are not names", "同社は「ご迷惑をおかけした」と謝罪した。", ""},
		{"hiragana name after the form", "2022年5月16日\n株式会社ほくせい\n\nご報告", "株式会社ほくせい"},
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

func TestRepresentativeTitleServices(t *testing.T) {
	text := "平成29年7月25日\n\nお客様各位\n\n株式会社サンプル\n代表取締役\n北川 貞夫\n\n" +
		"不正アクセスに関するご報告と情報流出についてのお詫び\n\n" +
		"このたび、弊社運営サイト「fx-sample」(http://example.com/)におきまして、不正アクセスがありました。" +
		"「サンプル オンラインショップ」への不正アクセスと、『再発防止委員会の設置について』のお知らせ。"
	d := testDoc(t, text)
	r := ReadDates(d)
	p := ReadParties(d, r.Published)
	if p.Representative == nil || p.Representative.Title != "代表取締役" || p.Representative.Name != "北川 貞夫" {
		t.Errorf("representative %+v", p.Representative)
	}
	if p.Title == nil || p.Title.Value != "不正アクセスに関するご報告と情報流出についてのお詫び" {
		t.Errorf("title %+v", p.Title)
	}
	var services []string
	for _, s := range p.Services {
		services = append(services, s.Value)
	}
	if strings.Join(services, "|") != "fx-sample|サンプル オンラインショップ" {
		t.Errorf("services %q", services)
	}
}

func TestRepresentativeForms(t *testing.T) {
	tests := []struct{ text, title, name string }{
		{"株式会社サンプル\n代表取締役社長 井上直美", "代表取締役社長", "井上直美"},
		{"サンプル市\n市長 山田 太郎", "市長", "山田 太郎"},
		{"委員長 | 相浦 一成 | 代表取締役社長 |", "", ""},
	}
	for _, tt := range tests {
		p := ReadParties(testDoc(t, tt.text), nil)
		title, name := "", ""
		if p.Representative != nil {
			title, name = p.Representative.Title, p.Representative.Name
		}
		if title != tt.title || name != tt.name {
			t.Errorf("%q: representative %q %q; want %q %q", tt.text, title, name, tt.title, tt.name)
		}
	}
}

func TestInvestigatorsAndAuthorities(t *testing.T) {
	text := "第三者調査機関である「Sample Card Forensics株式会社」(以下「SCF社」)に調査を依頼し、SCF社による調査を開始しました。\n" +
		"金融庁に報告を行いました。\n警視庁本富士警察署、警視庁サイバー犯罪対策課に報告を行いました。\n" +
		"総務省(近畿総合通信局)および経済産業省に報告を行いました。\n京都府警察サイバー犯罪対策課に相談しました。\n" +
		"監督官庁である個人情報保護委員会に報告済みであり、所轄警察にも被害申告しております。\n" +
		"金融庁のガイドラインを参照してください。"
	p := ReadParties(testDoc(t, text), nil)
	var inv, auth []string
	for _, f := range p.Investigators {
		inv = append(inv, f.Value)
	}
	for _, f := range p.Authorities {
		auth = append(auth, f.Value)
	}
	if strings.Join(inv, "|") != "Sample Card Forensics株式会社" {
		t.Errorf("investigators %q", inv)
	}
	want := "金融庁|警視庁本富士警察署|警視庁サイバー犯罪対策課|総務省(近畿総合通信局)|経済産業省|京都府警察サイバー犯罪対策課|個人情報保護委員会|所轄警察"
	if strings.Join(auth, "|") != want {
		t.Errorf("authorities\n got %s\nwant %s", strings.Join(auth, "|"), want)
	}
	generic := ReadParties(testDoc(t, "第三者調査機関による調査の結果、判明しました。"), nil)
	if len(generic.Investigators) != 1 || generic.Investigators[0].Value != "第三者調査機関" {
		t.Errorf("generic investigator %+v", generic.Investigators)
	}
}
