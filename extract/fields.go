package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jpbreach/jpbreach/dict"
)

// fieldMention is one wording of a field in the text.
type fieldMention struct {
	Range
	term dict.FieldTerm
}

// FieldReading is what a notice says about kinds of leaked data.
type FieldReading struct {
	Leaked    []string          // field ids, in text order
	NotLeaked []string          // field ids the text says did not leak
	Evidence  map[string][]Span // "leaked_fields.name" → where it was read
}

// ReadFields decides, for every field wording, whether the text says the
// data leaked, says it did not, or says nothing about it. A wording counts
// as leaked in a list under a heading like 【流出した可能性のある情報】, or when
// the first leak predicate after it in its clause (流出, 漏えい, 含まれ; 記載,
// 表示, 添付 … of which it is the subject or object) is affirmed, or after a
// leak predicate whose topic it is (流出した情報は、氏名…); as not leaked when
// that predicate is negated (含まれておりません, 漏えいは確認していない,
// 記載はありません), or when the data was never held (保持しておりません) and
// did not leak anyway. A negation that makes a relative clause (漏洩して
// いない人) decides nothing, nor do questions, advice and 以外 (all but).
// The items of a leaked list that name no field are other data.
func ReadFields(d *Doc) FieldReading {
	r := FieldReading{Evidence: map[string][]Span{}}
	mentions := d.fieldMentions()
	inList, tableItems := d.leakLists()
	others := tableItems // items of leaked lists not yet reached, in text order
	var unheld []fieldMention
	for _, m := range mentions {
		for len(others) > 0 && others[0].Start < m.Start {
			r.Leaked = r.add("leaked_fields", r.Leaked, fieldMention{others[0], otherData}, d)
			others = others[1:]
		}
		sent := d.SentenceAt(m.Start)
		if isQuestion(d.Text[sent.Start:sent.End]) {
			continue
		}
		sent = d.around(m.Start, m.End)
		if hasAny(d.Text[sent.Start:sent.End], d.vocab.Words("advice")) {
			continue // パスワードに生年月日を含めないようにしてください
		}
		switch d.polarity(m, sent, inList) {
		case 1:
			r.Leaked = r.add("leaked_fields", r.Leaked, m, d)
			others = mergeRanges(others, d.otherItems(m))
		case -1:
			r.NotLeaked = r.add("not_leaked_fields", r.NotLeaked, m, d)
		case notHeld:
			unheld = append(unheld, m)
		}
	}
	for _, item := range others {
		r.Leaked = r.add("leaked_fields", r.Leaked, fieldMention{item, otherData}, d)
	}
	for _, m := range unheld {
		// A shop that kept no card data can still have it skimmed.
		if !contains(r.Leaked, m.term.Field) {
			r.NotLeaked = r.add("not_leaked_fields", r.NotLeaked, m, d)
		}
	}
	return r
}

// notHeld is the polarity of data the organization says it never held.
const notHeld = -2

// mergeRanges adds ranges to a sorted list of ranges, keeping it sorted and
// without repeats.
func mergeRanges(list, add []Range) []Range {
	for _, a := range add {
		i := sort.Search(len(list), func(i int) bool { return list[i].Start >= a.Start })
		if i < len(list) && list[i] == a {
			continue
		}
		list = append(list, Range{})
		copy(list[i+1:], list[i:])
		list[i] = a
	}
	return list
}

// otherData is the field of a list item that names no kind of the
// vocabulary.
var otherData = dict.FieldTerm{Field: "other"}

func (r *FieldReading) add(key string, list []string, m fieldMention, d *Doc) []string {
	k := key + "." + m.term.Field
	r.Evidence[k] = append(r.Evidence[k], d.Span(m.Start, m.End))
	if contains(list, m.term.Field) {
		return list
	}
	return append(list, m.term.Field)
}

// fieldMentions finds the longest field wording at each place, dropping a
// wording that a parenthesis right after it spells out (氏名(カード名義人名),
// クレジットカード情報(カード番号、…)) and a generic one followed by 以外.
func (d *Doc) fieldMentions() []fieldMention {
	all := d.scanFields(Range{0, len(d.Text)})
	var out []fieldMention
	for i, m := range all {
		rest := d.Text[m.End:]
		if strings.HasPrefix(rest, "(") && i+1 < len(all) && spelledOut(m, all[i+1]) {
			if close := strings.IndexByte(rest, ')'); close > 0 && close < 160 && all[i+1].Start < m.End+close {
				continue
			}
		}
		if strings.HasPrefix(strings.TrimLeft(rest, "等 "), "以外") {
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(rest, ")"), "様") {
			continue // (私の名前)様: a person addressed, not a kind of data
		}
		if hasPrefixAny(strings.TrimLeft(rest, " "), d.vocab.Words("field_not_data")) ||
			hasSuffixAny(strings.TrimRight(d.Text[max(0, m.Start-contextBytes/4):m.Start], " "), d.vocab.Words("field_not_data_before")) {
			continue // パスワード付きのファイル, 所属する教員: no data of anyone
		}
		out = append(out, m)
	}
	return out
}

// spelledOut reports whether the first wording inside the parenthesis after
// m says what m is: the items of a summary term (カード情報(カード番号、…)),
// or the card holder a name is (氏名(カード名義人名)). Other wordings in a
// parenthesis are more data of the same item (メールアドレス(ログインID)).
func spelledOut(m, inside fieldMention) bool {
	return m.term.Generic || m.term.Field == "name" && inside.term.Field == "card_holder_name"
}

// scanFields returns the field wordings in r, longest first at each place.
func (d *Doc) scanFields(r Range) []fieldMention {
	text := d.Text[:r.End]
	var out []fieldMention
	for i := r.Start; i < r.End; {
		c, size := utf8.DecodeRuneInString(text[i:])
		matched := false
		for _, t := range d.vocab.FieldsStartingWith(c) {
			if !strings.HasPrefix(text[i:], t.Wording) {
				continue
			}
			end := i + len(t.Wording)
			if isLatin(t.Wording[0]) && (i > 0 && isLatin(text[i-1]) || end < len(text) && isLatin(text[end])) {
				continue // CVC inside a longer Latin word
			}
			out = append(out, fieldMention{Range{i, end}, t})
			i, matched = end, true
			break
		}
		if !matched {
			i += size
		}
	}
	return out
}

// fieldsIn returns the field ids named in r, in order, without repeats.
func (d *Doc) fieldsIn(r Range) []string {
	var out []string
	for _, m := range d.scanFields(r) {
		if !contains(out, m.term.Field) {
			out = append(out, m.term.Field)
		}
	}
	return out
}

// polarity is 1 when mention m is said to have leaked, -1 when it is said
// not to have, notHeld when it is said never to have been held, 0 when
// nothing is said.
func (d *Doc) polarity(m fieldMention, sent Range, inList func(int) bool) int {
	clause := d.clauseEnd(m.End, sent.End)
	if i := strings.IndexAny(d.Text[m.End:clause], "【※"); i >= 0 {
		clause = m.End + i // a bracketed heading or a note starts what follows
	}
	v := d.vocab
	if hasPrefixAny(strings.TrimLeft(d.Text[m.End:clause], "等など"), v.Words("topic_marker")) {
		clause = sent.End // パスワードについては暗号化されており、流出していない
	}
	if at, w := d.leakAfter(m, clause); at >= 0 {
		if strings.Contains(d.Text[m.End:at], "以外") {
			return 0
		}
		switch d.negated(at+len(w), sent.End) {
		case negative:
			return -1
		case relativeClause, undecided:
			return 0
		}
		return 1
	}
	if at, w := indexAny(d.Text[m.End:clause], v.Words("held")); at >= 0 && d.isPlainPath(m.End, m.End+at) &&
		d.negated(m.End+at+len(w), sent.End) == negative {
		return notHeld // カード情報は保持しておりません: what is not held did not leak
	}
	if at, _ := indexAny(d.Text[m.End:clause], v.Words("out_of_scope")); at >= 0 && d.isPlainPath(m.End, m.End+at) {
		return -1 // メールアドレスは対象外です
	}
	if inList(m.Start) {
		return 1
	}
	if at, w := indexAny(d.Text[sent.Start:m.Start], v.Words("leak")); at >= 0 && !d.leakedElsewhere(sent.Start+at) {
		if d.negated(sent.Start+at+len(w), m.Start) != negative {
			return 1 // 流出した個人情報の内容は、氏名…
		}
	}
	if at, w := indexAny(d.Text[sent.Start:m.Start], v.Words("leak_exposed")); at >= 0 {
		at += sent.Start
		if d.isPredicate(at, w) && d.hasTopic(at+len(w), m.Start) && d.negated(at+len(w), m.Start) != negative {
			return 1 // 閲覧された可能性のある情報は、氏名…
		}
	}
	return 0
}

// clauseEnd returns where the clause that starts at off ends: at a comma
// after a predicate (…であり、 …が、 …し、 …などで、) or at the sentence end.
func (d *Doc) clauseEnd(off, sentEnd int) int {
	for t, ok := d.tokenAt(off, sentEnd); ok; t, ok = t.next(sentEnd) {
		if t.surface() != "、" {
			continue
		}
		p, ok := t.prev(-1)
		if !ok {
			continue
		}
		if pos := p.pos(0); pos == "動詞" || pos == "助動詞" || pos == "助詞" && p.pos(1) == "接続助詞" || p.surface() == "で" {
			return t.Start()
		}
	}
	return sentEnd
}

// predicate polarities.
const (
	affirmed = iota
	negative
	relativeClause
	undecided
)

// maxPredicateTokens bounds how far after a leak word its negation may come
// (流出 は 確認 さ れ て おり ませ ん).
const maxPredicateTokens = 10

// negated reads the predicate after offset off: negative when a negation
// follows within it, relativeClause when that negation modifies a noun,
// undecided when what is negated is only that a fact is known
// (流出の事実が判明していない). The predicate ends at punctuation, at a
// quotative (…流出という事実) and at an の right after the leak word before
// a noun that is not about the leak itself (流出の対象ではございません; not
// 記載した資料の…, which goes on about what the data was in).
func (d *Doc) negated(off, end int) int {
	v := d.vocab
	neg := v.Words("negation")
	uncertain, detached := false, false
	t, ok := d.tokenAt(off, end)
	for n := 0; ok && n < maxPredicateTokens; n++ {
		s := t.surface()
		next, hasNext := t.next(len(d.Text))
		nextIsFact := hasNext && contains(v.Words("leak_fact"), next.surface())
		pos := t.pos(0)
		if pos == "記号" || contains(v.Words("quotative"), s) && !nextIsFact {
			break
		}
		if s == "の" && pos == "助詞" && !nextIsFact && n == 0 {
			detached = true // 流出の対象: what follows is said of something else
		}
		uncertain = uncertain || contains(v.Words("uncertain"), s)
		if (pos == "助動詞" || pos == "形容詞") && contains(neg, s) {
			switch {
			case uncertain, detached:
				return undecided
			case hasNext && next.pos(0) == "名詞" &&
				!contains(v.Words("nominal"), next.surface()) && !contains(v.Words("data_noun"), next.surface()):
				return relativeClause
			}
			return negative
		}
		t, ok = next, hasNext && next.Start() < end
	}
	if detached {
		return undecided
	}
	return affirmed
}

// isQuestion reports whether a sentence asks rather than tells.
func isQuestion(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "?")
}

// indexAny returns the offset of the first of words in s and the word.
func indexAny(s string, words []string) (int, string) {
	best, word := -1, ""
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best, word = i, w
		}
	}
	return best, word
}

// prefixIn returns the first of words that s starts with, or "".
func prefixIn(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}
