package pdftext

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/jpbreach/jpbreach/notice"
)

// The PDFs in testdata: seed-00N.pdf is ../testdata/seed-00N.txt, escaped
// into <pre style="white-space:pre-wrap;font-family:IPAGothic"> with
// @page{size:A4;margin:20mm}, printed by Debian's chromium --headless
// --no-pdf-header-footer --print-to-pdf (IPAGothic embedded, lines wrapped at
// the page width); scanned.pdf is a small JPEG of a page printed the same
// way; encrypted.pdf (qpdf, AES-256) opens only with a password,
// restricted.pdf without one but forbids copying.
const pdfDir = "testdata"

func readPDF(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(pdfDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// record parses a notice and returns its JSON keys without spans, which
// index different texts for a PDF and its plain text.
func record(t *testing.T, raw []byte) map[string]any {
	t.Helper()
	n, err := notice.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "evidence") // spans of the values only
	dropSpans(m)
	return m
}

func dropSpans(v any) {
	switch v := v.(type) {
	case map[string]any:
		delete(v, "span")
		for _, e := range v {
			dropSpans(e)
		}
	case []any:
		for _, e := range v {
			dropSpans(e)
		}
	}
}

func TestSeedPDFsGiveTheRecordsOfTheirTexts(t *testing.T) {
	for _, name := range []string{"seed-000", "seed-001", "seed-002", "seed-003", "seed-004"} {
		text, err := Extract(readPDF(t, name+".pdf"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		plain, err := os.ReadFile(filepath.Join("..", "testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		got, want := record(t, []byte(text)), record(t, plain)
		for k := range mergeKeys(got, want) {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Errorf("%s: %s from the PDF is %v, from the text %v", name, k, got[k], want[k])
			}
		}
	}
}

func mergeKeys(a, b map[string]any) map[string]bool {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	return keys
}

func TestErrorsSayWhy(t *testing.T) {
	seed := readPDF(t, "seed-001.pdf")
	tests := []struct {
		name string
		pdf  []byte
		want error
	}{
		{"scanned.pdf", readPDF(t, "scanned.pdf"), ErrImageOnly},
		{"encrypted.pdf", readPDF(t, "encrypted.pdf"), ErrEncrypted},
		{"truncated", seed[:len(seed)/3], ErrBroken},
		{"header only", []byte("%PDF-1.7\n"), ErrBroken},
		{"not a PDF", []byte("お知らせ"), ErrBroken},
		{"empty", nil, ErrBroken},
	}
	for _, tt := range tests {
		text, err := Extract(tt.pdf)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v (text %.40q), want %v", tt.name, err, text, tt.want)
		}
	}
}

func TestRestrictedPDFIsRead(t *testing.T) {
	// Permissions that forbid copying do not stop reading: the file opens
	// without a password.
	text, err := Extract(readPDF(t, "restricted.pdf"))
	if err != nil || !strings.Contains(text, "パスワードで保護された") {
		t.Fatalf("text %q, error %v", text, err)
	}
}

func TestConcurrentExtractsAgree(t *testing.T) {
	names := []string{"seed-000.pdf", "seed-003.pdf", "seed-004.pdf"}
	want := map[string]string{}
	for _, n := range names {
		text, err := Extract(readPDF(t, n))
		if err != nil {
			t.Fatal(err)
		}
		want[n] = text
	}
	var wg sync.WaitGroup
	for i := range 6 {
		n := names[i%len(names)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			if text, err := Extract(readPDF(t, n)); err != nil || text != want[n] {
				t.Errorf("%s read concurrently: error %v, same text %v", n, err, text == want[n])
			}
		}()
	}
	wg.Wait()
}

func TestNoticeDoesNotLinkPDFium(t *testing.T) {
	// A program importing only notice must not carry pdfium's WebAssembly.
	out, err := exec.Command("go", "list", "-deps", "github.com/jpbreach/jpbreach/notice").CombinedOutput()
	if err != nil {
		t.Skipf("go list: %v: %s", err, out)
	}
	for _, dep := range []string{"go-pdfium", "wazero", "jpbreach/pdftext"} {
		if strings.Contains(string(out), dep) {
			t.Errorf("notice depends on %s", dep)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(readPDF(f, "restricted.pdf"))
	f.Add(readPDF(f, "scanned.pdf"))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, pdf []byte) {
		text, err := Extract(pdf)
		if err == nil && strings.TrimSpace(text) == "" {
			t.Errorf("no error and no text")
		}
		if err != nil && text != "" {
			t.Errorf("error %v with text", err)
		}
	})
}
