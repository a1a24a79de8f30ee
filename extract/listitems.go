package extract

import (
	"strings"
	"unicode/utf8"
)

// maxListTokens bounds how far a walk along a list of data goes from the
// field wording it starts at.
const maxListTokens = 60

// maxItemRunes bounds an item of a list: a longer run of nouns is prose.
const maxItemRunes = 12

// otherItems returns the items of the list that field wording m stands in
// which name data of no kind of the vocabulary (学年 in 氏名、学年、住所が記載
// された名簿): a list that leaked, leaked item by item. Items are nouns
// between separators (、・/ や 及び, 」「, spaces); a parenthesis is read as
// part of the item before it; the list ends at a particle, a verb or the
// end of the line.
func (d *Doc) otherItems(m fieldMention) []Range {
	line := d.Lines[d.LineAt(m.Start)]
	var out []Range
	keep := func(r Range) {
		if d.isOtherItem(r) {
			out = append(out, r)
		}
	}
	d.walkItems(m, line, true, keep)
	d.walkItems(m, line, false, keep)
	return out
}

// walkItems walks from m along its list, forward or backward, and calls
// found with every item but m's own.
func (d *Doc) walkItems(m fieldMention, line Range, forward bool, found func(Range)) {
	item, own := m.Range, true
	flush := func() {
		if !own && item.End > item.Start {
			found(item)
		}
		own = false
		item = Range{-1, -1}
	}
	extend := func(start, end int) {
		if item.Start < 0 {
			item = Range{start, end}
			return
		}
		item = Range{min(item.Start, start), max(item.End, end)}
	}
	var t tokenRef
	var ok bool
	if forward {
		t, ok = d.tokenAt(m.End, line.End)
	} else if first, found := d.tokenAt(m.Start, line.End); found {
		t, ok = first.prev(line.Start)
	}
	for n := 0; ok && n < maxListTokens; n++ {
		s, pos := t.surface(), t.pos(0)
		var next tokenRef
		var hasNext bool
		if forward {
			next, hasNext = t.next(line.End)
		} else {
			next, hasNext = t.prev(line.Start)
		}
		switch {
		case forward && (strings.HasPrefix(s, "(") || strings.HasPrefix(s, "[")):
			// the parenthesis tells more of the item before it
			close := strings.Index(d.Text[t.Start()+1:line.End], closing(s[:1]))
			if close < 0 {
				flush()
				return
			}
			next, hasNext = d.tokenAt(t.Start()+1+close+1, line.End)
		case !forward && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, "]")):
			open := strings.LastIndex(d.Text[line.Start:t.End()-1], opening(s[len(s)-1:]))
			if open < 0 {
				flush()
				return
			}
			if first, found := d.tokenAt(line.Start+open, line.End); found {
				next, hasNext = first.prev(line.Start)
			} else {
				hasNext = false
			}
		case forward && (s == ")" || s == "]"):
			flush() // the end of a list in parentheses: (…姓名とポイント数)
			return
		case d.isListSeparator(t):
			flush()
		case s == "「" || s == "『":
			if !forward {
				flush() // the quote opens the item
			}
		case s == "」" || s == "』":
			if forward {
				flush() // the quote closes the item: 「性別」「学年」の2項目
			}
		case pos == "名詞" || pos == "接頭詞" || pos == "記号" && isItemMark(s):
			extend(t.Start(), t.End())
		case s == "の" && hasNext && next.pos(0) == "名詞" && item.Start >= 0:
			extend(t.Start(), t.End()) // 入試の素点: one item
		default:
			// A list ends at a particle before what it says of the data
			// (氏名、学年が記載); a noun before anything else is prose
			// (調査したところ、氏名…; 大学が付与したアドレス).
			if forward && pos == "助詞" && contains(d.vocab.Words("object_particle"), s) && d.saysLeaked(t.End(), line.End) {
				flush()
			}
			return
		}
		t, ok = next, hasNext
	}
	if !ok && forward {
		flush() // the line's end bounds the list; its start may hold a name (会社名、…)
	}
}

// predicateBytes bounds how far after a list its leak predicate is looked
// for (学年などの情報が漏えい).
const predicateBytes = 60

// saysLeaked reports whether a leak or exposure predicate follows offset off
// closely, before limit.
func (d *Doc) saysLeaked(off, limit int) bool {
	end := min(limit, off+predicateBytes)
	for end < len(d.Text) && !utf8.RuneStart(d.Text[end]) {
		end--
	}
	s := d.Text[off:end]
	return hasAny(s, d.vocab.Words("leak")) || hasAny(s, d.vocab.Words("leak_exposed"))
}

// isListSeparator reports whether token t separates the items of a list:
// 、 , ・ / and spaces, a parallel particle (や, と) or a conjunction
// (及び, 並びに).
func (d *Doc) isListSeparator(t tokenRef) bool {
	s := t.surface()
	if strings.TrimSpace(s) == "" || contains(d.vocab.Words("list_separator"), s) {
		return true
	}
	if t.pos(0) == "助詞" && contains(d.vocab.Words("list_particle"), s) {
		next, ok := t.next(len(d.Text))
		return ok && next.pos(0) == "名詞" // 氏名と保有ポイント数, where と is read as a case particle
	}
	return t.pos(1) == "並立助詞" || t.pos(0) == "接続詞" && contains(d.vocab.Words("list_conjunction"), s)
}

// isItemMark reports whether a symbol token belongs inside an item name
// (E-mail, ID-No).
func isItemMark(s string) bool {
	return s == "-" || s == "_" || s == "."
}

// isOtherItem reports whether r names data of a kind the vocabulary lacks:
// short, not a count, no field wording, no filler (等, 一部, 情報) and no
// people (会員, 保護者).
func (d *Doc) isOtherItem(r Range) bool {
	v := d.vocab
	item := d.Text[r.Start:r.End]
	if hasSuffixAny(item, v.Words("list_owner")) {
		return false // お届け先の個人情報: whose data, not what data
	}
	s := item
	for trimmed := true; trimmed; {
		trimmed = false // 学年等の情報 → 学年
		for _, w := range v.Words("list_filler") {
			if t := strings.TrimSuffix(s, w); t != s {
				s, trimmed = t, true
			}
		}
	}
	s = strings.Trim(s, "-_. ()")
	if strings.Contains(s, " ") || isASCII(s) {
		return false // 月 日, 内 容: a spaced-out table header; a product name
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxItemRunes || strings.ContainsAny(s, "0123456789") {
		return false
	}
	if hasAny(s, v.Words("leak")) {
		return false // 個人情報漏洩: the incident, not data
	}
	if len(d.scanFields(r)) > 0 || v.InFieldWording(item) {
		return false // 電話・携帯電話番号: 電話 is a part of a field's name
	}
	for _, w := range v.Words("list_not_data") {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	return true
}

// closing returns the bracket that closes open.
func closing(open string) string {
	if open == "[" {
		return "]"
	}
	return ")"
}

// opening returns the bracket that close closes.
func opening(close string) string {
	if close == "]" {
		return "["
	}
	return "("
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
