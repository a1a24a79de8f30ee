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
		t.Skip("parses half a megabyte")
	}
	in, err := benchdata.Notices("..")
	if err != nil {
		t.Fatal(err)
	}
	unit := in["seed-000.txt"]
	size := 8 << 10
	if costcheck.RaceEnabled {
		size = 1 << 10
	}
	parsed := map[int]*notice.Notice{}
	for _, n := range []int{size, costcheck.Factor * size} {
		if parsed[n], err = notice.Parse(bytes.Repeat(unit, n/len(unit)+1)); err != nil {
			t.Fatal(err)
		}
	}
	costcheck.Linear(t, size, func(n int) {
		if _, err := FromNotice(parsed[n], ""); err != nil {
			t.Fatal(err)
		}
	})
}
