package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/jpbreach/jpbreach/internal/costcheck"
	"github.com/jpbreach/jpbreach/textmap"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"２０１７年７月２６日", "2017年7月26日"},
		{"平成　29 年", "平成 29 年"},
		{"㍻29年", "平成29年"},
		{"㋿2年", "令和2年"},
		{"①氏名②住所", "(1)氏名(2)住所"},
		{"㉑件", "(21)件"},
		{"0120‐030‐655", "0120-030-655"},
		{"0120－726－491", "0120-726-491"},
		{"10:00〜19:00", "10:00~19:00"},
		{"10:00～19:00", "10:00~19:00"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"x\u200by\ufeff", "xy"},
		{"ｶｰﾄﾞ", "カード"},
		{"ー・", "ー・"},
		{"（株）", "(株)"},
		{"", ""},
	}
	for _, tt := range tests {
		got, m := Normalize(tt.in, nil)
		if got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if m.Len() != len(got) {
			t.Errorf("Normalize(%q): map covers %d bytes of %d", tt.in, m.Len(), len(got))
		}
	}
}

func TestNormalizeSpans(t *testing.T) {
	in := "件数は９，８２２件、㍻29年①"
	got, m := Normalize(in, nil)
	tests := []struct {
		find, orig string
	}{
		{"9,822件", "９，８２２件"},
		{"平成29年", "㍻29年"},
		{"(1)", "①"},
		{"件数", "件数"},
	}
	for _, tt := range tests {
		i := strings.Index(got, tt.find)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.find, got)
		}
		s, e := m.Source(i, i+len(tt.find))
		if in[s:e] != tt.orig {
			t.Errorf("span of %q = %q; want %q", tt.find, in[s:e], tt.orig)
		}
	}
	// A span that ends inside an expansion still covers the whole source character.
	i := strings.Index(got, "平")
	if s, e := m.Source(i, i+len("平")); in[s:e] != "㍻" {
		t.Errorf("span of 平 = %q", in[s:e])
	}
}

func TestNormalizeComposes(t *testing.T) {
	// base maps "Ａ&amp;Ｂ"-derived text "Ａ&Ｂ" back to the 11-byte source.
	src := "Ａ&amp;Ｂ"
	text := "Ａ&Ｂ"
	base := textmap.New(len(src), len(text))
	base.Append(3, 0, 3)
	base.Append(1, 3, 8)
	base.Append(3, 8, 11)
	got, m := Normalize(text, base)
	if got != "A&B" {
		t.Fatalf("got %q", got)
	}
	if s, e := m.Source(1, 2); src[s:e] != "&amp;" {
		t.Errorf("span of & = %q", src[s:e])
	}
	if s, e := m.Source(0, 3); src[s:e] != src {
		t.Errorf("whole span = %q", src[s:e])
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := "平成 29 年６月２日(金) 10:00 弊社の契約先である決済代行会社から「fx-on」利用のお客様クレジットカードにおいて不正利用が発生した可能性があるとの一報を受けました。\n"
	for len(text) < 64<<10 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text, nil)
	}
}

func BenchmarkNFKCOnly(b *testing.B) {
	text := "平成 29 年６月２日(金) 10:00 弊社の契約先である決済代行会社から「fx-on」利用のお客様クレジットカードにおいて不正利用が発生した可能性があるとの一報を受けました。\n"
	for len(text) < 64<<10 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		norm.NFKC.String(text)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"２０１７年７月２６日", "㍻29年①", "0120‐030‐655〜", "a\r\nb\u200b", "か\u3099"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		got, m := Normalize(s, nil)
		if m.Len() != len(got) {
			t.Fatalf("map covers %d of %d bytes", m.Len(), len(got))
		}
		prev := 0
		for i := 0; i < len(got); i++ {
			a, b := m.Source(i, i+1)
			if a < prev || a > b || b > len(s) {
				t.Fatalf("byte %d maps to [%d,%d) after %d, of %d", i, a, b, prev, len(s))
			}
			prev = a
		}
	})
}

// Normalize must cost time in proportion to its input also where folds
// (line ends, dashes, circled numbers) cut the text into many short runs.
func TestNormalizeTimeGrowsLinearly(t *testing.T) {
	for _, unit := range []string{
		"お知らせです\r\n",                // CRLF line ends
		"受付時間 10:00〜17:00 ①氏名 ②住所 ", // folds among text NFKC keeps
		"ＡＢＣ１２３ｶｰﾄﾞ",                // NFKC changes every character
		"弊社ウェブサイトへの不正アクセスについて",      // nothing to change
	} {
		t.Run(unit, func(t *testing.T) {
			costcheck.Linear(t, 500, func(n int) { Normalize(strings.Repeat(unit, n), nil) })
		})
	}
}
