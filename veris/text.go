package veris

import (
	"strings"
	"unicode/utf8"
)

// maxSentence bounds how far a sentence reaches from a place in the text,
// in bytes, so that reading one stays cheap on a page with no full stops.
const maxSentence = 600

// sentenceAt returns the bounds of the sentence of src around [start, end):
// up to the full stop or line break before and after it, within maxSentence.
// A page's tags end sentences too.
func sentenceAt(src string, start, end int) (int, int) {
	from := max(0, start-maxSentence)
	for from < start && !utf8.RuneStart(src[from]) {
		from++
	}
	if i := lastStop(src[from:start]); i >= 0 {
		from += i
	}
	to := min(len(src), end+maxSentence)
	for to < len(src) && !utf8.RuneStart(src[to]) {
		to--
	}
	if i := firstStop(src[end:to]); i >= 0 {
		to = end + i
	}
	return from, to
}

// stops end a sentence.
var stops = []string{"。", "\n", "<", ">"}

// lastStop returns the offset just past the last stop in s, or -1.
func lastStop(s string) int {
	at := -1
	for _, st := range stops {
		if i := strings.LastIndex(s, st); i >= 0 && i+len(st) > at {
			at = i + len(st)
		}
	}
	return at
}

// firstStop returns the offset of the first stop in s, or -1.
func firstStop(s string) int {
	at := -1
	for _, st := range stops {
		if i := strings.Index(s, st); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// has reports whether s holds a wording of the class of cues.tsv.
func has(s, class string) bool {
	return first(s, class) != nil
}

// first returns the cue of the class that occurs first in s (the longest
// at that place), or nil.
func first(s, class string) *cue {
	var best *cue
	at := len(s)
	for i, c := range table().cues[class] {
		if j := strings.Index(s[:min(len(s), at+len(c.wording))], c.wording); j >= 0 && j < at {
			best, at = &table().cues[class][i], j
		}
	}
	return best
}

// leakSentences calls f for every sentence of src that holds a leak word,
// once each.
func leakSentences(src string, f func(sentence string)) {
	var found [][2]int
	for _, c := range table().cues["leak"] {
		for i := 0; ; {
			j := strings.Index(src[i:], c.wording)
			if j < 0 {
				break
			}
			s, e := sentenceAt(src, i+j, i+j+len(c.wording))
			found = append(found, [2]int{s, e})
			i = max(i+j+len(c.wording), e)
		}
	}
	seen := map[[2]int]bool{}
	for _, s := range found {
		if !seen[s] {
			seen[s] = true
			f(src[s[0]:s[1]])
		}
	}
}
