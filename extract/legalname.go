package extract

// A company's name carries a legal form before or after it (株式会社サンプル,
// サンプル株式会社) and is read on the characters names are written with.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgLine returns the organization a line consists of (常磐興産株式会社,
// 株式会社ゴゴジャン), without a signing title after it, or "". A name
// masked with symbols (●●株式会社) is none.
func orgLine(d *Doc, line string) string {
	line = strings.TrimSpace(line)
	if at, title := signingTitle(d, line); title != "" {
		line = strings.TrimRight(line[:at], " \t")
	}
	if utf8.RuneCountInString(line) > 40 {
		return ""
	}
	for _, lf := range d.vocab.LegalForms {
		var rest string
		switch {
		case strings.HasPrefix(line, lf):
			rest = line[len(lf):]
		case strings.HasSuffix(line, lf):
			rest = line[:len(line)-len(lf)]
		default:
			continue
		}
		if rest = strings.TrimSpace(rest); rest != "" && (nameAfter(rest) == len(rest) || d.nameWithKana(strings.ReplaceAll(rest, " ", ""))) {
			return line
		}
	}
	return ""
}

// nameWithKana reports whether s is made of name characters and of words
// that start in hiragana and end in kanji (サンプルつり具), and has no
// particle (サンプルの件).
func (d *Doc) nameWithKana(s string) bool {
	for s != "" {
		n := nameRun(s)
		s = s[n:]
		kana := strings.IndexFunc(s, func(c rune) bool { return !unicode.Is(unicode.Hiragana, c) })
		if kana == 0 {
			return false
		}
		if kana < 0 {
			return s == ""
		}
		if next, _ := utf8.DecodeRuneInString(s[kana:]); !unicode.Is(unicode.Han, next) || slices.Contains(d.vocab.Words("particle"), s[:kana]) {
			return false
		}
		s = s[kana:]
	}
	return true
}

// orgIn finds the first organization name with a legal form in r.
func (d *Doc) orgIn(r Range) (Range, bool) {
	text := d.Text[r.Start:r.End]
	best := Range{-1, -1}
	for _, lf := range d.vocab.LegalForms {
		i := strings.Index(text, lf)
		if i < 0 || best.Start >= 0 && r.Start+i >= best.Start {
			continue
		}
		// A name after the form (株式会社ほくせん), else before it (カバーマーク株式会社).
		if n := nameAfter(text[i+len(lf):]); n > 0 {
			best = Range{r.Start + i, d.nameGoesOn(r.Start+i+len(lf)+n, r.End)}
		} else if n := nameBefore(text[:i]); n > 0 {
			best = Range{r.Start + i - n, r.Start + i + len(lf)}
		}
	}
	return best, best.Start >= 0
}

// nameAfter returns the length of the name at the start of s: kana, kanji,
// Latin letters and digits, "・" and "&", single spaces between Latin words;
// hiragana only in a name of two hiragana or more alone (株式会社ほくせん,
// not 株式会社は).
func nameAfter(s string) int {
	if r, _ := utf8.DecodeRuneInString(s); unicode.Is(unicode.Hiragana, r) {
		n := 0
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !unicode.Is(unicode.Hiragana, r) {
				break
			}
			n += size
		}
		if next, _ := utf8.DecodeRuneInString(s[n:]); utf8.RuneCountInString(s[:n]) < 2 || nameRune(next) {
			return 0
		}
		return n
	}
	return nameRun(s)
}

// nameRun returns the length of the run of name characters at the start of
// s, with single spaces between Latin words.
func nameRun(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r == ' ' && n > 0 && latinAround(s, n, size) {
			n += size
			continue
		}
		if !nameRune(r) {
			break
		}
		n += size
	}
	return n
}

// nameGoesOn returns where a name read up to end really ends, before limit:
// on past a word with hiragana in it (株式会社サンプルつり具), not past a
// particle (株式会社サンプルから).
func (d *Doc) nameGoesOn(end, limit int) int {
	for end < limit {
		if r, _ := utf8.DecodeRuneInString(d.Text[end:]); !unicode.Is(unicode.Hiragana, r) {
			break
		}
		t, ok := d.tokenAt(end, end+1)
		if !ok || t.Start() != end || t.End() > limit || t.pos(0) != "名詞" || t.pos(1) == "非自立" ||
			strings.IndexFunc(t.surface(), func(c rune) bool { return !unicode.Is(unicode.Hiragana, c) }) < 0 {
			break
		}
		end = t.End()
		end += nameRun(d.Text[end:limit])
	}
	return end
}

// nameBefore returns the length of the name that ends s (no hiragana; single
// spaces between Latin words, as in Payment Card Forensics).
func nameBefore(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if r == ' ' && n > 0 && latinAround(s, len(s)-n-size, size) {
			n += size
			continue
		}
		if !nameRune(r) {
			break
		}
		n += size
	}
	return n
}

// latinAround reports whether the space of size bytes at i in s stands
// between Latin letters.
func latinAround(s string, i, size int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	return isLatinRune(prev) && isLatinRune(next)
}
