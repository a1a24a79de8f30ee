package veris

import (
	"strings"
	"unicode/utf8"
)

// maxSentence bounds how far a sentence reaches from a place in the text,
// in bytes, so that reading one stays cheap on a page with no full stops.
const maxSentence = 600

// sentenceAt returns the bounds of the sentence of src around [start, end):
// up to the full stop or blank line before and after it, within maxSentence.
// A single line break does not end a sentence (text taken from a PDF breaks
// lines inside words: 可\n能性); a page's tags do.
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

// sentence returns the sentence of src around [start, end) with its line
// breaks taken out, so that a word broken over two lines reads whole.
func sentence(src string, start, end int) string {
	s, e := sentenceAt(src, start, end)
	return unbreak.Replace(src[s:e])
}

var unbreak = strings.NewReplacer("\r\n", "", "\n", "", "\r", "")

// stops end a sentence.
var stops = []string{"。", "\n\n", "\n\r\n", "<", ">"}

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
	for _, c := range table().cues[class] {
		if strings.Contains(s, c.wording) {
			return true
		}
	}
	return false
}

// first returns the cue of the class that occurs first in s (the longest
// at that place), or nil.
func first(s, class string) *cue {
	var found *cue
	scan(s, class, func(c *cue) bool {
		found = c
		return false
	})
	return found
}

// scan calls f for the wordings of the class in s, in text order, the
// longest at each place, not overlapping, until f returns false.
func scan(s, class string, f func(*cue) bool) {
	cues := table().cues[class]
	for i := 0; i < len(s); {
		size := 1
		for j := range cues {
			if strings.HasPrefix(s[i:], cues[j].wording) {
				if !f(&cues[j]) {
					return
				}
				size = len(cues[j].wording)
				break
			}
		}
		i += size
	}
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
			f(unbreak.Replace(src[s[0]:s[1]]))
		}
	}
}
