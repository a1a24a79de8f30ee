package extract

import (
	"strings"
	"testing"

	"github.com/jpbreach/jpbreach/dict"
)

// fuzzSeeds are notice fragments that exercise every extractor.
var fuzzSeeds = []string{
	"平成 29 年6月2日(金) 10:00 一報を受けました。6月6日(火)に調査を開始。",
	"平成31年5月1日 令和元年4月1日 2006年2月29日(金) H29.7.25 3/9(木) 13日午後3時ごろ 同日",
	"2020年7月20日20:49~2020年10月27日13:47の期間中にクレジットカード情報を入力されたお客様(最大3,812件)",
	"【流出した可能性のある情報】\n氏名(カード名義人名)、クレジットカード番号\nパスワードは含まれておりません。",
	"・メールアドレス:362,049\n1 | カード番号 | 61,661件 |\n2 | 1に加え、住所 | 622件 |",
	"OSコマンドインジェクションの脆弱性を利用され、CVE-2017-5638 Apache Struts2の脆弱性",
	"2017年7月25日\nお客様各位\n株式会社サンプル\n代表取締役 早川 忍\n「fx-sample」",
	"フリーダイヤル 0120-726-491 平日10:00~19:00 support@example.com 金融庁に報告",
}

// fuzzExtractor runs an extractor on arbitrary text and checks that it does
// not panic and that every span it returns lies inside the input and parts
// no character from its combining marks.
func fuzzExtractor(f *testing.F, spans func(t *testing.T, d *Doc) []Span) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	// Load the dictionary before the fuzzer times calls (see FuzzParse).
	if _, err := dict.Tokenizer(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := testDoc(t, strings.ToValidUTF8(text, "\uFFFD")) // package decode guarantees UTF-8
		for _, s := range spans(t, d) {
			if s[0] < 0 || s[0] > s[1] || s[1] > len(d.source) {
				t.Fatalf("span %v outside %d bytes", s, len(d.source))
			}
			if s[0] < s[1] && (s[0] > 0 && isMark(d.source[s[0]:]) || isMark(d.source[s[1]:])) {
				t.Fatalf("span %v parts a character from its combining mark", s)
			}
		}
	})
}

// checkText checks that text is the input at span s.
func checkText(t *testing.T, d *Doc, s Span, text string) {
	t.Helper()
	if s[0] < 0 || s[0] > s[1] || s[1] > len(d.source) || d.source[s[0]:s[1]] != text {
		t.Fatalf("text %q is not the input at its span %v", text, s)
	}
}

func FuzzDates(f *testing.F) {
	fuzzExtractor(f, func(t *testing.T, d *Doc) []Span {
		r := ReadDates(d)
		var out []Span
		for _, m := range r.Mentions {
			checkText(t, d, m.Span, m.Text)
			out = append(out, m.Span)
		}
		for _, e := range r.Timeline {
			checkText(t, d, e.Span, e.Text)
			out = append(out, e.Span)
		}
		if r.Exposure != nil {
			out = append(out, r.Exposure.Span)
		}
		return out
	})
}

func FuzzCounts(f *testing.F) {
	fuzzExtractor(f, func(t *testing.T, d *Doc) []Span {
		var out []Span
		for _, c := range Counts(d) {
			checkText(t, d, c.Span, c.Text)
			out = append(out, c.Span)
		}
		return out
	})
}

func FuzzFieldsAndCauses(f *testing.F) {
	fuzzExtractor(f, func(_ *testing.T, d *Doc) []Span {
		var out []Span
		for _, s := range ReadFields(d).Evidence {
			out = append(out, s...)
		}
		for _, s := range ReadCauses(d).Evidence {
			out = append(out, s...)
		}
		for _, c := range CVEs(d) {
			out = append(out, c.Span)
		}
		for _, s := range Software(d) {
			out = append(out, s.Span)
		}
		return out
	})
}

func FuzzPartiesAndContacts(f *testing.F) {
	fuzzExtractor(f, func(_ *testing.T, d *Doc) []Span {
		var out []Span
		p := ReadParties(d, ReadDates(d).Published)
		for _, x := range []*Found{p.Title, p.Organization} {
			if x != nil {
				out = append(out, x.Span)
			}
		}
		if p.Representative != nil {
			out = append(out, p.Representative.Span)
		}
		for _, list := range [][]Found{p.Services, p.Investigators, p.Authorities} {
			for _, x := range list {
				out = append(out, x.Span)
			}
		}
		for _, c := range Contacts(d) {
			out = append(out, c.Span)
		}
		return out
	})
}
