package dict

import (
	"regexp/syntax"
	"unicode/utf8"
)

// unboundedReach stands for the width of a repetition without an upper
// bound (\s*, .+): no wording in the vocabularies is longer.
const unboundedReach = 256

// anchors returns a set of literals one of which every match of re
// contains, preferring the set whose shortest literal is longest, or nil
// when there is none.
func anchors(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return anchors(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return anchors(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if a := anchors(sub); shortest(a) > shortest(best) {
				best = a
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			a := anchors(sub)
			if a == nil {
				return nil
			}
			all = append(all, a...)
		}
		return all
	}
	return nil
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

// maxWidth returns the most bytes a match of re can span, with
// unboundedReach for each unbounded repetition.
func maxWidth(re *syntax.Regexp) int {
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
		return maxWidth(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return unboundedReach
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unboundedReach
		}
		return min(re.Max*maxWidth(re.Sub[0]), unboundedReach)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += maxWidth(sub)
		}
		return min(n, unboundedReach)
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, maxWidth(sub))
		}
		return n
	}
	return 0 // empty-width assertions
}
