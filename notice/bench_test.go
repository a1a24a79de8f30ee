package notice

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"jpbreach/dict"
	"jpbreach/extract"
	"jpbreach/normalize"
)

// The benchmarks put Parse beside what it cannot avoid: kagome tokenizing the
// same normalized text, line by line as Parse does. Run with
//
//	go test ./notice -run XXX -bench . -benchmem
//
// and compare Parse/X with Tokenize/X: MB/s, and allocs/op over the input size.

func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	files, _ := filepath.Glob("../testdata/seed-00?.txt")
	in := map[string][]byte{}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		in[filepath.Base(f)] = data
		all = append(all, data...)
	}
	// About 1 MB of whole notices, so that no character is cut.
	in["1MB"] = bytes.Repeat(all, (1<<20)/len(all)+1)
	return in
}

func BenchmarkParse(b *testing.B) {
	if _, err := dict.Tokenizer(); err != nil {
		b.Fatal(err)
	}
	for name, input := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(input); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTokenize(b *testing.B) {
	tok, err := dict.Tokenizer()
	if err != nil {
		b.Fatal(err)
	}
	for name, input := range benchInputs(b) {
		text, m := normalize.Normalize(string(input), nil)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				extract.NewDoc(string(input), text, m, tok)
			}
		})
	}
}
