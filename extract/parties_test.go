package extract

import (
	"strings"
	"testing"
)

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

func TestInvestigatorsAndAuthorities(t *testing.T) {
	text := "第三者調査機関である「Sample Card Forensics株式会社」(以下「SCF社」)に調査を依頼し、SCF社による調査を開始しました。\n" +
		"調査結果は一般財団法人サンプル機構様にも共有し、株式会社による調査の体制を整えました。\n" +
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
