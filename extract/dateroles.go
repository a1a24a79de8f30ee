package extract

import (
	"regexp"
	"strings"
)

// DateReading is what a notice's dates say.
type DateReading struct {
	Mentions   []DateMention // every date, in text order
	Published  *DateMention  // the notice's own date
	Exposure   *Exposure     // the window in which data may have leaked
	Discovered *DateMention  // the first sign of the incident
	Timeline   []Event       // the notice's chronology
	Warnings   []string
}

var (
	rangeSepRe   = regexp.MustCompile(`^` + sp + `(?:~|-|から|より)` + sp + `$`)
	sinceRe      = regexp.MustCompile(`^` + sp + `(?:以降|以後)`)
	listMarkerRe = regexp.MustCompile(`^(?:[■□●◆◇・*\-]|\(?\d{1,2}[.)]|\(\d{1,2}\)|[A-Za-z]\d*[.)]?)?` + sp + `$`)
	timeLineRe   = regexp.MustCompile(`^` + sp + `(\d{1,2}):(\d{2})` + sp + `~?` + sp + `$`)
)

// ReadDates finds every date of d and the roles some of them play.
func ReadDates(d *Doc) DateReading {
	s := scanDates(d)
	r := DateReading{Mentions: s.mentions, Warnings: s.warnings}
	if pub := s.published(d); pub != nil {
		r.Published = &s.mentions[s.byCand[pub]]
	}
	r.Exposure = s.exposure(d)
	if disc := s.discovered(d, r.Published); disc != nil {
		r.Discovered = &s.mentions[s.byCand[disc]]
	}
	r.Timeline = s.timeline(d, r.Published)
	return r
}

// published picks the dateline: a date alone on a line beside the addressee
// (お客様各位), the organization or its representative; else a headline that
// ends with a date; else a date alone on a line near the top; else, in a news
// article, the date of the sentence that says the organization announced it.
func (s *dateScan) published(d *Doc) *dateCand {
	var best *dateCand
	bestScore := 0
	for i, c := range s.cands {
		if !c.valid {
			continue
		}
		score := 0
		li := d.LineAt(c.at.Start)
		switch {
		case c.kind == full && dateLine(d, c) && besideSignature(d, li):
			score = 4
		case c.kind == full && headlineDate(d, c):
			score = 3
		case c.kind == full && dateLine(d, c) && !nonEmptyLinesBefore(d, li, 8):
			score = 2
		case i < 6 && s.announcedOn(d, c):
			score = 1
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// besideSignature reports whether a line within three of line li is the
// addressee, an organization's name or a representative's title.
func besideSignature(d *Doc, li int) bool {
	v := d.vocab
	for j := max(0, li-3); j <= min(len(d.Lines)-1, li+3); j++ {
		if j == li {
			continue
		}
		l := d.Line(j)
		if hasAny(l, v.Words("addressee")) || orgLine(d, l) != "" || representativeLine(d, l) {
			return true
		}
	}
	return false
}

// headlineDate reports whether c ends a headline line (…のお知らせ 2023年1月10日).
func headlineDate(d *Doc, c *dateCand) bool {
	l := d.Lines[d.LineAt(c.at.Start)]
	if strings.TrimSpace(d.Text[c.ext.End:l.End]) != "" {
		return false
	}
	head := d.Text[l.Start:c.at.Start]
	return strings.TrimSpace(head) != "" && !strings.Contains(head, "。") && hasAny(head, d.vocab.Words("notice_word"))
}

// announcedOn reports whether c is the first date of a sentence that says
// the organization announced the incident (…は3月12日, …と発表した).
func (s *dateScan) announcedOn(d *Doc, c *dateCand) bool {
	sent := d.SentenceAt(c.at.Start)
	if !hasAny(d.Text[sent.Start:sent.End], d.vocab.Words("announce")) {
		return false
	}
	for _, o := range s.cands {
		if o.at.Start >= sent.Start && o.at.Start < c.at.Start {
			return false
		}
	}
	// …は3月12日、 (a news lead), or a sentence that opens with 7月18日に.
	before := strings.TrimSpace(d.Text[sent.Start:c.at.Start])
	return strings.HasSuffix(before, "は") || before == "" && strings.HasPrefix(d.Text[c.ext.End:], "に")
}

// nonEmptyLinesBefore reports whether at least n non-empty lines come
// before line li.
func nonEmptyLinesBefore(d *Doc, li, n int) bool {
	for j := 0; j < li && n > 0; j++ {
		if d.Line(j) != "" {
			n--
		}
	}
	return n == 0
}

// exposure reads the window from date ranges whose surroundings speak of
// the period of the leak or of the affected customers' use (対象期間,
// …の間にご利用されたお客様), joining several into the outer window. A date
// followed by 以降 in a sentence about the leak opens a window with no end.
func (s *dateScan) exposure(d *Doc) *Exposure {
	v := d.vocab
	var exp *Exposure
	var spanStart, spanEnd int
	widen := func(a, b *dateCand) {
		if exp == nil {
			exp = &Exposure{}
			spanStart, spanEnd = a.at.Start, a.ext.End
		}
		if a.valid {
			t := &DateTime{a.value, a.time}
			if exp.Start == nil || t.Date.Before(exp.Start.Date) || t.Date == exp.Start.Date && exp.Start.Time == "" {
				exp.Start = t
				spanStart = a.at.Start
			}
		}
		if b != nil && b.valid {
			t := &DateTime{b.value, b.time}
			if exp.End == nil || exp.End.Date.Before(t.Date) || t.Date == exp.End.Date && exp.End.Time == "" {
				exp.End = t
				spanEnd = b.ext.End
			}
		}
		if b != nil {
			spanEnd = max(spanEnd, b.ext.End)
		}
	}
	for i := 0; i+1 < len(s.cands); i++ {
		a, b := s.cands[i], s.cands[i+1]
		if !rangeSepRe.MatchString(d.Text[a.ext.End:b.at.Start]) || !a.valid && !b.valid {
			continue
		}
		sent := d.around(a.at.Start, b.ext.End)
		ctx := d.Text[sent.Start:sent.End]
		if leadsLine(d, a) {
			ctx = d.previousLine(d.LineAt(a.at.Start)) + ctx
		}
		if hasAny(ctx, v.Words("exposure")) && !hasAny(d.Text[sent.Start:sent.End], v.Words("not_exposure")) {
			widen(a, b)
		}
	}
	if exp == nil {
		for _, c := range s.cands {
			if !c.valid || !sinceRe.MatchString(d.Text[c.ext.End:]) {
				continue
			}
			sent := d.around(c.at.Start, c.ext.End)
			if hasAny(d.Text[sent.Start:sent.End], v.Words("leak")) {
				widen(c, nil)
				break
			}
		}
	}
	if exp != nil {
		if exp.Start == nil && exp.End == nil {
			return nil
		}
		exp.Span = d.Span(spanStart, spanEnd)
	}
	return exp
}

// maxPassage bounds the text after a date that discovery cues are looked for in.
const maxPassage = 1500

// untilRe marks a date that bounds a period (…までに), not an event.
var untilRe = regexp.MustCompile(`^` + sp + `(?:まで|以前|以降)`)

// discovered picks the earliest date whose passage tells a first sign: a
// call or report received, a detection, a finding (連絡を受け, 検知, 発覚,
// 判明). Passages that report results or announcements do not count, nor
// do dates that bound a period. A date that heads its line owns its
// chronology entry (up to the next date or paragraph); any other date owns
// the rest of its sentence.
func (s *dateScan) discovered(d *Doc, published *DateMention) *dateCand {
	v := d.vocab
	var best *dateCand
	for i, c := range s.cands {
		if !c.valid || published != nil && published.at == c.ext || untilRe.MatchString(d.Text[c.ext.End:]) || s.inRange(d, i) {
			continue
		}
		end := d.SentenceAt(c.at.Start).End
		if leadsLine(d, c) {
			end = d.entryEnd(d.LineAt(c.at.Start), c.ext.End+maxPassage)
		}
		if i+1 < len(s.cands) {
			end = min(end, s.cands[i+1].at.Start)
		}
		end = min(end, len(d.Text))
		passage := d.Text[c.ext.End:max(end, c.ext.End)]
		if !hasAny(passage, v.Words("discovery")) || hasAny(passage, v.Words("not_discovery")) {
			continue
		}
		if best == nil || c.value.Before(best.value) {
			best = c
		}
	}
	return best
}

// inRange reports whether candidate i is an end of a date range (…~…): a
// bound of a period, not an event.
func (s *dateScan) inRange(d *Doc, i int) bool {
	c := s.cands[i]
	return i > 0 && rangeSepRe.MatchString(d.Text[s.cands[i-1].ext.End:c.at.Start]) ||
		i+1 < len(s.cands) && rangeSepRe.MatchString(d.Text[c.ext.End:s.cands[i+1].at.Start])
}

// entryEnd returns where the chronology entry headed by line li ends: at a
// blank line after its text, at the next list item, or at limit.
func (d *Doc) entryEnd(li, limit int) int {
	seenText := false
	for j := li + 1; j < len(d.Lines); j++ {
		l := d.Lines[j]
		if l.Start >= limit {
			return limit
		}
		line := d.Line(j)
		switch {
		case line == "" && seenText, headingNumber(line):
			return l.Start
		case line != "":
			seenText = true
		}
	}
	return limit
}

// previousLine returns the nearest non-empty line before line li.
func (d *Doc) previousLine(li int) string {
	for j := li - 1; j >= 0; j-- {
		if l := d.Line(j); l != "" {
			return l
		}
	}
	return ""
}

// leadsLine reports whether c starts its line, after a list marker at most.
func leadsLine(d *Doc, c *dateCand) bool {
	l := d.Lines[d.LineAt(c.at.Start)]
	return listMarkerRe.MatchString(d.Text[l.Start:c.at.Start])
}

// maxEntryGap is how many lines may part two entries of one chronology.
const maxEntryGap = 15

// timeline reads the chronology: each date that heads its line is an event,
// told by the rest of its sentence or by the next line; a line holding only
// a time under such a date is an event of that date too. Entries count only
// in runs of two or more, so a dated remark alone is no chronology; the
// dateline is no event.
func (s *dateScan) timeline(d *Doc, published *DateMention) []Event {
	type entry struct {
		line  int
		event Event
	}
	var entries []entry
	for i, c := range s.cands {
		if !c.valid || !leadsLine(d, c) || published != nil && published.at == c.ext {
			continue
		}
		li := d.LineAt(c.at.Start)
		stop := len(d.Lines)
		if i+1 < len(s.cands) {
			stop = d.LineAt(s.cands[i+1].at.Start)
		}
		if text, tr := eventText(d, c.at.Start, c.ext.End, li); text != "" {
			entries = append(entries, entry{li, Event{Date: c.value, Time: c.time, Text: text, Span: d.Span(tr.Start, tr.End)}})
		}
		for j := li + 1; j < stop; j++ {
			l := d.Lines[j]
			m := timeLineRe.FindStringSubmatch(d.Text[l.Start:l.End])
			if m == nil {
				continue
			}
			if t, tr := eventText(d, l.Start, l.End, j); t != "" {
				entries = append(entries, entry{j, Event{Date: c.value, Time: twoDigits(m[1]) + ":" + m[2], Text: t, Span: d.Span(tr.Start, tr.End)}})
			}
		}
	}
	var events []Event
	for i, e := range entries {
		near := i > 0 && e.line-entries[i-1].line <= maxEntryGap ||
			i+1 < len(entries) && entries[i+1].line-e.line <= maxEntryGap
		if near {
			events = append(events, e.event)
		}
	}
	return events
}

// maxEventRunes bounds an event's text.
const maxEventRunes = 120

// eventText returns the event told after a date that ends at offset from on
// line li and starts at head, with its range: the rest of the date's
// sentence, or the first sentence of the next non-empty line when li has
// nothing more. The text is the input as written at the range (line breaks
// of a hard-wrapped sentence included), so that input[span] == text. An
// event starts where a clause does: after the space, comma or に that parts
// it from its date, or else at the date itself, which is then part of the
// sentence's first phrase (7月5日の夕方、…, 3月10日発表の…): never
// mid-phrase at the particle or noun that follows the date.
func eventText(d *Doc, head, from, li int) (string, Range) {
	r := Range{from, d.SentenceAt(from).End}
	if strings.TrimSpace(d.Text[from:d.Lines[li].End]) == "" {
		r = Range{}
		for j := li + 1; j < len(d.Lines) && j <= li+3; j++ {
			l := d.Lines[j]
			if t := strings.TrimSpace(d.Text[l.Start:l.End]); t != "" {
				if timeLineRe.MatchString(t) {
					return "", Range{}
				}
				r = Range{l.Start, d.SentenceAt(l.Start).End}
				break
			}
		}
		if r.End == 0 {
			return "", Range{}
		}
	}
	for r.Start < r.End && (d.Text[r.Start] == ' ' || d.Text[r.Start] == '\t') {
		r.Start++
	}
	for _, lead := range []string{"、", "に、", "に"} {
		if strings.HasPrefix(d.Text[r.Start:r.End], lead) {
			r.Start += len(lead)
			break
		}
	}
	if r.Start == from {
		r.Start = head // nothing parts the date from its sentence
	}
	n := 0
	for i := range d.Text[r.Start:r.End] {
		if n == maxEventRunes {
			r.End = r.Start + i
			break
		}
		n++
	}
	for r.End > r.Start && strings.ContainsRune(" \t\n", rune(d.Text[r.End-1])) {
		r.End--
	}
	r.Start, r.End = d.Whole(r.Start, r.End)
	return d.Original(r.Start, r.End), r
}

func twoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
