package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jpbreach/jpbreach/dict"
)

// A body other than a company is named by a run of nouns that ends in a
// word for its kind (長浜|市, 日本|哲学|学会, 公立|甲賀|病院): the suffixes
// of dict's bodies.tsv. The run is read on kagome's tokens, so that a
// suffix inside a longer word (都市, 市内) or a name that goes on
// (宮崎市|佐土原) is not taken for the end of a name.

// bodyName is the name of a body and its kind.
type bodyName struct {
	Range
	kind string
}

// bodyNames calls found, in text order, for every name of a body of kind
// (of any kind when "") in r (within its lines), until found returns false.
// A name may go on (架空大学|総務課) when open.
func (d *Doc) bodyNames(r Range, kind string, open bool, found func(bodyName) bool) {
	more := true
	d.vocab.FindBodySuffixes(d.Text[r.Start:r.End], func(end int, w dict.BodyWord) {
		if !more || kind != "" && w.Kind != kind {
			return // only the lines around a suffix of the kind are tokenized
		}
		limit := r.End
		if open {
			limit = r.Start + end
		}
		if n, ok := d.bodyNameEndingAt(r.Start+end, w, limit); ok && n.Start >= r.Start {
			more = found(n)
		}
	})
}

// bodyNameEndingAt returns the name of a body whose suffix w ends at end,
// unless the name goes on before limit.
func (d *Doc) bodyNameEndingAt(end int, w dict.BodyWord, limit int) (bodyName, bool) {
	line := d.Lines[d.LineAt(end-1)]
	sufStart := end - len(w.Wording)
	t, ok := d.tokenAt(end-1, end)
	// The suffix ends a token, or starts one that says what is the body's
	// (市長, 市立).
	attrs := d.vocab.Words("body_attribute")
	if !ok || t.End() != end && (t.End() < end || t.Start() != sufStart || !slices.Contains(attrs, d.Text[end:t.End()])) {
		return bodyName{}, false
	}
	if n, ok := t.next(min(line.End, limit)); ok && n.Start() == end && nameToken(n) && !slices.Contains(attrs, n.surface()) {
		return bodyName{}, false // the name goes on (宮崎市|佐土原)
	}
	head := t
	for head.Start() > sufStart {
		if head, ok = head.prev(line.Start); !ok {
			return bodyName{}, false
		}
	}
	first, parts := head, 0
	if head.Start() < sufStart {
		// The suffix starts inside a word: a proper noun (厚生|労働省, 群馬|山大|学).
		if head.pos(1) != "固有名詞" || !allNameRunes(d.Text[head.Start():sufStart]) {
			return bodyName{}, false
		}
		parts = 1
	}
	for p, ok := head.prev(line.Start); ok && nameToken(p) && p.Start() >= line.Start; p, ok = p.prev(line.Start) {
		if w.Kind == "municipality" && p.pos(1) == "接尾" && p.pos(2) == "地域" {
			break // 新潟県|上越市: the city, not the prefecture it lies in
		}
		first = p
		parts++
	}
	if parts == 0 || !properName(d, first, head, parts) || d.selfWord(d.Text[first.Start():end]) {
		return bodyName{}, false
	}
	return bodyName{Range{first.Start(), end}, w.Kind}, true
}

// nameToken reports whether t can be part of a name: a noun of name
// characters, or a proper noun with hiragana in it (さいたま|市), that is
// not a pronoun, an adverbial noun (今回, 本日), a number or a counter.
func nameToken(t tokenRef) bool {
	if t.surface() == "・" {
		return true
	}
	if t.pos(0) != "名詞" || !allNameRunes(t.surface()) && !(t.pos(1) == "固有名詞" && properNounRunes(t.surface())) {
		return false
	}
	switch t.pos(1) {
	case "代名詞", "副詞可能", "非自立", "数":
		return false
	case "接尾":
		return t.pos(2) != "助数詞" && t.pos(2) != "副詞可能"
	}
	return true
}

// properName reports whether the tokens from first to before head (parts of
// them) name something rather than describe it (大学|病院): a proper noun,
// a word in katakana or Latin letters, or three words or more.
func properName(d *Doc, first, head tokenRef, parts int) bool {
	if parts >= 3 {
		return true
	}
	for t, ok := first, true; ok && t.Start() < head.End(); t, ok = t.next(head.End()) {
		if t.pos(1) == "固有名詞" {
			return true
		}
		for _, r := range t.surface() {
			if unicode.Is(unicode.Katakana, r) && r != '・' || isLatinRune(r) {
				return true
			}
		}
	}
	return false
}

// allNameRunes reports whether s is made of characters names are written
// with (and is not empty).
func allNameRunes(s string) bool {
	for _, r := range s {
		if !nameRune(r) {
			return false
		}
	}
	return s != ""
}

// properNounRunes reports whether s is made of name characters and
// hiragana (a place written in kana: さいたま, ひたちなか).
func properNounRunes(s string) bool {
	for _, r := range s {
		if !nameRune(r) && !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return s != ""
}

// nameRune reports whether names are written with r: kanji, katakana, Latin
// letters, digits, "・", "&", "-" and ".".
func nameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' ||
		isLatinRune(r) || r >= '0' && r <= '9' || r == '・' || r == '&' || r == '-' || r == '.'
}

func isLatinRune(r rune) bool { return r < utf8.RuneSelf && isLatin(byte(r)) }

// bodySelf returns the kinds of body the notice calls itself by (当院:
// hospital), in the order of the words of bodies.tsv.
func (d *Doc) bodySelves() []string {
	var kinds []string
	for _, w := range d.vocab.BodySelves {
		for off := 0; ; {
			i := strings.Index(d.Text[off:], w.Wording)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w.Wording)
			if d.wordAt(at, off) {
				kinds = append(kinds, w.Kind)
				break
			}
		}
	}
	return kinds
}

// selfWord reports whether s is a word by which a body calls itself (本市).
func (d *Doc) selfWord(s string) bool {
	for _, w := range d.vocab.BodySelves {
		if s == w.Wording {
			return true
		}
	}
	return false
}

// wordAt reports whether tokens start at start and end at end (本市|職員,
// not 日本|市場).
func (d *Doc) wordAt(start, end int) bool {
	t, ok := d.tokenAt(start, end)
	if !ok || t.Start() != start {
		return false
	}
	for ; ok; t, ok = t.next(end) {
		if t.End() == end {
			return true
		}
	}
	return false
}
