package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
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
// the first leak predicate after it in its clause (流出, 漏えい, 含まれ) is
// affirmed; as not leaked when that predicate is negated (含まれておりません,
// 漏えいは確認していない). A negation that makes a relative clause (漏洩して
// いない人) decides nothing, nor do questions and 以外 (all but).
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

// elsewhereBytes is how far before a leak word the place it happened at is
// read.
const elsewhereBytes = 30

// leakedElsewhere reports whether the leak word at offset at is said of
// another company's service (他社サービスから流出したID・パスワード).
func (d *Doc) leakedElsewhere(at int) bool {
	from := max(0, at-elsewhereBytes)
	for from < at && !utf8.RuneStart(d.Text[from]) {
		from++
	}
	return hasAny(d.Text[from:at], d.vocab.Words("elsewhere"))
}

// leakAfter returns the offset and the word of the first leak predicate
// after mention m before clause: a word that says data got out (流出,
// 含まれ), or one that says what a document or screen showed (記載, 表示,
// 添付) when m is its subject or object, not where something went
// (メールアドレスに送信) or what was used (電話で連絡).
func (d *Doc) leakAfter(m fieldMention, clause int) (int, string) {
	v := d.vocab
	at, w := indexAny(d.Text[m.End:clause], v.Words("leak"))
	if at >= 0 {
		clause = m.End + at
	}
	if wat, ww := indexAny(d.Text[m.End:clause], v.Words("leak_exposed")); wat >= 0 && d.isObjectOf(m.End, m.End+wat) &&
		(d.isPredicate(m.End+wat, ww) || d.isNominalPredicate(m.End+wat+len(ww))) {
		return m.End + wat, ww
	}
	if at < 0 || d.hasDestination(m.End, m.End+at) {
		return -1, ""
	}
	return m.End + at, w
}

// hasDestination reports whether a word between from and to makes a data
// wording an address mail went to (メールアドレス宛に「流出のお詫び」を送付).
func (d *Doc) hasDestination(from, to int) bool {
	for t, ok := d.tokenAt(from, to); ok; t, ok = t.next(to) {
		if contains(d.vocab.Words("destination"), t.surface()) {
			return true
		}
	}
	return false
}

// maxObjectTokens bounds the list between a mention and the predicate it is
// the subject or object of (氏名、住所、電話番号等が記載).
const maxObjectTokens = 40

// isObjectOf reports whether a mention ending at from is what a predicate
// at to says: only the rest of a list and a particle of subject or object
// (が, を, は, の) lie between, no particle of place or means (に, へ, で),
// no verb and no bound noun (のため).
func (d *Doc) isObjectOf(from, to int) bool {
	v := d.vocab
	t, ok := d.tokenAt(from, to)
	for n := 0; ok; n++ {
		s, pos := t.surface(), t.pos(0)
		if w := prefixIn(d.Text[t.Start():to], v.Words("manner")); w != "" {
			t, ok = d.tokenAt(t.Start()+len(w), to) // 誤って添付: how, not where
			continue
		}
		switch {
		case n >= maxObjectTokens || contains(v.Words("not_object"), s):
			return false
		case pos == "名詞" && t.pos(1) == "非自立", pos == "動詞", pos == "助動詞", pos == "形容詞":
			return false
		case pos == "助詞" && !contains(v.Words("object_particle"), s) && t.pos(1) != "並立助詞":
			return false
		}
		t, ok = t.next(to)
	}
	return true
}

// isPredicate reports whether word w at offset at is a predicate: a verb
// form (記され, 含んだ), or a noun a verb, an auxiliary or the sentence end
// follows (送付した, …を添付。; not 送付には or 送信相手).
func (d *Doc) isPredicate(at int, w string) bool {
	if last, _ := utf8.DecodeLastRuneInString(w); unicode.Is(unicode.Hiragana, last) {
		return true
	}
	t, ok := d.tokenAt(at+len(w), len(d.Text))
	if ok && t.Start() < at+len(w) {
		return t.pos(0) == "動詞" // 持ち出し: the word is inside a verb
	}
	return ok && (t.pos(0) == "動詞" || t.pos(0) == "助動詞" || t.surface() == "。")
}

// isNominalPredicate reports whether the noun before offset off is the
// subject of the predicate that follows (口座番号の記載はありません).
func (d *Doc) isNominalPredicate(off int) bool {
	t, ok := d.tokenAt(off, len(d.Text))
	return ok && t.Start() == off && t.pos(0) == "助詞" && contains(d.vocab.Words("nominal_particle"), t.surface())
}

// isPlainPath reports whether no predicate lies between from and to, within
// maxObjectTokens tokens: what follows is said of the data before it
// (カード情報は当社サーバーに保存されていない).
func (d *Doc) isPlainPath(from, to int) bool {
	t, ok := d.tokenAt(from, to)
	for n := 0; ok; n++ {
		if pos := t.pos(0); n >= maxObjectTokens || pos == "動詞" || pos == "助動詞" || pos == "形容詞" {
			return false
		}
		t, ok = t.next(to)
	}
	return true
}

// hasTopic reports whether data is the topic between from and to: what a
// predicate before a list says is the list (閲覧された情報は、氏名…,
// 記載内容:氏名…), not the cause of something (誤送信の原因は、…).
func (d *Doc) hasTopic(from, to int) bool {
	var prev tokenRef
	seen := false
	for t, ok := d.tokenAt(from, to); ok; t, ok = t.next(to) {
		s := t.surface()
		if (s == ":" || s == "は" && t.pos(0) == "助詞") && seen && contains(d.vocab.Words("data_topic"), prev.surface()) {
			return true
		}
		prev, seen = t, true
	}
	return false
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
		if (pos == "助動詞" || pos == "形容詞") && (contains(neg, t.base()) || contains(neg, s)) {
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

// A list under a leak heading runs over at most maxListLines lines and ends
// after maxListMisses lines in a row that name no field.
const (
	maxListLines  = 16
	maxListMisses = 5
)

// leakLists returns a test of whether an offset is on a list line under a
// leak heading, and the first cells of the table rows among them that name
// no field (【流出した可能性のある情報】, 流出した情報): the short lines
// after such a heading, up to another heading or two lines without a field.
func (d *Doc) leakLists() (inList func(int) bool, tableItems []Range) {
	var ranges []Range
	for li := range d.Lines {
		if !d.leakHeading(d.Line(li)) {
			continue
		}
		misses, listed := 0, false
		for j := li + 1; j < len(d.Lines) && j <= li+maxListLines && misses < maxListMisses; j++ {
			line := d.Line(j)
			if line == "" {
				continue
			}
			if j > li+1 && (strings.HasPrefix(line, "【") || headingNumber(line) || sectionNumberRe.MatchString(line)) && len(d.fieldsIn(d.Lines[j])) == 0 {
				break
			}
			if strings.Contains(line, "。") && listed {
				break // prose again: the list is over
			}
			if cell, ok := d.firstCell(d.Lines[j]); ok && listed && len(d.fieldsIn(d.Lines[j])) == 0 && d.isOtherItem(cell) {
				tableItems = append(tableItems, cell) // 配送先情報 | 9,000件 |
				continue
			}
			if strings.Contains(line, "。") || len(d.fieldsIn(d.Lines[j])) == 0 {
				misses++ // a sub-heading, a count, a bare bullet, who is affected
				continue
			}
			misses, listed = 0, true
			ranges = append(ranges, d.Lines[j])
		}
		// The heading's own line after its label: 流出した情報: 氏名、住所
		l := d.Lines[li]
		if i := strings.IndexAny(d.Text[l.Start:l.End], ":】"); i >= 0 {
			ranges = append(ranges, Range{l.Start + i, l.End})
		}
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i].Start < ranges[j].Start })
	return func(off int) bool {
		i := sort.Search(len(ranges), func(i int) bool { return ranges[i].End > off })
		return i < len(ranges) && ranges[i].Start <= off
	}, tableItems
}

// firstCell returns the first cell of a table row (項目 | 件数 |), trimmed.
func (d *Doc) firstCell(line Range) (Range, bool) {
	text := d.Text[line.Start:line.End]
	bar := strings.IndexByte(text, '|')
	if bar <= 0 {
		return Range{}, false
	}
	cell := Range{line.Start, line.Start + bar}
	for cell.Start < cell.End && d.Text[cell.Start] == ' ' {
		cell.Start++
	}
	for cell.End > cell.Start && d.Text[cell.End-1] == ' ' {
		cell.End--
	}
	return cell, cell.End > cell.Start
}

// leakHeading reports whether a line heads a list of leaked data: a short
// line with a leak heading word, a line that ends in a bracketed one
// (…ご利用されたお客様 - 【流出した可能性がある個人情報】), or a sentence that
// says the data follows (流出した情報は以下のとおりです。).
func (d *Doc) leakHeading(line string) bool {
	if strings.HasSuffix(line, "】") {
		if open := strings.LastIndex(line, "【"); open > 0 {
			line = line[open:]
		}
	}
	v := d.vocab
	if strings.HasSuffix(line, "。") && utf8.RuneCountInString(line) <= maxIntroRunes && hasAny(line, v.Words("list_intro")) {
		// 添付ファイルの記載内容は以下のとおりです。
		return hasAny(line, v.Words("leak_heading")) || hasAny(line, v.Words("leak_exposed"))
	}
	if line == "" || utf8.RuneCountInString(line) > 40 || strings.Contains(line, "。") {
		return false
	}
	return hasAny(line, v.Words("leak_heading"))
}

// maxIntroRunes bounds a sentence that introduces a list of leaked data.
const maxIntroRunes = 80

// sectionNumberRe matches a section number with its title right after it
// (4.経過, (3)対応), which ends a list of data.
var sectionNumberRe = regexp.MustCompile(`^(?:\d{1,2}[.)]|\(\d{1,2}\))\S`)

// headingNumber reports whether a line starts with a section number: 1. (2) 3)
func headingNumber(line string) bool {
	return listMarkerRe.MatchString(firstRunes(line, 3)) && line != "" && (isDigit(line[0]) || line[0] == '(')
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

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
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
