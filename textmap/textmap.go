// Package textmap maps the bytes of a derived text back to the bytes of the
// text it was derived from.
//
// Decoding HTML and normalizing Unicode both rewrite text: an entity becomes
// one character, a full-width digit becomes an ASCII one, ㍻ becomes 平成.
// A Map remembers, for every byte of the result, which source bytes produced
// it, so that a span found in the rewritten text can be reported as a span of
// the original input. Maps compose: a Map built on top of another reports
// offsets in the first text's source.
package textmap

import "slices"

// Map records, for each byte of a derived text, the source range it came from.
// A nil *Map is the identity map.
type Map struct {
	start, end []int32
	srcLen     int
}

// New returns an empty Map over a source of srcLen bytes, with room for
// sizeHint derived bytes.
func New(srcLen, sizeHint int) *Map {
	return &Map{
		start:  make([]int32, 0, sizeHint),
		end:    make([]int32, 0, sizeHint),
		srcLen: srcLen,
	}
}

// Append records that the next n derived bytes came from source bytes
// [start, end).
func (m *Map) Append(n, start, end int) {
	for range n {
		m.start = append(m.start, int32(start))
		m.end = append(m.end, int32(end))
	}
}

// AppendCopy records that the next n derived bytes are a verbatim copy of
// source bytes [start, start+n).
func (m *Map) AppendCopy(n, start int) {
	at := len(m.start)
	m.start = slices.Grow(m.start, n)[:at+n]
	m.end = slices.Grow(m.end, n)[:at+n]
	for k := range n {
		m.start[at+k] = int32(start + k)
		m.end[at+k] = int32(start + k + 1)
	}
}

// AppendFrom records that the next n derived bytes are a verbatim copy of
// bytes [i, i+n) of a text that base maps to the source (nil: the source).
func (m *Map) AppendFrom(base *Map, i, n int) {
	if base == nil {
		m.AppendCopy(n, i)
		return
	}
	m.start = append(m.start, base.start[i:i+n]...)
	m.end = append(m.end, base.end[i:i+n]...)
}

// Len reports how many derived bytes the map covers.
func (m *Map) Len() int { return len(m.start) }

// Whole widens derived bytes [i, j) so that it splits no group of derived
// bytes that came from one source range (平成 from ㍻, a kana and the
// combining mark NFKC kept with it): a value read from the widened range
// holds what Source reports for it, no less.
func (m *Map) Whole(i, j int) (int, int) {
	if m == nil || i >= j {
		return i, j
	}
	same := func(a, b int) bool { return m.start[a] == m.start[b] && m.end[a] == m.end[b] }
	for i > 0 && i < len(m.start) && same(i-1, i) {
		i--
	}
	for j > 0 && j < len(m.start) && same(j-1, j) {
		j++
	}
	return i, j
}

// Source returns the source range that produced derived bytes [i, j).
// For an empty range it returns the source position of byte i.
func (m *Map) Source(i, j int) (int, int) {
	if m == nil {
		return i, j
	}
	if i >= len(m.start) {
		return m.srcLen, m.srcLen
	}
	if j <= i {
		s := int(m.start[i])
		return s, s
	}
	if j > len(m.end) {
		j = len(m.end)
	}
	return int(m.start[i]), int(m.end[j-1])
}
