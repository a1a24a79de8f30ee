package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/jpbreach/jpbreach/decode"
	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/internal/testcorpus"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/")

func parseFile(t testing.TB, path string) (*Notice, []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := Parse(b)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return n, b
}

func marshal(t testing.TB, n *Notice) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(n); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withoutSpans returns the record's JSON without the keys that depend on
// the input's bytes: spans, original texts, evidence and encoding.
func withoutSpans(t *testing.T, n *Notice) any {
	var v any
	if err := json.Unmarshal(marshal(t, n), &v); err != nil {
		t.Fatal(err)
	}
	var strip func(any) any
	strip = func(x any) any {
		switch x := x.(type) {
		case map[string]any:
			out := map[string]any{}
			for k, v := range x {
				if k != "span" && k != "text" && k != "evidence" && k != "encoding" {
					out[k] = strip(v)
				}
			}
			return out
		case []any:
			for i := range x {
				x[i] = strip(x[i])
			}
		}
		return x
	}
	return strip(v)
}

func TestEncodingsAgree(t *testing.T) {
	want, _ := parseFile(t, "../testdata/seed-002.txt")
	for _, tt := range []struct {
		file, encoding string
		sameSpans      bool
	}{
		{"seed-002.sjis.txt", "Shift_JIS", true},
		{"seed-002.eucjp.txt", "EUC-JP", true},
		{"seed-002.html", "UTF-8+HTML", false},
	} {
		got, input := parseFile(t, filepath.Join("..", "testdata", tt.file))
		if got.Encoding != tt.encoding {
			t.Errorf("%s: encoding %q; want %q", tt.file, got.Encoding, tt.encoding)
		}
		if tt.sameSpans {
			w, g := *want, *got
			w.Encoding, g.Encoding = "", ""
			if !bytes.Equal(marshal(t, &w), marshal(t, &g)) {
				t.Errorf("%s: record differs from the UTF-8 one", tt.file)
			}
			continue
		}
		a, b := withoutSpans(t, want), withoutSpans(t, got)
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("%s: record differs from the UTF-8 one:\n%s\n%s", tt.file, jb, ja)
		}
		checkSpans(t, tt.file, got, input)
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSpans checks that every span of n points into the decoded input at
// the text the value was read from.
func checkSpans(t *testing.T, name string, n *Notice, input []byte) {
	t.Helper()
	src := n.Source
	at := func(s Span) string {
		if s[0] < 0 || s[1] > len(src) || s[0] > s[1] {
			t.Fatalf("%s: span %v outside the input (%d bytes)", name, s, len(src))
		}
		return src[s[0]:s[1]]
	}
	for _, d := range n.Dates {
		if got := at(d.Span); got != d.Text {
			t.Errorf("%s: date span %v is %q; text %q", name, d.Span, got, d.Text)
		}
	}
	for _, c := range n.Counts {
		if got := at(c.Span); got != c.Text {
			t.Errorf("%s: count span %v is %q; text %q", name, c.Span, got, c.Text)
		}
	}
	for _, c := range n.Contacts {
		// A contact's value is the address in canonical form: without the
		// combining marks its span holds with the characters they follow.
		got := strings.ReplaceAll(withoutMarks(norm.NFKC.String(at(c.Span))), "‐", "-")
		if !strings.EqualFold(got, c.Value) {
			t.Errorf("%s: contact span %v is %q; value %q", name, c.Span, got, c.Value)
		}
	}
	if n.Organization != "" {
		got := norm.NFKC.String(at(n.Evidence["organization"][0]))
		// In a page, the value is the span's visible text; a piece read out
		// of its element (title text that looks like a tag) may be its raw text.
		html := strings.HasSuffix(n.Encoding, "+HTML")
		if strings.TrimSpace(got) != n.Organization && (!html || visibleText(got) != n.Organization) {
			t.Errorf("%s: organization span is %q; value %q", name, got, n.Organization)
		}
	}
	for key, spans := range n.Evidence {
		for _, s := range spans {
			if strings.TrimSpace(at(s)) == "" {
				t.Errorf("%s: evidence %s span %v is empty", name, key, s)
			}
		}
	}
	checkTexts(t, name, n, at)
	_ = input
}

// checkTexts checks that every object of n's JSON form with a text and a
// span holds the input at its span as its text.
func checkTexts(t *testing.T, name string, n *Notice, at func(Span) string) {
	t.Helper()
	var v any
	if err := json.Unmarshal(marshal(t, n), &v); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, x any)
	walk = func(path string, x any) {
		switch x := x.(type) {
		case map[string]any:
			text, hasText := x["text"].(string)
			if span, ok := x["span"].([]any); ok && len(span) == 2 {
				s := Span{int(span[0].(float64)), int(span[1].(float64))}
				if got := at(s); hasText && got != text {
					t.Errorf("%s: %s span %v is %q; text %q", name, path, s, got, text)
				}
				checkWhole(t, name, path, n.Source, s)
			}
			for k, v := range x {
				walk(path+"."+k, v)
			}
		case []any:
			for i, v := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), v)
			}
		}
	}
	walk("record", v)
	for key, spans := range n.Evidence {
		for _, s := range spans {
			checkWhole(t, name, "evidence "+key, n.Source, s)
		}
	}
}

// checkWhole checks that span s of src parts no character from the
// combining marks that follow it.
func checkWhole(t *testing.T, name, what, src string, s Span) {
	t.Helper()
	if s[0] == s[1] {
		return
	}
	for _, at := range s {
		// A mark at offset 0 follows no character: nothing is parted.
		if r, _ := utf8.DecodeRuneInString(src[at:]); at > 0 && at < len(src) && unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
			t.Errorf("%s: %s span %v parts %q from its combining mark", name, what, s, src[max(0, at-3):at])
		}
	}
}

// visibleText returns what a reader of an HTML page sees of a piece of it:
// its text without tags, entities decoded, each run of white space one
// space. It reads the piece with an HTML tokenizer, which keeps what only
// looks like markup (0<>1) as text.
func visibleText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.TextToken {
			b.Write(z.Text())
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// withoutMarks drops the combining marks of s.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
			return -1
		}
		return r
	}, s)
}

func TestSpansRoundTripOnCorpus(t *testing.T) {
	dir := testcorpus.Dir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "texts", "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no texts in %s", dir)
	}
	for _, f := range files {
		n, b := parseFile(t, f)
		if n.Source != string(b) {
			t.Fatalf("%s: a UTF-8 text must be its own source", f)
		}
		checkSpans(t, filepath.Base(f), n, b)
	}
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seed-*")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		n++
		rec, _ := parseFile(t, f)
		got := marshal(t, rec)
		golden := f + ".json"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./notice -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: record differs from %s (go test ./notice -update rewrites it; review the diff)", f, golden)
		}
	}
	if n < 8 {
		t.Fatalf("found %d saved notices in testdata/", n)
	}
}

func TestBadInput(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed-000.txt")
	if err != nil {
		t.Fatal(err)
	}
	invalidMiddle := append(append(append([]byte{}, seed[:1000]...), 0xff, 0xfe, 0xfd), seed[1000:]...)
	tests := []struct {
		name  string
		input []byte
		err   error // nil: a record
	}{
		{"empty", nil, decode.ErrEmpty},
		{"whitespace", []byte(" \n\t\u3000\r\n"), decode.ErrEmpty},
		{"one character", []byte("あ"), nil},
		{"one byte", []byte("x"), nil},
		{"binary", []byte{0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 3, 0, 0x3e}, decode.ErrBinary},
		{"NUL byte", []byte("2017年7月26日\x00お知らせ"), decode.ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), decode.ErrBinary},
		{"random high bytes", bytes.Repeat([]byte{0xff, 0xc0, 0x80, 0xfe}, 100), decode.ErrUndecodable},
		{"invalid UTF-8 in the middle", invalidMiddle, nil},
		{"200000 digits", bytes.Repeat([]byte("9"), 200000), nil},
		{"20000 dates", bytes.Repeat([]byte("2017年7月26日、"), 20000), nil},
		{"20000 CRLF lines", bytes.Repeat([]byte("お知らせです\r\n"), 20000), nil},
		{"20000 web addresses", bytes.Repeat([]byte("http://example.jp/a "), 20000), nil},
		{"20000 nested elements", []byte("<html><body>" + strings.Repeat("<div>", 20000) + "2017年7月26日 9,822件" + strings.Repeat("</div>", 20000) + "</body></html>"), nil},
		{"HTML without text", []byte("<html><head><script>var a = 1;</script></head><body></body></html>"), decode.ErrEmpty},
		{"too large", make([]byte, decode.MaxInput+1), decode.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse(tt.input)
			if tt.err != nil {
				var de *decode.Error
				if !errors.Is(err, tt.err) || !errors.As(err, &de) {
					t.Fatalf("err = %v; want %v as *decode.Error", err, tt.err)
				}
				return
			}
			if err != nil || n == nil {
				t.Fatalf("err = %v; want a record", err)
			}
			checkSpans(t, tt.name, n, tt.input)
		})
	}
}

func TestParseIsDeterministicUnderConcurrency(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seed-*.txt")
	want := map[string][]byte{}
	inputs := map[string][]byte{}
	for _, f := range files {
		n, b := parseFile(t, f)
		want[f], inputs[f] = marshal(t, n), b
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for i := range 16 {
		f := files[i%len(files)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := Parse(inputs[f])
			if err != nil {
				errs <- err.Error()
				return
			}
			if got := marshal(t, n); !bytes.Equal(got, want[f]) {
				errs <- f + ": JSON differs between runs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"seed-000.txt", "seed-002.sjis.txt", "seed-002.html"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:min(len(b), 600)])
	}
	f.Add([]byte("平成31年5月1日 令和元年4月1日 2006年2月29日(金) 0120-726-491 最大3,812件"))
	// Load the dictionary in every fuzzing process before the fuzzer starts
	// timing calls: loading it inside the first call can exceed the
	// fuzzer's ten-second limit for one call.
	if _, err := dict.Tokenizer(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := Parse(b)
		if err != nil {
			var de *decode.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *decode.Error", err)
			}
			return
		}
		checkSpans(t, "fuzz", n, b)
	})
}
