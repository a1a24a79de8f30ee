package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPassage bounds the text after a date that discovery cues are looked for in.
const maxPassage = 1500

// untilRe marks a date that bounds a period (…までに), not an event.
var untilRe = regexp.MustCompile(`^` + sp + `(?:まで|以前|以降)`)

// periodRe marks a date that a stretch of time follows (6月23日の約10時間
// にわたり, 3日から, 5日の間): a period, not the day of one event.
var periodRe = regexp.MustCompile(`^` + sp + `(?:[^、。\n]{0,16}(?:にわたり|にわたって|にかけて|の間)|(?:頃|ごろ)?から)`)

// discovered picks the earliest date whose passage tells a first sign: a
// call or report received, a detection, a finding (連絡を受け, 検知, 発覚,
// 判明). Passages that report results or announcements before any such
// word do not count, nor do dates that bound a period, nor the date a news
// lead says the organization announced it on.
func (s *dateScan) discovered(d *Doc, published *DateMention) *dateCand {
	var best *dateCand
	for i, c := range s.cands {
		if s.firstSigns(d, i) {
			// 3月9日から4月23日にかけ、会員から問い合わせがあった: the
			// first of the calls is the first sign.
			if best == nil || c.value.Before(best.value) {
				best = c
			}
			continue
		}
		if !c.valid || published != nil && published.at == c.ext || untilRe.MatchString(d.Text[c.ext.End:]) || s.inRange(d, i) || periodRe.MatchString(d.Text[c.ext.End:]) {
			continue
		}
		// …は3月12日、…と発表した dates the announcement; …は3月6日に判明した
		// dates the finding.
		if s.announcedOn(d, i) && !strings.HasPrefix(d.Text[c.ext.End:], "に") || s.passageCue(d, i) != cueDiscovery {
			continue
		}
		if best == nil || c.value.Before(best.value) {
			best = c
		}
	}
	return best
}

// firstSigns reports whether candidate i opens a range (…から…にかけ) whose
// passage tells first signs received over it, with no word of a window of
// use or exposure before the sign.
func (s *dateScan) firstSigns(d *Doc, i int) bool {
	if i+1 >= len(s.cands) || !s.cands[i].valid || !rangeSepRe.MatchString(d.Text[s.cands[i].ext.End:s.cands[i+1].at.Start]) {
		return false
	}
	end := s.cands[i+1].ext.End
	passage := d.Text[end:s.passageEnd(d, i+1)]
	if !strings.HasPrefix(passage, "にかけ") || s.passageCue(d, i+1) != cueDiscovery {
		return false
	}
	return !hasAny(passage[:firstCue(d, passage)], d.vocab.Words("exposure"))
}

// passageCue says what the passage a date owns tells first.
type passageCue int

const (
	cueNone      passageCue = iota
	cueDiscovery            // a first sign (連絡を受け, 判明)
	cueOther                // a result or an announcement (調査結果, 公表)
)

// passageCue reads the passage of candidate i: a date that heads its line
// owns its chronology entry (up to the next date or paragraph); any other
// date the rest of its sentence, up to the next date, or on to the end of
// the sentence when nothing but nouns and particles come before that date
// (12月7日には利用者から、同年12月8日にはカード会社から報告を受け).
func (s *dateScan) passageCue(d *Doc, i int) passageCue {
	v := d.vocab
	passage := withoutAsides(d.Text[s.cands[i].ext.End:s.passageEnd(d, i)])
	at := firstCue(d, passage)
	// A relative clause's verb (公表した資料) is no predicate of the passage.
	if j := firstWord(passage, v.Words("not_discovery"), modifiesNoun); j >= 0 && (at < 0 || j < at) {
		return cueOther
	}
	if at >= 0 {
		return cueDiscovery
	}
	return cueNone
}

// withoutAsides returns text with what parentheses hold blanked out, byte
// for byte: an aside ((令和3年7月公表)) tells no event of the passage.
func withoutAsides(text string) string {
	if !strings.Contains(text, "(") {
		return text
	}
	b := []byte(text)
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		default:
			if depth > 0 {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// firstWord returns the offset in text of the first of words that skip
// does not reject by what follows it, or -1.
func firstWord(text string, words []string, skip func(rest string) bool) int {
	at := -1
	for _, w := range words {
		for from := 0; ; {
			j := strings.Index(text[from:], w)
			if j < 0 || at >= 0 && j+from > at {
				break
			}
			j += from
			if !skip(text[j+len(w):]) {
				at = j
				break
			}
			from = j + len(w)
		}
	}
	return at
}

// modifiesNoun reports whether a verbal noun's ending leads to a noun it
// modifies (…した資料, …された本学関連資料).
func modifiesNoun(rest string) bool {
	for _, end := range []string{"した", "された"} {
		if strings.HasPrefix(rest, end) {
			r, _ := utf8.DecodeRuneInString(rest[len(end):])
			return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r)
		}
	}
	return false
}

// firstCue returns the offset in text of its first discovery word that is
// not part of a noun (本人確認書類), or -1.
func firstCue(d *Doc, text string) int {
	compound := d.vocab.Words("cue_compound")
	return firstWord(text, d.vocab.Words("discovery"), func(rest string) bool { return hasPrefixAny(rest, compound) })
}

// passageEnd returns where the passage candidate i owns ends (see
// passageCue).
func (s *dateScan) passageEnd(d *Doc, i int) int {
	c := s.cands[i]
	sentEnd := d.SentenceAt(c.at.Start).End
	end := sentEnd
	if leadsLine(d, c) {
		end = d.entryEnd(d.LineAt(c.at.Start), c.ext.End+maxPassage)
	}
	if i+1 < len(s.cands) && s.cands[i+1].at.Start < end {
		next := s.cands[i+1].at.Start
		coordinated := strings.HasSuffix(strings.TrimSpace(d.Text[c.ext.End:max(next, c.ext.End)]), "、") && !hasVerb(d, Range{c.ext.End, next})
		if !coordinated {
			end = next
		}
		end = min(end, c.ext.End+maxPassage)
	}
	return max(min(end, len(d.Text)), c.ext.End)
}

// hasVerb reports whether r holds a verb. Only text that holds more than
// spaces and commas is tokenized for it.
func hasVerb(d *Doc, r Range) bool {
	if strings.Trim(d.Text[r.Start:r.End], " \t、,") == "" {
		return false
	}
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if t.Start() >= r.Start && t.pos(0) == "動詞" {
			return true
		}
	}
	return false
}

// inRange reports whether candidate i is an end of a date range (…~…): a
// bound of a period, not an event.
func (s *dateScan) inRange(d *Doc, i int) bool {
	c := s.cands[i]
	return i > 0 && rangeSepRe.MatchString(d.Text[s.cands[i-1].ext.End:c.at.Start]) ||
		i+1 < len(s.cands) && rangeSepRe.MatchString(d.Text[c.ext.End:s.cands[i+1].at.Start])
}
