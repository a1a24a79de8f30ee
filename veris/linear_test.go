package veris

import (
	"bytes"
	"testing"

	"github.com/jpbreach/jpbreach/internal/benchdata"
	"github.com/jpbreach/jpbreach/internal/costcheck"
	"github.com/jpbreach/jpbreach/notice"
)

// TestFromNoticeLinear checks that the text FromNotice reads (leak
// sentences, the passages of causes and the discovery) costs time in
// proportion to the notice, not more.
func TestFromNoticeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a megabyte")
	}
	in, err := benchdata.Notices("..")
	if err != nil {
		t.Fatal(err)
	}
	unit := in["seed-000.txt"]
	if costcheck.RaceEnabled { // which makes parsing some twenty times slower
		unit = unit[:bytes.LastIndexByte(unit[:2048], '\n')+1]
	}
	parsed := map[int]*notice.Notice{}
	for _, n := range []int{len(unit), costcheck.Factor * len(unit)} {
		if parsed[n], err = notice.Parse(bytes.Repeat(unit, n/len(unit))); err != nil {
			t.Fatal(err)
		}
	}
	costcheck.Linear(t, len(unit), func(n int) {
		if _, err := FromNotice(parsed[n], ""); err != nil {
			t.Fatal(err)
		}
	})
}
