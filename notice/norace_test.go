//go:build !race

package notice

// raceEnabled reports whether the tests run under the race detector, which
// makes parsing several times slower.
const raceEnabled = false
