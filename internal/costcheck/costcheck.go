// Package costcheck tells tests whether the CPU cost of a function grows in
// proportion to its input, so that a quadratic path (a scan that restarts
// from the current position to the end of the text at every step) fails a
// test instead of hanging a batch run on a long notice.
//
// It measures the CPU time of the calling thread, which other goroutines
// and other processes do not add to, and takes the least of a few runs,
// which a busy machine inflates least. Sixty-four times the input must cost
// at most eight times sixty-four times the time: a linear function stays
// well under even when the machine's noise spoils a measurement (seen here:
// up to four times), a quadratic one goes to 4,096.
package costcheck

import (
	"runtime"
	"testing"
	"time"
)

// Factor is how much larger the large input of Linear is than the small.
const Factor = 64

// slack (race.go, norace.go) is how much worse than linear a cost may grow
// before Linear fails: more than a busy machine's noise, far less than a
// quadratic's Factor.

// runs is how many times each input is timed; the least time counts.
const runs = 5

// Linear fails t when f(Factor*n) costs more than slack*Factor times f(n),
// taking the least CPU time of a few runs of each. n should be large enough
// for f(n) to take some milliseconds.
func Linear(t testing.TB, n int, f func(n int)) {
	t.Helper()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	small, large := least(n, f), least(Factor*n, f)
	ratio := float64(large) / float64(max(small, time.Microsecond))
	t.Logf("n=%d: %v; n=%d: %v (%.1f×)", n, small, Factor*n, large, ratio)
	if ratio > slack*Factor {
		t.Errorf("%d× the input costs %.0f× the CPU time (%v against %v): not linear", Factor, ratio, large, small)
	}
}

// least returns the least CPU time of runs calls of f(n).
func least(n int, f func(n int)) time.Duration {
	best := time.Duration(-1)
	for range runs {
		start := threadTime()
		f(n)
		if d := threadTime() - start; best < 0 || d < best {
			best = d
		}
	}
	return best
}
