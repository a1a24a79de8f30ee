package notice

import (
	"bytes"
	"os"
	"runtime"
	"testing"
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
// and checks that ten times the input costs about ten times the memory, not
// a hundred.
func TestAllocationGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 11 MB")
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
	small := bytes.Repeat(notices, (1<<20)/len(notices)+1)
	large := bytes.Repeat(notices, (10<<20)/len(notices)+1)
	a, b := allocatedBy(t, small), allocatedBy(t, large)
	ratio := float64(b) / float64(a) / (float64(len(large)) / float64(len(small)))
	t.Logf("1 MB: %d MiB allocated, 10 MB: %d MiB; per byte, 10 MB costs %.2f× what 1 MB does", a>>20, b>>20, ratio)
	if ratio > 1.5 {
		t.Errorf("allocation grows faster than the input: %.2f× per byte", ratio)
	}
}
