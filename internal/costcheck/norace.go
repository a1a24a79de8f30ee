//go:build !race

package costcheck

// RaceEnabled reports whether the race detector is on, which makes code
// several times slower: tests shrink their inputs under it.
const RaceEnabled = false

// slack: the noise of a busy machine, seen here up to 3×, and more.
const slack = 8
