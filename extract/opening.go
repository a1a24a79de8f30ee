package extract

// The opening sentences of a notice often name the discloser as their
// subject or scene (サンプル市は…, 株式会社サンプル(本社:…)は…, サンプル
// 亭ネットショップへの…).

import (
	"slices"
	"strings"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

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
			if ok && slices.Contains(v.Words("agent_kind"), n.kind) {
				particles = v.Words("agent_particle") // 県警の指導で, 大阪府の店舗で: not the discloser
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
	// A name, not a description of the shop (激安インク販売の通販サイト); a
	// shop may bear a person's name (サンプル亭).
	owner := Range{r.Start, run[end-1].End()}
	return owner, d.properOrUnknown(owner, true) && !d.selfWord(d.Text[owner.Start:owner.End])
}

// properOrUnknown reports whether r holds a proper noun (a person's name
// only when persons) or a word the dictionary does not know: a name rather
// than words of the language (サーバー|機器, 激安|インク|販売).
func (d *Doc) properOrUnknown(r Range, persons bool) bool {
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if t.pos(1) == "固有名詞" && (persons || t.pos(2) != "人名") || t.token().class == tokenizer.UNKNOWN {
			return true
		}
	}
	return false
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
