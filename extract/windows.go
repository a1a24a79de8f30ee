package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jpbreach/jpbreach/internal/litset"
)

// Go's regexp scans at tens of MB/s, and a notice is searched with many
// patterns; so patterns run only in windows of the text where a match can
// be: around numerals for dates, around a literal every match holds for
// causes and contacts (package litset finds those literals).

// findAround returns the submatch indexes of re in the windows of text that
// lie within reach bytes of anchor. Every match of re must contain anchor
// and be at most reach bytes wide; then the result is that of a search of
// the whole text.
func findAround(re *regexp.Regexp, text, anchor string, reach int) [][]int {
	var near []Range
	for from := 0; ; {
		i := strings.Index(text[from:], anchor)
		if i < 0 {
			break
		}
		at := from + i
		near = append(near, Range{at - reach, at + len(anchor) + reach})
		from = at + len(anchor)
	}
	return findNear(re, text, near)
}

// findNear returns the submatch indexes of re in the ranges near (in text
// order, overlapping or not) of text.
func findNear(re *regexp.Regexp, text string, near []Range) [][]int {
	var windows []Range
	for _, w := range near {
		windows = addWindow(windows, text, w)
	}
	return findAllIn(re, text, windows)
}

// addWindow appends w, clipped to text and widened to character
// boundaries, to windows (in text order), merging it with the last window
// when they touch.
func addWindow(windows []Range, text string, w Range) []Range {
	w = Range{max(0, w.Start), min(len(text), w.End)}
	for w.Start > 0 && !utf8.RuneStart(text[w.Start]) {
		w.Start--
	}
	for w.End < len(text) && !utf8.RuneStart(text[w.End]) {
		w.End++
	}
	if n := len(windows); n > 0 && w.Start <= windows[n-1].End {
		windows[n-1].End = max(windows[n-1].End, w.End)
		return windows
	}
	return append(windows, w)
}

// findAllIn returns the submatch indexes of re in each window, as offsets
// of text.
func findAllIn(re *regexp.Regexp, text string, windows []Range) [][]int {
	var out [][]int
	for _, w := range windows {
		out = appendMatches(out, re, text, w)
	}
	return out
}

// appendMatches appends the submatch indexes of re in window w of text, as
// offsets of text.
func appendMatches(out [][]int, re *regexp.Regexp, text string, w Range) [][]int {
	for _, m := range re.FindAllStringSubmatchIndex(text[w.Start:w.End], -1) {
		for i := range m {
			if m[i] >= 0 {
				m[i] += w.Start
			}
		}
		out = append(out, m)
	}
	return out
}

// anchoredRe is a pattern with the literals one of which every match of it
// holds (nil when there are none).
type anchoredRe struct {
	*regexp.Regexp
	anchors []string
}

// mustAnchored compiles expr and finds its anchors; it panics when expr
// does not compile.
func mustAnchored(expr string) anchoredRe {
	anchors, _ := litset.Analyze(expr)
	return anchoredRe{regexp.MustCompile(expr), anchors}
}

// findIn returns the submatch indexes of p in windows of text, read only
// within anchorPad bytes of its anchors: a match holds one of them, and a
// pattern without a literal prefix would otherwise be tried at every byte
// of a long window.
func (p anchoredRe) findIn(text string, windows []Range) [][]int {
	var out [][]int
	for _, w := range windows {
		if p.anchors == nil {
			out = appendMatches(out, p.Regexp, text, w)
			continue
		}
		var near []Range
		for _, a := range p.anchors {
			for from := w.Start; ; {
				i := strings.Index(text[from:w.End], a)
				if i < 0 {
					break
				}
				at := from + i
				near = append(near, Range{max(w.Start, at-anchorPad), min(w.End, at+len(a)+anchorPad)})
				from = at + len(a)
			}
		}
		sort.Slice(near, func(i, j int) bool { return near[i].Start < near[j].Start })
		var merged []Range
		for _, r := range near {
			merged = addWindow(merged, text, r)
		}
		for _, r := range merged {
			out = appendMatches(out, p.Regexp, text, r)
		}
	}
	return out
}

// anchorPad is how far around its anchor a windowed pattern's match may
// reach: the numerals, era or relative word and spaces of a date around
// its 年, 月 or 日.
const anchorPad = 2 * windowPad
