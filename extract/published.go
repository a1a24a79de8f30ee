package extract

import (
	"strings"
)

// published picks the notice's own date, by the strength of what says so:
// a dateline label (更新日:…); a date alone on a line beside the addressee
// (お客様各位), the organization or its representative; a headline that
// ends or starts with a date; a date alone on a line near the top or on the
// last line that no label heads (1.発生年月日); in a news article, the date of the sentence
// that says the organization announced it; else a news byline or a post's
// own date (投稿日:…).
func (s *dateScan) published(d *Doc) *dateCand {
	var best *dateCand
	bestScore := 0
	for i, c := range s.cands {
		if !c.valid {
			continue
		}
		score := 0
		li := d.LineAt(c.at.Start)
		lone := c.kind == full && dateLine(d, c) && !s.inChronology(d, i)
		before, after := lineAround(d, c)
		switch {
		case c.kind == full && datelineLabelled(d, before, after) && postLabelled(d, before):
			score = 1 // a blog's or a feed's own date, below the notice it reports
		case c.kind == full && datelineLabelled(d, before, after):
			score = 6
		case lone && !byline(d, c) && !underLabel(d, li) && besideSignature(d, li):
			score = 5
		case c.kind == full && (headlineDate(d, c) || headlineLead(d, c, li)):
			score = 4
		case lone && !byline(d, c) && !underLabel(d, li) && (!nonEmptyLinesBefore(d, li, 8) || lastLine(d, li)):
			score = 3
		case i < 6 && s.announcedOn(d, i):
			score = 2
		case lone && byline(d, c):
			score = 1
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// postLabelled reports whether a dateline's label dates a post or a feed
// item (投稿日:, 配信日時) rather than a notice.
func postLabelled(d *Doc, before string) bool {
	return hasSuffixAny(strings.TrimRight(before, ":: \t【["), d.vocab.Words("post_label"))
}

// inChronology reports whether a date that leads its line has another date
// alone on its line two lines or less before or after it: an entry of a
// chronology, not a dateline.
func (s *dateScan) inChronology(d *Doc, i int) bool {
	c := s.cands[i]
	if !leadsLine(d, c) {
		return false
	}
	li := d.LineAt(c.at.Start)
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(s.cands) || s.cands[j].kind != full || !dateLine(d, s.cands[j]) {
			continue
		}
		if lj := d.LineAt(s.cands[j].at.Start); lj != li && nonEmptyBetween(d, min(li, lj), max(li, lj)) <= 2 {
			return true
		}
	}
	return false
}

// nonEmptyBetween counts the non-empty lines after line a up to line b.
func nonEmptyBetween(d *Doc, a, b int) int {
	n := 0
	for j := a + 1; j <= b && n <= 2; j++ {
		if d.Line(j) != "" {
			n++
		}
	}
	return n
}

// headlineLead reports whether c opens a headline line near the top
// (2019.11.13〇〇に関するお詫び, 2020年7月16日 | 〇〇のお知らせ |), or a
// line of a page run together whose title ends at a notice word and a space
// (平成27年11月27日 〇〇病院 データの紛失について 本院の医師が…).
func headlineLead(d *Doc, c *dateCand, li int) bool {
	if !leadsLine(d, c) || nonEmptyLinesBefore(d, li, 8) {
		return false
	}
	rest := d.Text[c.ext.End:d.Lines[li].End]
	if rangeSepRe.MatchString(firstRunes(rest, 2)) || strings.HasPrefix(strings.TrimSpace(rest), "~") {
		return false // a period: 2023年4月10日~6月30日 調査
	}
	if !strings.Contains(rest, "。") {
		return hasAny(rest, d.vocab.Words("notice_word")) && endsInNoun(d, Range{c.ext.End, d.Lines[li].End})
	}
	title := firstRunes(rest, maxTitleRunes)
	j, w := indexAny(title, d.vocab.Words("notice_word"))
	if j < 0 {
		return false
	}
	after := title[j+len(w):]
	return !strings.ContainsAny(title[:j], "、。") && (strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\t"))
}

// maxTitleRunes bounds a title run together with its page.
const maxTitleRunes = 80

// endsInNoun reports whether the last word of r, closing marks aside, is a
// noun: a title (…に関するお詫びとご説明), not a predicate (…通報を受ける).
func endsInNoun(d *Doc, r Range) bool {
	var last tokenRef
	found := false
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if p := t.pos(0); p != "記号" && p != "補助記号" && p != "空白" {
			last, found = t, true
		}
	}
	return found && last.pos(0) == "名詞"
}

// underLabel reports whether the line before line li labels a date (1.発生年月日,
// 事故発生日時:), so that a date alone on li is that, not the notice's own.
func underLabel(d *Doc, li int) bool {
	prev := strings.TrimRight(d.previousLine(li), ":: ")
	return headingNumber(prev) || hasSuffixAny(prev, d.vocab.Words("date_label"))
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
		if _, _, named := d.lineName(j); hasAny(l, v.Words("addressee")) || orgLine(d, l) != "" || representativeLine(d, l) || named {
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

// announcedOn reports whether candidate i is the first date of a sentence
// that says the organization announced the incident (…は3月12日, …が、
// 3月12日に、…と発表した).
func (s *dateScan) announcedOn(d *Doc, i int) bool {
	if !s.newsLead(d, i) {
		return false
	}
	sent := d.SentenceAt(s.cands[i].at.Start)
	return hasAny(withoutAsides(d.Text[sent.Start:sent.End]), d.vocab.Words("announce"))
}

// newsLead reports whether candidate i is the first date of its sentence
// and follows its subject (…は3月12日、) or opens it (7月18日に, 7月29日、). Only a
// sentence's first date reads the sentence, so that each is read once.
func (s *dateScan) newsLead(d *Doc, i int) bool {
	c := s.cands[i]
	sent := d.SentenceAt(c.at.Start)
	if i > 0 && s.cands[i-1].at.Start >= sent.Start {
		return false
	}
	if hasPrefixAny(d.Text[c.ext.End:], []string{"頃", "ごろ", "から", "まで", "以降"}) {
		return false // a time about, or a bound of a period
	}
	before := strings.TrimSuffix(strings.TrimSpace(d.Text[sent.Start:c.at.Start]), "、")
	return hasSuffixAny(before, []string{"は", "が", "も"}) || before == "" && hasPrefixAny(d.Text[c.ext.End:], []string{"に", "、"})
}

// lastLine reports whether line li is the text's last non-empty line (a
// dateline under the body, with no signature after it).
func lastLine(d *Doc, li int) bool {
	for j := li + 1; j < len(d.Lines); j++ {
		if d.Line(j) != "" {
			return false
		}
	}
	return true
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
