package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// followingSentences is how many sentences after a DoS attack are read for
// the statement that nothing leaked.
const followingSentences = 3

// CauseReading is how a notice says the incident happened.
type CauseReading struct {
	Causes   []string          // cause ids, in text order
	Evidence map[string][]Span // "causes.vulnerability" → where it was read
}

// ReadCauses finds the causes a notice names, from the wordings of
// dict/causes.tsv. A wording in a question, in advice (ご注意ください), or
// denied (不正アクセスは確認されておりません) is not a cause; a contractor is a
// cause only in a sentence about the breach; a DoS attack is not a cause of
// a leak when the text goes on to say nothing leaked. Causes that are
// intrusions by definition (skimming, SQL injection) imply
// unauthorized_access. When nothing is named
// and the text says the cause is being investigated, the cause is unknown.
func ReadCauses(d *Doc) CauseReading {
	v := d.vocab
	r := CauseReading{Evidence: map[string][]Span{}}
	type hit struct {
		cause string
		at    Range
	}
	var hits []hit
	// Each wording is searched for only near its anchors, found for all
	// wordings in one pass.
	near := make([][]Range, len(v.Causes))
	v.FindCauseAnchors(d.Text, func(at, length, rule int) {
		reach := v.Causes[rule].Reach
		near[rule] = append(near[rule], Range{at - reach, at + length + reach})
	})
	for i, rule := range v.Causes {
		var found [][]int
		if rule.Anchors != nil {
			found = findNear(rule.Match, d.Text, near[i])
		} else {
			found = rule.Match.FindAllStringIndex(d.Text, -1)
		}
		for _, m := range found {
			if rule.Unless != nil && rule.Unless.MatchString(d.Text[m[0]:]) || d.inQuotedTitle(m[0]) ||
				hasPrefixAny(d.Text[m[1]:], v.Words("definition")) || d.inGlossaryNote(m[0]) {
				continue // 不正アクセスとは、…: what the word means, not what happened
			}
			si := d.sentenceIndex(m[0])
			sent := d.around(m[0], m[1])
			text := d.Text[sent.Start:sent.End]
			if isQuestion(text) || hasAny(text, v.Words("advice")) || d.negated(m[1], d.clauseEnd(m[1], sent.End)) == negative {
				continue
			}
			if rule.Cause == "vendor_breach" && !hasAny(strings.Replace(text, d.Text[m[0]:m[1]], "", 1), v.Words("incident")) {
				continue
			}
			if rule.Cause == "dos" && d.deniesLeak(si) {
				continue
			}
			hits = append(hits, hit{rule.Cause, Range{m[0], m[1]}})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at.Start < hits[j].at.Start })
	for _, h := range hits {
		k := "causes." + h.cause
		r.Evidence[k] = append(r.Evidence[k], d.Span(h.at.Start, h.at.End))
		if !contains(r.Causes, h.cause) {
			r.Causes = append(r.Causes, h.cause)
		}
	}
	for _, h := range hits {
		if contains(v.Words("intrusion"), h.cause) && !contains(r.Causes, "unauthorized_access") {
			r.Causes = append([]string{"unauthorized_access"}, r.Causes...)
			r.Evidence["causes.unauthorized_access"] = []Span{d.Span(h.at.Start, h.at.End)}
		}
	}
	if len(r.Causes) == 0 {
		for _, s := range d.Sentences {
			text := d.Text[s.Start:s.End]
			if strings.Contains(text, "原因") && hasAny(text, v.Words("cause_pending")) {
				r.Causes = []string{"unknown"}
				r.Evidence["causes.unknown"] = []Span{d.Span(s.Start, s.End)}
				break
			}
		}
	}
	return r
}

// inGlossaryNote reports whether offset off is in a note that explains a
// term (※フォレンジック調査:不正アクセスやランサムウェアの…).
func (d *Doc) inGlossaryNote(off int) bool {
	line := d.Lines[d.LineAt(off)]
	text := d.Text[line.Start:off]
	if !strings.HasPrefix(strings.TrimLeft(text, " "), "※") {
		return false
	}
	colon := strings.IndexAny(text, ":")
	return colon >= 0 && utf8.RuneCountInString(text[:colon]) <= maxTermRunes
}

// maxTermRunes bounds the term a glossary note explains.
const maxTermRunes = 20

// sentenceIndex returns the index of the sentence holding offset off.
func (d *Doc) sentenceIndex(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	return min(i, len(d.Sentences)-1)
}

// deniesLeak reports whether sentence si or one of the few after it says
// that no data leaked (個人情報流出…問題はないとのこと).
func (d *Doc) deniesLeak(si int) bool {
	v := d.vocab
	for i := si; i < len(d.Sentences) && i <= si+followingSentences; i++ {
		s := d.Sentences[i]
		text := d.Text[s.Start:s.End]
		if hasAny(text, v.Words("leak")) && hasAny(text, v.Words("denial")) {
			return true
		}
	}
	return false
}

// inQuotedTitle reports whether offset off is inside 『…』, or inside 「…」
// holding a notice word: the title of another document, not a statement.
func (d *Doc) inQuotedTitle(off int) bool {
	line := d.Lines[d.LineAt(off)]
	line = Range{max(line.Start, off-contextBytes), min(line.End, off+contextBytes)}
	for !utf8.RuneStart(d.Text[line.Start]) {
		line.Start++
	}
	for line.End < len(d.Text) && !utf8.RuneStart(d.Text[line.End]) {
		line.End--
	}
	before := d.Text[line.Start:off]
	for _, q := range [][2]string{{"『", "』"}, {"「", "」"}} {
		open := strings.LastIndex(before, q[0])
		if open < 0 || strings.LastIndex(before, q[1]) > open {
			continue
		}
		close := strings.Index(d.Text[off:line.End], q[1])
		if close < 0 {
			continue
		}
		if q[0] == "『" || hasAny(d.Text[line.Start+open:off+close], d.vocab.Words("notice_word")) {
			return true
		}
	}
	return false
}
