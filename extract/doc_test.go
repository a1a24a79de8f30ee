package extract

import (
	"strings"
	"testing"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/normalize"
)

// testDoc prepares text as Parse does.
func testDoc(t testing.TB, text string) *Doc {
	t.Helper()
	tok, err := dict.Tokenizer()
	if err != nil {
		t.Fatal(err)
	}
	norm, m := normalize.Normalize(text, nil)
	return NewDoc(text, norm, m, tok)
}

func TestSentences(t *testing.T) {
	text := "一文目です。二文目!\n見出し\n" +
		"これは固い折り返しのある長い段落で、行の終わりに句点がなく次の行へ\n続いていきます。\n\n最後"
	d := testDoc(t, text)
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Text[s.Start:s.End])
	}
	want := []string{"一文目です。", "二文目!", "見出し",
		"これは固い折り返しのある長い段落で、行の終わりに句点がなく次の行へ\n続いていきます。", "最後"}
	if len(got) != len(want) {
		t.Fatalf("sentences %q; want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q; want %q", i, got[i], want[i])
		}
	}
}

func TestLongLinesAreTokenizedInChunks(t *testing.T) {
	long := ""
	for len(long) < 3*maxChunk {
		long += "弊社は不正アクセスを受けました、"
	}
	d := testDoc(t, long)
	if len(d.chunks) < 3 {
		t.Fatalf("%d bytes in %d chunks", len(d.Text), len(d.chunks))
	}
	end := 0
	for tk, ok := d.tokenAt(0, len(d.Text)); ok; tk, ok = tk.next(len(d.Text)) {
		if tk.Start() < end {
			t.Fatalf("tokens overlap at %d", tk.Start())
		}
		end = tk.End()
	}
	if end != len(d.Text) {
		t.Errorf("tokens cover %d of %d bytes", end, len(d.Text))
	}
}

func TestFindURLs(t *testing.T) {
	text := "詳細は https://example.jp/a?b=1 と HTTP://EXAMPLE.COM/x、ftp://files.example.jp と www.example.co.jp/faq をご覧ください。"
	var got []string
	for _, r := range findURLs(text) {
		got = append(got, text[r.Start:r.End])
	}
	want := "https://example.jp/a?b=1 HTTP://EXAMPLE.COM/x www.example.co.jp/faq"
	if strings.Join(got, " ") != want {
		t.Errorf("URLs %q; want %s", got, want)
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true}, {"a", 0, false}, {"abc", 3, true}, {"abcd", 3, false},
		{"名簿", 2, true}, {"名簿の", 2, false}, {"名簿の紛失", 5, true}, {"名簿の紛失について", 5, false},
	} {
		if got := runesAtMost(tt.s, tt.n); got != tt.want {
			t.Errorf("runesAtMost(%q, %d) = %v", tt.s, tt.n, got)
		}
	}
}
