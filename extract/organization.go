package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// organization picks the discloser, by where its name stands, surest place
// first: the name line of the signature block or beside the dateline; the
// headline; the source line of a copied notice; the name of the kind of
// body the notice calls itself by (当院, 本市); the subject of a news lead
// (〜は〜日、…と発表した); the name that opens a sentence. Names are those
// with a legal form and those of bodies (bodyname.go). When none stands in
// such a place the notice does not name its discloser, and nothing is said.
func organization(d *Doc, published *DateMention) *Found {
	dateline := -10
	if published != nil {
		dateline = d.LineAt(published.at.Start)
	}
	for _, find := range []func() (Range, bool){
		func() (Range, bool) { return signatureName(d, dateline) },
		func() (Range, bool) { return headlineName(d) },
		func() (Range, bool) { return sourceName(d) },
		func() (Range, bool) { return selfName(d) },
		func() (Range, bool) { return newsHeadline(d) },
		func() (Range, bool) { return newsSubject(d) },
		func() (Range, bool) { return openingName(d) },
	} {
		if r, ok := find(); ok {
			return d.found(r)
		}
	}
	return nil
}

// signatureName reads the name a line of the signature block, or a line
// beside the dateline, consists of.
func signatureName(d *Doc, dateline int) (Range, bool) {
	for li := range d.Lines {
		near := li-dateline <= 3 && dateline-li <= 3 || besideSignature(d, li)
		if r, signed, ok := d.lineName(li); ok && (near || signed) {
			return r, true
		}
		// サンプル県 公開日: 2025年8月21日: the name before the date on the
		// dateline, or on a line at the top that ends with a date.
		r := d.lineRange(li)
		if i := strings.IndexByte(d.Text[r.Start:r.End], ' '); i > 0 && (li == dateline || li < headlineLines && endsWithDate(d.Text[r.Start+i:r.End])) {
			if n, ok := d.nameSpanning(Range{r.Start, r.Start + i}); ok {
				return n, true
			}
		}
	}
	return Range{}, false
}

// endsWithDate reports whether s ends with a day of the month (…21日).
func endsWithDate(s string) bool {
	s, ok := strings.CutSuffix(strings.TrimSpace(s), "日")
	last, _ := utf8.DecodeLastRuneInString(s)
	return ok && last >= '0' && last <= '9'
}

// lineName returns the name line li consists of before a signing title
// (日本サンプル学会理事長 山田 花子: 日本サンプル学会; サンプル市長 山田
// 太郎: サンプル市), and whether a title and a person's name follow it.
func (d *Doc) lineName(li int) (name Range, signed, ok bool) {
	s := d.readSignature(li)
	return s.name, s.signed, s.named
}

// nameSpanning returns r when it is one name, with a legal form or of a
// body.
func (d *Doc) nameSpanning(r Range) (Range, bool) {
	if orgLine(d, d.Text[r.Start:r.End]) != "" {
		return r, true
	}
	if n, ok := d.orgIn(r); ok && n == r {
		return r, true // 株式会社サンプルつり具
	}
	n, ok := d.bodyEnding(r)
	return n.Range, ok && n.Start == r.Start
}

// bodyEnding returns the name of a body that ends r, within r.
func (d *Doc) bodyEnding(r Range) (bodyName, bool) {
	for _, w := range d.vocab.BodySuffixes {
		if strings.HasSuffix(d.Text[r.Start:r.End], w.Wording) {
			n, ok := d.bodyNameEndingAt(r.End, w, r.End)
			return n, ok && n.Start >= r.Start
		}
	}
	return bodyName{}, false
}

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

// headlineName reads the name in the headline: a name with a legal form
// anywhere in it, a body's name or the owner of a shop that opens it (after
// a 【】 label), a name in parentheses that ends it (…のお知らせ(サンプル
// 市)), or the name a labelled headline opens with before a space.
func headlineName(d *Doc) (Range, bool) {
	for li := range d.Lines {
		l := d.Line(li)
		if strings.Contains(l, "。") || !hasAny(l, d.vocab.Words("notice_word")) {
			continue
		}
		r := d.lineRange(li)
		if n, ok := d.ownName(r); ok {
			return n, true
		}
		start, labeled := r.Start, false
		if strings.HasPrefix(d.Text[start:r.End], "【") {
			if i := strings.Index(d.Text[start:r.End], "】"); i > 0 {
				start, labeled = start+i+len("】"), true
			}
		}
		start += len(d.Text[start:r.End]) - len(strings.TrimLeft(d.Text[start:r.End], " "))
		if n, ok := d.bodyAt(Range{start, r.End}); ok {
			return n.Range, true
		}
		if n, ok := d.serviceOwner(Range{start, r.End}); ok {
			return n, true
		}
		if n, ok := d.nameInParens(r); ok {
			return n, true
		}
		// 【label】サンプル新聞社 …のお知らせ: a name, then the notice's title.
		if i := strings.IndexByte(d.Text[start:r.End], ' '); labeled && i > 0 {
			n := Range{start, start + i}
			if allNameRunes(d.Text[n.Start:n.End]) && d.names(n) && !hasAny(d.Text[n.Start:n.End], d.vocab.Words("notice_word")) {
				return n, true
			}
		}
	}
	return Range{}, false
}

// ownName returns the first name with a legal form in r that is not named as
// a contractor (委託先の株式会社サンプルにおける…).
func (d *Doc) ownName(r Range) (Range, bool) {
	for n, ok := d.orgIn(r); ok; n, ok = d.orgIn(Range{n.End, r.End}) {
		before := d.Text[max(r.Start, n.Start-contractorReach):n.Start]
		if !hasAny(before, d.vocab.Words("contractor")) {
			return n, true
		}
	}
	return Range{}, false
}

// contractorReach is how far before a name a word that makes it a contractor
// stands, in bytes (委託先である: 15).
const contractorReach = 18

// nameInParens returns the name, with a legal form or of a body, that
// stands in parentheses at the end of r (…について(サンプル市)); an office
// (…について(サンプル課)) is none.
func (d *Doc) nameInParens(r Range) (Range, bool) {
	line := d.Text[r.Start:r.End]
	open := strings.LastIndex(line, "(")
	if !strings.HasSuffix(line, ")") || open < 0 {
		return Range{}, false
	}
	return d.nameSpanning(Range{r.Start + open + 1, r.End - 1})
}

// bodyAt returns the name of a body that starts r.
func (d *Doc) bodyAt(r Range) (bodyName, bool) {
	var found bodyName
	ok := false
	d.bodyNames(r, "", false, func(n bodyName) bool {
		found, ok = n, n.Start == r.Start
		return false
	})
	return found, ok
}

// sourceName reads the name on the source line of a copied notice (出典:
// 株式会社サンプル).
func sourceName(d *Doc) (Range, bool) {
	for li := range d.Lines {
		l := d.lineRange(li)
		for _, w := range d.vocab.Words("source_label") {
			if !strings.HasPrefix(d.Text[l.Start:l.End], w) {
				continue
			}
			rest := Range{l.Start + len(w), l.End}
			for rest.Start < rest.End && strings.ContainsRune(" ::", rune(d.Text[rest.Start])) {
				rest.Start++
			}
			if r, ok := d.orgIn(rest); ok {
				return r, true
			}
			if n, ok := d.bodyAt(rest); ok {
				return n.Range, true
			}
		}
	}
	return Range{}, false
}

// selfName reads the name of the kind of body a notice calls itself by
// (当院: the first name of a hospital in the text).
func selfName(d *Doc) (Range, bool) {
	all := Range{0, len(d.Text)}
	for _, kind := range d.bodySelves() {
		var found Range
		ok := false
		d.bodyNames(all, kind, true, func(n bodyName) bool {
			if !d.isAuthority(n.Range) {
				found, ok = n.Range, true
			}
			return !ok
		})
		if ok {
			return found, true
		}
	}
	return Range{}, false
}

// isAuthority reports whether r names a regulator a notice reports to
// rather than a discloser.
func (d *Doc) isAuthority(r Range) bool {
	name := d.Text[r.Start:r.End]
	for _, a := range d.vocab.Authorities {
		if name == a {
			return true
		}
	}
	return false
}

// newsHeadline reads the name that opens a news headline before a comma
// (サンプル倶楽部、カード情報流出) when the lead names it again as its
// subject (サンプル倶楽部は…, サンプル倶楽部(…)).
func newsHeadline(d *Doc) (Range, bool) {
	for li, seen := 0, 0; li < len(d.Lines) && seen < headlineLines; li++ {
		r := d.lineRange(li)
		line := d.Text[r.Start:r.End]
		if line == "" {
			continue
		}
		seen++
		i := strings.Index(line, "、")
		if i <= 0 || strings.Contains(line, "。") || strings.ContainsAny(line[:i], " 「」()") || utf8.RuneCountInString(line[:i]) > 25 {
			continue
		}
		name := line[:i]
		if hasAny(name, d.vocab.Words("incident")) || hasAny(name, d.vocab.Words("data_noun")) {
			continue // 個人情報流出、1万件: the headline opens with what happened
		}
		lead := d.Text[r.End:min(len(d.Text), r.End+leadBytes)]
		for _, p := range d.vocab.Words("subject_particle") {
			if strings.Contains(lead, name+p) || strings.Contains(lead, name+"(") {
				return Range{r.Start, r.Start + i}, true
			}
		}
	}
	return Range{}, false
}

// headlineLines is how many lines open a news article, its headline among
// them; leadBytes how much of the text after the headline is its lead.
const (
	headlineLines = 5
	leadBytes     = 1500
)

// newsSubject reads the subject of a news lead: the topic of one of the
// first sentences that says the incident was announced, else the body one
// of them gives as its source (サンプル総研によると), else the first name
// given with its address (「サンプル」(東京都中央区)の社員が…).
func newsSubject(d *Doc) (Range, bool) {
	for i, s := range d.Sentences {
		if i >= newsSentences {
			break
		}
		if hasAny(d.Text[s.Start:s.End], d.vocab.Words("announce")) {
			if r, ok := d.topic(s); ok {
				return r, true
			}
		}
	}
	for i, s := range d.Sentences {
		if i >= newsSentences {
			break
		}
		if r, ok := d.quotedSource(s); ok {
			return r, true
		}
	}
	for i, s := range d.Sentences {
		if i >= addressSentences {
			break
		}
		if r, ok := d.addressedName(s); ok {
			return r, true
		}
	}
	return Range{}, false
}

// addressSentences is how many sentences open a news article where a name
// with its address after it is taken for the discloser's.
const addressSentences = 3

// addressedName returns the first name in s that a parenthesis giving a
// place follows (「サンプル」(東京都中央区), サンプル(大阪市北区)).
func (d *Doc) addressedName(s Range) (Range, bool) {
	for off := s.Start; off < s.End; {
		i := strings.IndexByte(d.Text[off:s.End], '(')
		if i < 0 {
			break
		}
		open := off + i
		off = open + 1
		j := strings.IndexByte(d.Text[open:s.End], ')')
		if j < 0 {
			break
		}
		place := Range{open + 1, open + j}
		if n, ok := d.bodyEnding(place); !ok || n.kind != "prefecture" && n.kind != "municipality" {
			continue
		}
		if r, ok := d.nameEnding(Range{s.Start, open}); ok {
			return r, true
		}
	}
	return Range{}, false
}

// nameEnding returns the name that ends r: a name in 「」, or a run of
// nouns that names something.
func (d *Doc) nameEnding(r Range) (Range, bool) {
	text := d.Text[r.Start:r.End]
	if strings.HasSuffix(text, "」") {
		if i := strings.LastIndex(text, "「"); i >= 0 {
			n := Range{r.Start + i + len("「"), r.End - len("」")}
			return n, allNameRunes(d.Text[n.Start:n.End]) && utf8.RuneCountInString(d.Text[n.Start:n.End]) <= 30
		}
	}
	first := r.End
	for t, ok := d.tokenAt(r.End-1, r.End); ok && t.End() == first && nameToken(t) && t.Start() >= r.Start; t, ok = t.prev(r.Start) {
		first = t.Start()
	}
	n := Range{first, r.End}
	return n, first < r.End && d.names(n)
}

// newsSentences is how many sentences open a news article.
const newsSentences = 6

// quotedSource returns the name a sentence gives as the source of what it says
// (サンプル総研によると、…), when it names something other than the press
// (サンプル新聞によると).
func (d *Doc) quotedSource(s Range) (Range, bool) {
	text := d.Text[s.Start:s.End]
	for _, w := range d.vocab.Words("according_to") {
		i := strings.Index(text, w)
		if i <= 0 {
			continue
		}
		if r, ok := d.nameEnding(Range{s.Start, s.Start + i}); ok && !hasSuffixAny(d.Text[r.Start:r.End], d.vocab.Words("media")) {
			if n, ok := d.bodyEnding(r); ok {
				return n.Range, true
			}
			return r, true
		}
	}
	return Range{}, false
}

// openingName reads a name that opens a sentence and is its subject or
// scene (〜の, 〜は, 〜が, 〜では, 〜において), a parenthesis between
// (株式会社サンプル(本社:東京都…)は), or owns what follows (サンプル市立…,
// サンプル県公式…): with a legal form in any sentence; in the first ones
// also a body's name, a company named with its head office, or the owner
// of a shop or site (サンプル亭ネットショップ).
func openingName(d *Doc) (Range, bool) {
	v := d.vocab
	opening := 0 // the sentences of running text so far
	for _, s := range d.Sentences {
		start := s.Start + len(d.Text[s.Start:s.End]) - len(strings.TrimLeft(d.Text[s.Start:s.End], " \t"))
		for _, w := range d.vocab.Words("opening_adverb") {
			if strings.HasPrefix(d.Text[start:s.End], w+"、") {
				start += len(w + "、") // このたび、サンプル市は…
				break
			}
		}
		if i := strings.Index(d.Text[start:s.End], "、"); i > 0 && dateAdverbial(d.Text[start:start+i]) {
			start += i + len("、") // 令和6年5月1日(水)、サンプル市は…
		}
		if start == s.End {
			continue
		}
		r, ok := d.orgIn(s)
		ok = ok && r.Start == start
		particles := v.Words("subject_particle")
		if !ok && opening < openingSentences {
			if owner, ok := d.serviceOwner(Range{start, s.End}); ok {
				return owner, true
			}
			var n bodyName
			n, ok = d.bodyAt(Range{start, s.End})
			r = n.Range
			if n.kind == "police" {
				particles = v.Words("agent_particle") // 県警の指導で: the police are not the discloser
			}
			if !ok {
				r, ok = d.headOfficeName(Range{start, s.End})
			}
		}
		if strings.HasSuffix(d.Text[s.Start:s.End], "。") {
			opening++
		}
		if !ok {
			continue
		}
		rest := d.Text[r.End:s.End]
		for strings.HasPrefix(rest, "(") {
			j := strings.Index(rest, ")")
			if j < 0 {
				break
			}
			rest = rest[j+1:]
		}
		if hasPrefixAny(rest, particles) || hasPrefixAny(rest, v.Words("body_attribute")) {
			return r, true
		}
	}
	return Range{}, false
}

// dateAdverbial reports whether s is a date or a time and nothing else
// (令和6年5月1日(水)午前10時頃).
func dateAdverbial(s string) bool {
	digits := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case !strings.ContainsRune("年月日時分頃午前後令和平成()曜火水木金土 ", c):
			return false
		}
	}
	return digits
}

// openingSentences is how many sentences of running text (ending in 。) open
// a notice, where a name without a legal form is taken for the discloser's.
const openingSentences = 8

// serviceOwner returns the name that starts r when a shop or site of its
// follows (サンプル亭ネットショップ, サンプルジャパンのオンラインストア).
func (d *Doc) serviceOwner(r Range) (Range, bool) {
	v := d.vocab
	var run []tokenRef
	for t, ok := d.tokenAt(r.Start, r.End); ok && nameToken(t) && t.Start() < r.End; t, ok = t.next(r.End) {
		if len(run) == 0 && t.Start() != r.Start {
			break
		}
		run = append(run, t)
	}
	if len(run) == 0 {
		return Range{}, false
	}
	end := len(run)
	if slices.Contains(v.Words("service_word"), run[end-1].surface()) {
		end-- // サンプル亭ネット|ショップ
		for end > 0 && slices.Contains(v.Words("service_modifier"), run[end-1].surface()) {
			end--
		}
	} else if !d.ownedService(run[end-1]) {
		return Range{}, false
	}
	if end == 0 {
		return Range{}, false
	}
	owner := Range{r.Start, run[end-1].End()}
	// A name, not a description of the shop (激安インク販売の通販サイト): a
	// proper noun or a word the dictionary does not know.
	for _, t := range run[:end] {
		if t.pos(1) == "固有名詞" || t.token().class == tokenizer.UNKNOWN {
			return owner, !d.selfWord(d.Text[owner.Start:owner.End])
		}
	}
	return Range{}, false
}

// ownedService reports whether "の" and a shop or site follow t
// (…のオンラインストア, …の通販サイト).
func (d *Doc) ownedService(t tokenRef) bool {
	v := d.vocab
	n, ok := t.next(t.End() + 64)
	if !ok || n.Start() != t.End() || n.surface() != "の" {
		return false
	}
	for n, ok = n.next(n.End() + 64); ok && slices.Contains(v.Words("service_modifier"), n.surface()); n, ok = n.next(n.End() + 64) {
	}
	return ok && slices.Contains(v.Words("service_word"), n.surface())
}

// headOfficeName returns the run of nouns that starts r when a parenthesis
// giving a head office follows it (サンプル証券(本社:東京都…)).
func (d *Doc) headOfficeName(r Range) (Range, bool) {
	end := r.Start
	for t, ok := d.tokenAt(r.Start, r.End); ok && nameToken(t); t, ok = t.next(r.End) {
		end = t.End()
	}
	if end == r.Start || !hasPrefixAny(d.Text[end:r.End], d.vocab.Words("head_office")) {
		return Range{}, false
	}
	return Range{r.Start, end}, true
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

// topic returns the noun phrase marked by the first は of sentence s
// (マネースクウェア・ジャパンは7月17日、…), without a parenthesis after it
// (サンプル(東京都港区)は), when it names something: not 同社 or the like,
// not a common noun (企業は) unless a date follows as in a news lead.
func (d *Doc) topic(s Range) (Range, bool) {
	for t, ok := d.tokenAt(s.Start, s.End); ok; t, ok = t.next(s.End) {
		if t.surface() != "は" || t.pos(0) != "助詞" {
			continue
		}
		first := t
		line := d.Lines[d.LineAt(t.Start())]
		bound := max(s.Start, line.Start)
		for p, ok := first.prev(bound); ok && p.Start() >= bound && (p.pos(0) == "名詞" || p.surface() == "・"); p, ok = p.prev(bound) {
			first = p
		}
		if first == t {
			return Range{}, false
		}
		r := Range{first.Start(), t.Start()}
		phrase := d.Text[r.Start:r.End]
		if strings.HasSuffix(phrase, ")") {
			if i := strings.Index(phrase, "("); i > 0 {
				r.End = r.Start + i
				phrase = phrase[:i]
			}
		}
		if p, ok := first.prev(bound); ok && p.End() == first.Start() && slices.Contains(d.vocab.Words("name_part_pos"), p.pos(0)) {
			return Range{}, false // the phrase is the end of a longer name (健康いきいき|倶楽部)
		}
		if n, ok := d.bodyEnding(r); ok {
			r = n.Range // 新潟県上越市: 上越市
		} else if n, ok := d.orgIn(r); !ok || n != r {
			r.Start = d.nameStart(r)
		}
		phrase = d.Text[r.Start:r.End]
		last, _ := utf8.DecodeLastRuneInString(phrase)
		if utf8.RuneCountInString(phrase) < 2 || hasAny(phrase, d.vocab.Words("self")) || strings.HasPrefix(phrase, "・") ||
			strings.ContainsAny(phrase, "0123456789()") || hasSuffixAny(phrase, d.vocab.Words("person_suffix")) || strings.ContainsRune("年月日時", last) || !d.names(r) && !datedLead(t) {
			return Range{}, false
		}
		return r, true
	}
	return Range{}, false
}

// nameStart returns where the name in the noun phrase r starts: after the
// last word in it that says what kind of business it is (大手|家電|量販|店|
// サンプル: サンプル), when a word follows.
func (d *Doc) nameStart(r Range) int {
	start := r.Start
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if slices.Contains(d.vocab.Words("descriptor"), t.surface()) && t.End() < r.End {
			start = t.End()
		}
	}
	return start
}

// datedLead reports whether the topic marker t is followed by a date, as in
// a news lead (サンプルは12月9日、…).
func datedLead(t tokenRef) bool {
	n, ok := t.next(t.End() + 1)
	return ok && n.pos(1) == "数"
}

// names reports whether the noun phrase r names something: it holds a
// proper noun, katakana or Latin letters, or is a body's name.
func (d *Doc) names(r Range) bool {
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if t.pos(1) == "固有名詞" && t.pos(2) != "人名" {
			return true
		}
		for _, c := range t.surface() {
			if unicode.Is(unicode.Katakana, c) && c != '・' && c != 'ー' || isLatinRune(c) {
				return true
			}
		}
	}
	if n, ok := d.orgIn(r); ok && n == r {
		return true
	}
	_, ok := d.bodyAt(r)
	return ok
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
