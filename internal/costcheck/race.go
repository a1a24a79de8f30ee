//go:build race

package costcheck

// RaceEnabled reports whether the race detector is on, which makes code
// several times slower: tests shrink their inputs under it.
const RaceEnabled = true

// slack: the race detector adds a cost per memory access that shifts small
// inputs and large ones differently (seen here: 585× for a linear
// extractor), so it gets twice the slack, still a quarter of a quadratic's.
const slack = 16
