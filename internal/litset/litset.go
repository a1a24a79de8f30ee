// Package litset finds what a regular expression's matches must hold, and
// finds many literals in a text in one pass.
//
// Go's regexp scans at tens of MB/s and tries a pattern without a literal
// prefix at every position of its input. A notice is searched with many
// patterns, most of which match a few times if at all; so the extractors run
// a pattern only near the literals every match of it holds (Anchors) and no
// further from them than a match can reach (MaxWidth), and find the
// literals of all their patterns with one Finder.
package litset

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// unboundedReach stands for the width of a repetition without an upper
// bound (\s*, .+): no wording in the vocabularies is longer.
const unboundedReach = 256

// Analyze parses pattern (Go syntax) and returns its anchors and its
// maximum width; nil and 0 when it does not parse.
func Analyze(pattern string) (anchors []string, width int) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, 0
	}
	re = re.Simplify()
	return Anchors(re), MaxWidth(re)
}

// Anchors returns a set of literals one of which every match of re
// contains, preferring the set whose shortest literal is longest and, among
// those, the set of fewer literals (each literal is one more word to meet
// in a text), or nil when there is none. A character class of a few characters counts as that
// many one-character literals.
func Anchors(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		return classLiterals(re)
	case syntax.OpCapture, syntax.OpPlus:
		return Anchors(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return Anchors(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if a := Anchors(sub); shortest(a) > shortest(best) ||
				a != nil && shortest(a) == shortest(best) && len(a) < len(best) {
				best = a
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			a := Anchors(sub)
			if a == nil {
				return nil
			}
			all = append(all, a...)
		}
		return all
	}
	return nil
}

// maxClassLiterals bounds the characters of a class that Anchors lists.
const maxClassLiterals = 4

// classLiterals returns the characters of a small character class as
// literals, nil for a large one or one with case folding.
func classLiterals(re *syntax.Regexp) []string {
	if re.Flags&syntax.FoldCase != 0 {
		return nil
	}
	var out []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if len(out) == maxClassLiterals {
				return nil
			}
			out = append(out, string(r))
		}
	}
	return out
}

// shortest returns the length of the shortest literal of set, 0 for none.
func shortest(set []string) int {
	n := 0
	for i, s := range set {
		if i == 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// MaxWidth returns the most bytes a match of re can span, counting
// unboundedReach for each unbounded repetition.
func MaxWidth(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) * utf8.UTFMax // a case fold can change the width
		}
		return len(string(re.Rune))
	case syntax.OpCharClass:
		if n := len(re.Rune); n > 0 {
			return utf8.RuneLen(min(re.Rune[n-1], utf8.MaxRune))
		}
		return 0
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return MaxWidth(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return unboundedReach
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unboundedReach
		}
		return min(re.Max*MaxWidth(re.Sub[0]), unboundedReach)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += MaxWidth(sub)
		}
		return min(n, unboundedReach)
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, MaxWidth(sub))
		}
		return n
	}
	return 0 // empty-width assertions
}

// Finder finds the occurrences of a set of literals in a text in one pass,
// where a strings.Index per literal would read the text once for each.
type Finder struct {
	lits    []string
	byFirst map[rune][]int // literals by their first character
	first   RuneSet        // their first characters
}

// NewFinder returns a Finder for lits; empty literals are ignored.
func NewFinder(lits []string) *Finder {
	f := &Finder{lits: lits, byFirst: map[rune][]int{}, first: NewRuneSet()}
	for i, l := range lits {
		if l == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(l)
		f.byFirst[r] = append(f.byFirst[r], i)
		f.first.Add(r)
	}
	return f
}

// Literal returns the Finder's literal i.
func (f *Finder) Literal(i int) string { return f.lits[i] }

// FindAll calls found for every occurrence of a literal in text, in text
// order, with its byte offset and its index in the Finder's literals.
// Occurrences may overlap.
func (f *Finder) FindAll(text string, found func(at, lit int)) {
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if f.first.MayHold(r) {
			for _, k := range f.byFirst[r] {
				if strings.HasPrefix(text[i:], f.lits[k]) {
					found(i, k)
				}
			}
		}
		i += size
	}
}

// RuneSet is a set of characters, a bit each for those of the Basic
// Multilingual Plane, where a map lookup per character of a text would cost
// more than the work it saves.
type RuneSet []uint64

// NewRuneSet returns an empty set.
func NewRuneSet() RuneSet { return make(RuneSet, 1<<16/64) }

// Add puts r in the set; a character beyond the BMP is not recorded.
func (s RuneSet) Add(r rune) {
	if r >= 0 && r < 1<<16 {
		s[r/64] |= 1 << (r % 64)
	}
}

// MayHold reports whether r may be in the set: false only when it is not.
func (s RuneSet) MayHold(r rune) bool {
	return r < 0 || r >= 1<<16 || s[r/64]&(1<<(r%64)) != 0
}
