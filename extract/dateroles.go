package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
	rangeSepRe   = regexp.MustCompile(`^` + sp + `(?:(?:頃|ごろ)` + sp + `)?(?:~|-|から|より)` + sp + `$`)
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

// leadsLine reports whether c starts its line, after a list marker or an
// opening bracket at most ([2025年10月27日]).
func leadsLine(d *Doc, c *dateCand) bool {
	l := d.Lines[d.LineAt(c.at.Start)]
	before := d.Text[l.Start:c.at.Start]
	return listMarkerRe.MatchString(before) || hasSuffixAny(strings.TrimSpace(before), []string{"[", "【", "〔", "<"}) && utf8.RuneCountInString(strings.TrimSpace(before)) == 1
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
