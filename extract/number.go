package extract

import (
	"strings"
)

// kanjiDigits maps kanji numerals to their values.
var kanjiDigits = map[rune]int64{
	'〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
}

// smallUnits and bigUnits are the kanji multipliers.
var (
	smallUnits = map[rune]int64{'十': 10, '百': 100, '千': 1000}
	bigUnits   = []struct {
		r rune
		v int64
	}{{'兆', 1_000_000_000_000}, {'億', 100_000_000}, {'万', 10_000}}
)

// maxNumber bounds what ParseNumber accepts; larger figures are not counts.
const maxNumber = 1_000_000_000_000_000

// ParseNumber parses a number as notices write it, after normalization:
// "9,822", "9822", "1万2千", "一万二千", "12万", "13.2万", "22万5,846",
// "二千三百四十五", "二〇二〇". It reports false for anything else, for a
// fraction that does not come out whole, and for numbers of 10^15 or more.
func ParseNumber(s string) (int64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" || len(s) > 64 {
		return 0, false
	}
	var total int64
	rest := s
	for _, u := range bigUnits {
		head, tail, ok := strings.Cut(rest, string(u.r))
		if !ok {
			continue
		}
		v, ok := parseSection(head, u.v)
		if !ok {
			return 0, false
		}
		total += v
		rest = tail
	}
	if rest != "" {
		v, ok := parseSection(rest, 1)
		if !ok {
			return 0, false
		}
		total += v
	}
	if total >= maxNumber {
		return 0, false
	}
	return total, true
}

// parseSection parses the part of a number before a big unit (or the last
// part, with unit 1) and multiplies it by unit. An empty part before a unit
// means one (万 = 10000).
func parseSection(s string, unit int64) (int64, bool) {
	if s == "" {
		return unit, unit > 1
	}
	if intPart, frac, ok := strings.Cut(s, "."); ok {
		// A decimal is only whole before a big unit: 13.2万.
		iv, ok1 := parseDigits(intPart)
		if !ok1 || frac == "" || len(frac) > 4 || unit == 1 {
			return 0, false
		}
		fv, ok2 := parseDigits(frac)
		if !ok2 {
			return 0, false
		}
		scale := int64(1)
		for range len(frac) {
			scale *= 10
		}
		if (fv*unit)%scale != 0 {
			return 0, false
		}
		return iv*unit + fv*unit/scale, true
	}
	var total, cur int64
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur = cur*10 + int64(r-'0')
			digits++
		case kanjiDigits[r] != 0 || r == '〇' || r == '○' || r == '零':
			cur = cur*10 + kanjiDigits[r]
			digits++
		case smallUnits[r] != 0:
			if digits == 0 {
				cur = 1
			}
			total += cur * smallUnits[r]
			cur, digits = 0, 0
		default:
			return 0, false
		}
		if cur >= maxNumber {
			return 0, false
		}
	}
	total += cur
	if total >= maxNumber/unit {
		return 0, false
	}
	return total * unit, true
}

// parseDigits parses ASCII digits only.
func parseDigits(s string) (int64, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var v int64
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		v = v*10 + int64(r-'0')
	}
	return v, true
}
