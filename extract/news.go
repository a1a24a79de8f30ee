package extract

// A news article names the discloser in its lead rather than in a
// signature: as the topic of a sentence that says it announced the incident
// (サンプルは5日、…と発表した), in a headline the lead repeats (サンプル、
// 顧客情報流出), as the source it quotes (サンプルによると), or with its
// address in parentheses (サンプル(東京都港区)).

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
// given with its address (「サンプル」(東京都中央区)の社員が…) or said to have
// suffered the incident (サンプルがサイバー攻撃を受け…).
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
		if r, ok := d.incidentSubject(s); ok {
			return r, true
		}
	}
	return Range{}, false
}

// attackerReach is how far before a name a word that makes it an attacker's
// stands, in bytes (ランサムウェアグループ「: 31).
const attackerReach = 36

// incidentSubject returns the name marked by が as the subject of what
// happened in s (サンプル(SMP)がサイバー攻撃を受け、…).
func (d *Doc) incidentSubject(s Range) (Range, bool) {
	for t, ok := d.tokenAt(s.Start, s.End); ok; t, ok = t.next(s.End) {
		if t.surface() != "が" || t.pos(1) != "格助詞" {
			continue
		}
		clause := d.Text[t.End():s.End]
		if i := strings.IndexAny(clause, "、。"); i >= 0 {
			clause = clause[:i]
		}
		if !hasAny(clause, d.vocab.Words("incident")) {
			continue
		}
		end := t.Start()
		if text := d.Text[s.Start:end]; strings.HasSuffix(text, ")") {
			if i := strings.LastIndex(text, "("); i > 0 {
				end = s.Start + i // サンプル(SMP)が: without the short name
			}
		}
		r, ok := d.nameEnding(Range{s.Start, end})
		if !ok || !d.properOrUnknown(r, false) || hasAny(d.Text[r.Start:r.End], d.vocab.Words("data_noun")) ||
			hasAny(d.Text[r.Start:r.End], d.vocab.Words("self")) || hasSuffixAny(d.Text[r.Start:r.End], d.vocab.Words("person_suffix")) {
			continue // not サーバー機器, カード情報, 同社 or 山田社長
		}
		if hasAny(d.Text[max(s.Start, r.Start-attackerReach):r.Start], d.vocab.Words("attacker")) {
			continue // ハッカー集団「サンプル」が: the attacker
		}
		return r, true
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

// topic returns the noun phrase marked by the first は of sentence s
// (マネースクウェア・ジャパンは7月17日、…), without a parenthesis after it
// (サンプル(東京都港区)は), or the name in brackets before it (「サンプル」は),
// when it names something: not 同社 or the like, not a common noun (企業は)
// unless a date follows as in a news lead.
func (d *Doc) topic(s Range) (Range, bool) {
	for t, ok := d.tokenAt(s.Start, s.End); ok; t, ok = t.next(s.End) {
		if t.surface() != "は" || t.pos(0) != "助詞" {
			continue
		}
		first := t
		line := d.Lines[d.LineAt(t.Start())]
		bound := max(s.Start, line.Start)
		for p, ok := first.prev(bound); ok && p.Start() >= bound && (p.pos(0) == "名詞" || p.surface() == "・" || d.latinSpace(p)); p, ok = p.prev(bound) {
			first = p
		}
		if first == t {
			// 「サンプル」は…: the name in the brackets.
			n, ok := d.nameEnding(Range{bound, t.Start()})
			return n, ok && strings.HasSuffix(d.Text[bound:t.Start()], "」")
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

// latinSpace reports whether t is a space between Latin words (Sample
// Games Inc).
func (d *Doc) latinSpace(t tokenRef) bool {
	return strings.TrimSpace(t.surface()) == "" && t.Start() > 0 && t.End() < len(d.Text) &&
		latinAround(d.Text, t.Start(), t.End()-t.Start())
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
	if d.properOrUnknown(r, false) {
		return true
	}
	if n, ok := d.orgIn(r); ok && n == r {
		return true
	}
	_, ok := d.bodyAt(r)
	return ok
}
