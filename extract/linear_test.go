package extract

import (
	"strings"
	"testing"

	"github.com/jpbreach/jpbreach/internal/costcheck"
)

// readAll runs every extractor on d.
func readAll(d *Doc) {
	dates := ReadDates(d)
	Counts(d)
	ReadFields(d)
	ReadCauses(d)
	ReadParties(d, dates.Published)
	Contacts(d)
	CVEs(d)
	Software(d)
}

// uncached returns a copy of d without the views extractors compute on
// first use, so that timing it times them too; its tokens are shared, so
// that a chunk is tokenized once, in the first of the timed runs.
func uncached(d *Doc) *Doc {
	return &Doc{Text: d.Text, Lines: d.Lines, Sentences: d.Sentences, tok: d.tok, chunks: d.chunks,
		proto: d.proto, source: d.source, toSource: d.toSource, vocab: d.vocab,
		signatures: make([]signatureMemo, len(d.Lines))}
}

// The extractors must cost time in proportion to the text, also when it
// repeats one kind of mention thousands of times, on one line or many: a
// scan that restarts from each mention to the end of the text shows here.
func TestExtractorsTimeGrowsLinearly(t *testing.T) {
	units := []string{
		strings.Join(fuzzSeeds, "\n") + "\n",
		"www.example.jp と ",
		"http://example.jp/a ",
		"「サンプルサービス」の",
		"『調査報告書』によれば",
		"2017年7月26日、",
		"1,234件 ",
		"不正アクセスにより",
		"氏名、住所、電話番号、",
		"0120-000-000 ",
		"info@example.jp ",
		"CVE-2017-0001 ",
		"株式会社サンプル ",
		"警察に相談し、",
		"お知らせです\n",
	}
	for _, unit := range units {
		t.Run(firstRunes(unit, 12), func(t *testing.T) {
			size := 2048
			if costcheck.RaceEnabled {
				size = 256 // the race detector slows tokenizing some twenty times
			}
			n := size/len(unit) + 1
			docs := map[int]*Doc{}
			for _, size := range []int{n, costcheck.Factor * n} {
				docs[size] = testDoc(t, strings.Repeat(unit, size))
			}
			costcheck.Linear(t, n, func(size int) { readAll(uncached(docs[size])) })
		})
	}
}
