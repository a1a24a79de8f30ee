package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// exposure reads the window from date ranges whose surroundings speak of
// the period of the leak or of the affected customers' use (対象期間,
// …の間にご利用されたお客様), joining several into the outer window. A date
// followed by 以降 in a sentence about the leak opens a window with no end.
// Without either, a page left open from a day (…に公開されたままとなって
// おり) or for some hours of it (…の約10時間にわたり閲覧できる状態), the
// hours of an intrusion on a day, the day of an attack or a theft, or a
// page put up by mistake until the day it was taken down. (A mail mis-sent
// on one day is no window: careful readers leave it out more often than
// not.)
func (s *dateScan) exposure(d *Doc) *Exposure {
	v := d.vocab
	var exp *Exposure
	var spanStart, spanEnd int
	widen := func(a, b *dateCand) {
		if exp == nil {
			exp = &Exposure{}
			first := a
			if first == nil {
				first = b
			}
			spanStart, spanEnd = first.at.Start, first.ext.End
		}
		if a != nil && a.valid {
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
	// A range followed by an intrusion or a page open to all (…の間、不正
	// アクセスがあった) is the window itself; others (…の間に購入された)
	// count only when no such range is told.
	type window struct {
		a, b *dateCand
		sent int  // where its sentence starts
		own  bool // its own clause names the period (…までの間に)
	}
	var ranges, attacked []window
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
		if !hasAny(ctx, v.Words("exposure")) || hasAny(d.Text[sent.Start:sent.End], v.Words("not_exposure")) {
			continue
		}
		tail := firstRunes(d.Text[b.ext.End:], 20)
		if j := strings.IndexAny(tail, "、。\n"); j >= 0 {
			tail = tail[:j]
		}
		w := window{a, b, d.SentenceAt(a.at.Start).Start, hasAny(tail, v.Words("exposure"))}
		ranges = append(ranges, w)
		if hasAny(d.Text[b.ext.End:s.passageEnd(d, i+1)], v.Words("exposure_attack")) {
			attacked = append(attacked, w)
		}
	}
	if len(attacked) > 0 {
		ranges = attacked
	}
	// Of two ranges in one sentence, the one whose own clause names the
	// period (3月18日から7月27日までの間に、8月1日から12月31日までに出発
	// する…) is the window.
	kept := ranges[:0]
	for i, w := range ranges {
		rival := i > 0 && ranges[i-1].sent == w.sent && ranges[i-1].own || i+1 < len(ranges) && ranges[i+1].sent == w.sent && ranges[i+1].own
		if w.own || !rival {
			kept = append(kept, w)
		}
	}
	ranges = kept
	for _, w := range ranges {
		widen(w.a, w.b)
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
	if exp == nil {
		// 期間:2019年1月から2023年10月24日まで: a range whose start is no
		// day still closes the window.
		for _, c := range s.cands {
			if !c.valid || !strings.HasPrefix(strings.TrimSpace(d.Text[c.ext.End:min(len(d.Text), c.ext.End+8)]), "まで") {
				continue
			}
			line := d.Lines[d.LineAt(c.at.Start)]
			before := lastRunes(d.Text[line.Start:c.at.Start], 16)
			if !strings.Contains(before, "から") || !monthFromRe.MatchString(before) {
				continue
			}
			around := d.around(c.at.Start, c.ext.End)
			ctx := d.Text[max(around.Start, line.Start):min(around.End, line.End)]
			if hasAny(ctx, v.Words("exposure")) && !hasAny(ctx, v.Words("not_exposure")) {
				widen(nil, c)
				break
			}
		}
	}
	if exp == nil {
		latest := s.latestDate()
		for i, c := range s.cands {
			period := periodRe.MatchString(d.Text[c.ext.End:])
			if !c.valid || untilRe.MatchString(d.Text[c.ext.End:]) || s.inRange(d, i) || s.announcedOn(d, i) || !period && s.passageCue(d, i) == cueDiscovery {
				continue
			}
			passage := d.Text[c.ext.End:min(s.passageEnd(d, i), d.SentenceAt(c.at.Start).End)]
			switch {
			case period && (hasAny(passage, v.Words("exposure_attack")) || hasAny(passage, v.Words("exposure_state")) || occurrenceLabel(d, c)):
				widen(c, c)
			case hasAny(passage, v.Words("exposure_state")):
				widen(c, nil)
			case hasAny(passage, v.Words("exposure_event")) && !hasPrefixAny(d.Text[c.ext.End:], v.Words("reference")) && !(c.value == latest && s.newsLead(d, i)) && !s.toldAsFound(d, i):
				// An article's own date (…は10月4日、…攻撃を受け) is no
				// day of the attack.
				widen(c, c)
			case exp == nil && hasAny(passage, v.Words("exposure_open")) && strings.Contains(d.Text[d.SentenceAt(c.at.Start).Start:d.SentenceAt(c.at.Start).End], "誤"):
				// 8月27日にホームページに公開する際、誤って…: the page
				// stays open until a later date takes it down.
				widen(c, nil)
				s.closeWindow(d, i, widen)
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

// toldAsFound reports whether candidate i's sentence tells its event as
// what was found later (…に不正アクセスを受け、…ことを5月6日に確認): the
// attack's day is then a finding of the investigation, not a window.
func (s *dateScan) toldAsFound(d *Doc, i int) bool {
	sent := d.SentenceAt(s.cands[i].at.Start)
	return firstCue(d, d.Text[s.cands[i].ext.End:min(sent.End, s.cands[i].ext.End+maxPassage)]) >= 0
}

// closeWindow ends a window opened by candidate i at the first later date
// whose passage takes the page down (公開を停止, 削除).
func (s *dateScan) closeWindow(d *Doc, i int, widen func(a, b *dateCand)) {
	for j := i + 1; j < len(s.cands); j++ {
		c := s.cands[j]
		if !c.valid || c.value.Before(s.cands[i].value) {
			continue
		}
		// Its sentence and the next (…を確認。直ちに公開を停止した。),
		// up to the next date.
		end := d.SentenceAt(c.at.Start).End
		if end < len(d.Text) {
			end = d.SentenceAt(end).End
		}
		if j+1 < len(s.cands) {
			end = min(end, s.cands[j+1].at.Start)
		}
		if hasAny(d.Text[c.ext.End:max(end, c.ext.End)], d.vocab.Words("exposure_close")) {
			widen(c, c)
			return
		}
	}
}

// latestDate returns the latest date of the text, or the zero Date.
func (s *dateScan) latestDate() Date {
	var latest Date
	for _, c := range s.cands {
		if c.valid && latest.Before(c.value) {
			latest = c.value
		}
	}
	return latest
}

// occurrenceLabel reports whether the line above c's, alone, labels when
// the incident happened (発生日時).
func occurrenceLabel(d *Doc, c *dateCand) bool {
	li := d.LineAt(c.at.Start)
	return leadsLine(d, c) && strings.Contains(d.previousLine(li), "発生") && utf8.RuneCountInString(d.previousLine(li)) <= 12
}

// monthFromRe is a range's start written without its day (2019年1月から).
var monthFromRe = regexp.MustCompile(`\d{4}` + sp + `年` + sp + `\d{1,2}` + sp + `月` + sp + `(?:頃|ごろ)?` + sp + `から` + sp + `$`)
