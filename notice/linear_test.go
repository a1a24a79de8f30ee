package notice

import (
	"bytes"
	"os"
	"runtime"
	"testing"

	"github.com/jpbreach/jpbreach/internal/costcheck"
)

// allocatedBy returns the bytes Parse allocates on input.
func allocatedBy(t *testing.T, input []byte) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := Parse(input); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestAllocationGrowsLinearly parses 1 MB and 10 MB of repeated notice text
// (64 KB and 640 KB under the race detector, which makes parsing some
// twenty times slower) and checks that ten times the input costs about ten times the
// memory, not a hundred.
func TestAllocationGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 11 MB")
	}
	smallSize := 1 << 20
	if costcheck.RaceEnabled {
		smallSize = 64 << 10
	}
	var notices []byte
	for _, f := range []string{"seed-000.txt", "seed-002.txt", "seed-004.txt"} {
		b, err := os.ReadFile("../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		notices = append(notices, b...)
	}
	if _, err := Parse(notices); err != nil { // load the dictionary first
		t.Fatal(err)
	}
	small := bytes.Repeat(notices, smallSize/len(notices)+1)
	large := bytes.Repeat(notices, 10*smallSize/len(notices)+1)
	a, b := allocatedBy(t, small), allocatedBy(t, large)
	ratio := float64(b) / float64(a) / (float64(len(large)) / float64(len(small)))
	t.Logf("%d KB: %d MiB allocated, %d KB: %d MiB; per byte, the larger costs %.2f× what the smaller does",
		len(small)>>10, a>>20, len(large)>>10, b>>20, ratio)
	if ratio > 1.5 {
		t.Errorf("allocation grows faster than the input: %.2f× per byte", ratio)
	}
}
