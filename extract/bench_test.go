package extract

import (
	"testing"

	"github.com/jpbreach/jpbreach/internal/benchdata"
)

// BenchmarkExtractors times each extractor on about 1 MB of the saved
// notices, tokenized once beforehand, so that
//
//	go test ./extract -run XXX -bench Extractors
//
// shows where Parse spends what it adds to tokenizing.
func BenchmarkExtractors(b *testing.B) {
	in, err := benchdata.Notices("..")
	if err != nil {
		b.Fatal(err)
	}
	d := testDoc(b, string(in[benchdata.Megabyte]))
	for _, ex := range []struct {
		name string
		read func(d *Doc)
	}{
		{"dates", func(d *Doc) { ReadDates(d) }},
		{"counts", func(d *Doc) { Counts(d) }},
		{"fields", func(d *Doc) { ReadFields(d) }},
		{"causes", func(d *Doc) { ReadCauses(d) }},
		{"parties", func(d *Doc) { ReadParties(d, nil) }},
		{"contacts", func(d *Doc) { Contacts(d) }},
		{"cves+software", func(d *Doc) { CVEs(d); Software(d) }},
		{"all", readAll},
	} {
		b.Run(ex.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				ex.read(uncached(d))
			}
		})
	}
}
