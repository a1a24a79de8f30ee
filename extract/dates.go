package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// era is a Japanese era with its first and last day.
type era struct {
	name  string
	short string // one-kanji abbreviation
	latin string // one-letter abbreviation, upper and lower case
	first Date
	last  Date
}

var eras = []era{
	{"明治", "明", "Mm", Date{1868, 1, 25}, Date{1912, 7, 29}},
	{"大正", "大", "Tt", Date{1912, 7, 30}, Date{1926, 12, 24}},
	{"昭和", "昭", "Ss", Date{1926, 12, 25}, Date{1989, 1, 7}},
	{"平成", "平", "Hh", Date{1989, 1, 8}, Date{2019, 4, 30}},
	{"令和", "令", "Rr", Date{2019, 5, 1}, Date{9999, 12, 31}},
}

func eraNamed(s string) (era, bool) {
	for _, e := range eras {
		if s == e.name || s == e.short || strings.Contains(e.latin, s) {
			return e, true
		}
	}
	return era{}, false
}

// Date patterns on normalized text. sp allows the spaced digits some
// notices use (2022 年 1 月 17 日); num2 is a month or day in digits or kanji.
const (
	sp   = `[ \t]*`
	kan  = `[〇○一二三四五六七八九十]{1,4}`
	num2 = `(\d{1,2}|` + kan + `)`
)

var (
	// An era year may carry its western year beside it: 令和3年(2021年)4月13日.
	eraDateRe  = mustAnchored(`(明治|大正|昭和|平成|令和)` + sp + `(元|\d{1,2}|` + kan + `)` + sp + `年` + sp + `(?:\(` + sp + `\d{4}` + sp + `年?` + sp + `\)` + sp + `)?` + num2 + sp + `月` + sp + num2 + sp + `日`)
	eraShortRe = mustAnchored(`([MTSHRmtshr明大昭平令])` + sp + `(元|\d{1,2})\.(\d{1,2})\.(\d{1,2})`)
	westDateRe = mustAnchored(`(\d{4}|[〇○一二三四五六七八九]{4})` + sp + `年` + sp + num2 + sp + `月` + sp + num2 + sp + `日`)
	numDateRe  = mustAnchored(`(\d{4})([/.-])(\d{1,2})([/.-])(\d{1,2})`)
	monthDayRe = mustAnchored(`(同年|昨年|去年|今年|本年|翌年|前年)?` + sp + num2 + sp + `月` + sp + num2 + sp + `日`)
	slashMDRe  = mustAnchored(`(\d{1,2})/(\d{1,2})`)
	dayRe      = mustAnchored(`(同月|今月|本月|先月|前月|翌月|翌)?` + num2 + sp + `日`)
	yearRe     = regexp.MustCompile(`(\d{4})` + sp + `年`)

	weekdayRe = regexp.MustCompile(`^` + sp + `\(` + sp + `([月火水木金土日])` + sp + `(?:曜日?)?` + sp + `(?:[・･]?` + sp + `(?:祝|休)日?)?` + sp + `\)`)
	timeRe    = regexp.MustCompile(`^` + sp + `(?:の|に)?` + sp + `(?:(?:(午前|午後)` + sp + `)?` + num2 + sp + `時` + sp + `(?:` + num2 + sp + `分|(半))?|(\d{1,2}):(\d{2}))`)
	// A bare day is not a date when a word of duration or relation follows.
	dayNotDateRe = regexp.MustCompile(`^(?:間|目|分|以内|以上|未満|程度|ほど|後|前|ぶり|も|連続|超|当たり|あたり|だけ|中|おき|ごと|毎|余り|弱|強|遅れ|を要|かか)`)
)

// relativeDays are the words for a day relative to the date last
// mentioned, with the shift in days.
var relativeDays = map[string]int{"同日": 0, "翌日": 1, "翌々日": 2, "前日": -1}

// windowPad is how far around a numeral a date may reach: an era name and
// 年 before it (令和 元 年 5), 日 and a weekday after.
const windowPad = 24

// numeralWindows returns the ranges of text within windowPad bytes of a
// run of numerals, merged and cut at character boundaries.
func numeralWindows(text string, runs []Range) []Range {
	var out []Range
	for _, r := range runs {
		out = addWindow(out, text, Range{r.Start - windowPad, r.End + windowPad})
	}
	return out
}

var weekdayNames = map[string]time.Weekday{"日": time.Sunday, "月": time.Monday, "火": time.Tuesday,
	"水": time.Wednesday, "木": time.Thursday, "金": time.Friday, "土": time.Saturday}

// dateKind says how much of a date a mention writes.
type dateKind int

const (
	full     dateKind = iota // year, month and day
	monthDay                 // month and day
	dayOnly                  // day alone, after its month
	relative                 // 同日, 翌日: the date last mentioned
)

// dateCand is a date-like match before its year is resolved.
type dateCand struct {
	at       Range // the date itself
	ext      Range // the date with its weekday and time
	kind     dateKind
	era      string // era name when written with one
	y, m, d  int
	yearRel  string // 同年, 昨年 …, or 同月 for a day
	rel      string // 同日, 翌日 …
	weekday  string
	time     string
	value    Date
	resolved bool
	valid    bool
	// byFallback marks a month-day whose year is the text's latest, for
	// want of a date before it.
	byFallback bool
}

// dateScan is the result of reading a notice's dates.
type dateScan struct {
	cands    []*dateCand // every candidate, in text order, valid or not
	mentions []DateMention
	byCand   map[*dateCand]int // index into mentions
	lead     *Date             // a news lead's date, once placed (anchorLeads)
	warnings []string
}

// Dates returns every calendar date the text states, in text order, with the
// warnings the dates raised (dates that do not exist, weekdays that do not
// match, years that cannot be resolved).
func Dates(d *Doc) ([]DateMention, []string) {
	s := scanDates(d)
	return s.mentions, s.warnings
}

func scanDates(d *Doc) *dateScan {
	text := d.Text
	urls := d.URLs()
	var cands []*dateCand
	add := func(c *dateCand) {
		for _, u := range urls {
			if c.at.Start < u.End && c.at.End > u.Start {
				return
			}
		}
		cands = append(cands, c)
	}
	// Every date but 同日 and the like holds a numeral: read only the
	// windows around numerals, the cheap way through a long notice.
	windows := numeralWindows(text, d.numberRuns())
	for _, m := range eraDateRe.findIn(text, windows) {
		add(eraCand(text, m))
	}
	for _, m := range eraShortRe.findIn(text, windows) {
		if boundaryBefore(text, m[0]) && boundaryAfter(text, m[1]) {
			add(eraCand(text, m))
		}
	}
	for _, m := range westDateRe.findIn(text, windows) {
		if m[0] > 0 && isDigit(text[m[0]-1]) {
			continue
		}
		add(&dateCand{at: Range{m[0], m[1]}, kind: full, y: atoi(text[m[2]:m[3]]), m: atoi(text[m[4]:m[5]]), d: atoi(text[m[6]:m[7]])})
	}
	for _, m := range numDateRe.findIn(text, windows) {
		if text[m[4]:m[5]] != text[m[8]:m[9]] || !boundaryBefore(text, m[0]) || !boundaryAfter(text, m[1]) && !upperAfter(text, m[1]) {
			continue
		}
		y := atoi(text[m[2]:m[3]])
		if y < 1868 || y > 2100 {
			continue
		}
		add(&dateCand{at: Range{m[0], m[1]}, kind: full, y: y, m: atoi(text[m[6]:m[7]]), d: atoi(text[m[10]:m[11]])})
	}
	for _, m := range monthDayRe.findIn(text, windows) {
		if m[0] > 0 && isDigit(text[m[0]-1]) {
			continue
		}
		c := &dateCand{at: Range{m[0], m[1]}, kind: monthDay, m: atoi(text[m[4]:m[5]]), d: atoi(text[m[6]:m[7]])}
		if m[2] >= 0 {
			c.yearRel = text[m[2]:m[3]]
		}
		add(c)
	}
	for _, m := range slashMDRe.findIn(text, windows) {
		if !boundaryBefore(text, m[0]) || m[1] < len(text) && (isDigit(text[m[1]]) || text[m[1]] == '/') {
			continue
		}
		if !weekdayRe.MatchString(text[m[1]:]) {
			continue // 12/24 is a fraction unless a weekday follows
		}
		add(&dateCand{at: Range{m[0], m[1]}, kind: monthDay, m: atoi(text[m[2]:m[3]]), d: atoi(text[m[4]:m[5]])})
	}
	for _, m := range dayRe.findIn(text, windows) {
		if m[2] < 0 && !dayBoundary(text, m[0]) || dayNotDateRe.MatchString(text[m[1]:]) {
			continue
		}
		c := &dateCand{at: Range{m[0], m[1]}, kind: dayOnly, d: atoi(text[m[4]:m[5]])}
		if m[2] >= 0 {
			c.yearRel = text[m[2]:m[3]]
		}
		add(c)
	}
	for rel := range relativeDays {
		for from := 0; ; {
			i := strings.Index(text[from:], rel)
			if i < 0 {
				break
			}
			at := from + i
			add(&dateCand{at: Range{at, at + len(rel)}, kind: relative, rel: rel})
			from = at + len(rel)
		}
	}

	// Keep the longest of overlapping matches, earliest first.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].at.Start != cands[j].at.Start {
			return cands[i].at.Start < cands[j].at.Start
		}
		return cands[i].at.End > cands[j].at.End
	})
	kept := cands[:0]
	end := -1
	for _, c := range cands {
		if c.at.Start < end {
			continue
		}
		kept = append(kept, c)
		end = c.at.End
	}
	cands = kept
	// Read each date's weekday and time; a candidate that starts inside the
	// previous one's (00:00月…) is dropped, so that extents never overlap.
	kept = cands[:0]
	extEnd := -1
	for _, c := range cands {
		if c.at.Start < extEnd {
			continue
		}
		c.ext = c.at
		if m := weekdayRe.FindStringSubmatchIndex(text[c.ext.End:]); m != nil {
			c.weekday = text[c.ext.End+m[2] : c.ext.End+m[3]]
			c.ext.End += m[1]
		}
		if m := timeRe.FindStringSubmatchIndex(text[c.ext.End:]); m != nil && !strings.HasPrefix(text[c.ext.End+m[1]:], "間") {
			if t, ok := timeOfDay(text[c.ext.End:], m); ok {
				c.time = t
				c.ext.End += m[1]
			}
		}
		kept = append(kept, c)
		extEnd = c.ext.End
	}
	cands = kept
	s := &dateScan{byCand: map[*dateCand]int{}}
	s.cands = cands
	s.resolve(d)
	return s
}

// eraCand reads a match of eraDateRe or eraShortRe: era, year (元 is 1),
// month and day.
func eraCand(text string, m []int) *dateCand {
	e, _ := eraNamed(text[m[2]:m[3]])
	c := &dateCand{at: Range{m[0], m[1]}, kind: full, era: e.name, y: 1}
	if year := text[m[4]:m[5]]; year != "元" {
		c.y = atoi(year)
	}
	c.m, c.d = atoi(text[m[6]:m[7]]), atoi(text[m[8]:m[9]])
	return c
}

// timeOfDay reads the time a timeRe match states.
func timeOfDay(s string, m []int) (string, bool) {
	var h, min int
	if m[10] >= 0 { // hh:mm
		h, min = atoi(s[m[10]:m[11]]), atoi(s[m[12]:m[13]])
	} else {
		h = atoi(s[m[4]:m[5]])
		if m[6] >= 0 {
			min = atoi(s[m[6]:m[7]])
		} else if m[8] >= 0 {
			min = 30
		}
		if m[2] >= 0 && s[m[2]:m[3]] == "午後" && h < 12 {
			h += 12
		}
	}
	if h > 24 || min > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, min), true
}

// nearby bounds how far back a bare day or 同日 may look for its month.
const nearby = 1200

// resolve gives every candidate its full date, checks it, and builds the
// mentions. A news lead's date (…は11日、…と発表した) written without its
// month or year is the article's own: once the other dates are read, it is
// placed among them (anchorLeads) and the dates are read again, so that the
// dates after it counted from it (今月8日) are right too.
func (s *dateScan) resolve(d *Doc) {
	s.resolvePass(d)
	if s.anchorLeads(d) {
		s.resolvePass(d)
	}
}

// monthShift gives the month a day prefix counts from: the date last
// mentioned (同月, 翌月) or the notice's own date (今月, 先月).
var monthShift = map[string]struct {
	own   bool
	shift int
}{"同月": {false, 0}, "翌月": {false, 1}, "今月": {true, 0}, "本月": {true, 0}, "先月": {true, -1}, "前月": {true, -1}}

func (s *dateScan) resolvePass(d *Doc) {
	s.mentions, s.warnings = nil, nil
	s.byCand = map[*dateCand]int{}
	fallback, fallbackOK := s.fallbackYear(d)
	dateline := s.datelineYear(d)
	own := s.ownDate(d)
	if own == nil && s.lead != nil {
		// An article without a dateline counts its 昨年 and 先月 from the
		// day its lead says it was announced.
		own, dateline = s.lead, s.lead.Year
	}
	var last *dateCand // the last resolved candidate
	var latest *Date   // the latest date resolved so far
	for _, c := range s.cands {
		c.resolved, c.valid, c.byFallback = false, false, false
		y, m, day := c.y, c.m, c.d
		switch c.kind {
		case full:
			if c.era != "" {
				e, _ := eraNamed(c.era)
				y = e.first.Year + c.y - 1
				if validDate(y, m, day) {
					v := Date{y, time.Month(m), day}
					if v.Before(e.first) || e.last.Before(v) {
						s.warn("%s: %s%d年 has no %d月%d日 (the era runs %s to %s)", d.Original(c.at.Start, c.at.End), e.name, c.y, m, day, e.first, e.last)
						continue
					}
				}
			}
		case monthDay:
			switch c.yearRel {
			case "昨年", "去年":
				if dateline == 0 {
					s.warn("%s: no dateline to count 昨年 from", d.Original(c.at.Start, c.at.End))
					continue
				}
				y = dateline - 1
			case "今年", "本年":
				y = dateline
				if y == 0 && fallbackOK {
					y, c.byFallback = fallback, true // an article's 今年 is its latest year
				}
			case "同年", "翌年", "前年":
				if last == nil {
					continue
				}
				y = last.value.Year + map[string]int{"同年": 0, "翌年": 1, "前年": -1}[c.yearRel]
			default:
				switch {
				case last != nil:
					y = nearestYear(last.value, m, day, c.weekday, s.rangeEnd(d, c, last))
				case fallbackOK:
					y, c.byFallback = fallback, true
				}
			}
			if y == 0 {
				s.warn("%s: no year can be resolved", d.Original(c.at.Start, c.at.End))
				continue
			}
		case dayOnly:
			if sh, ok := monthShift[c.yearRel]; ok && sh.own {
				ref := own
				if ref == nil {
					ref = latest // an article counts from its own day, its latest
				}
				if ref == nil {
					continue
				}
				v := monthFrom(*ref, sh.shift)
				y, m = v.Year, int(v.Month)
				break
			}
			if last == nil || c.at.Start-last.ext.End > nearby || last.kind == relative && c.yearRel == "" {
				continue
			}
			if c.yearRel == "翌" { // 翌3日: the next 3rd after the date last told
				v, ok := placeNear(last.value.AddDays(1), c, false)
				if !ok {
					continue
				}
				y, m = v.Year, int(v.Month)
				break
			}
			v := monthFrom(last.value, monthShift[c.yearRel].shift)
			y, m = v.Year, int(v.Month)
		case relative:
			if last == nil || c.at.Start-last.ext.End > nearby/2 {
				continue
			}
			v := last.value.AddDays(relativeDays[c.rel])
			y, m, day = v.Year, int(v.Month), v.Day
		}
		if !validDate(y, m, day) {
			if c.kind != dayOnly {
				s.warn("%s: %04d-%02d-%02d does not exist", d.Original(c.at.Start, c.at.End), y, m, day)
			}
			continue
		}
		c.value = Date{y, time.Month(m), day}
		c.resolved, c.valid = true, true
		if c.weekday != "" && weekdayNames[c.weekday] != c.value.Weekday() {
			s.warn("weekday (%s) does not match %s", c.weekday, c.value)
		}
		last = c
		if latest == nil || latest.Before(c.value) {
			latest = &c.value
		}
		s.byCand[c] = len(s.mentions)
		s.mentions = append(s.mentions, DateMention{
			Value: c.value, Time: c.time, Weekday: c.weekday,
			Text: d.Original(c.at.Start, c.ext.End), Span: d.Span(c.at.Start, c.ext.End), at: c.ext,
		})
	}
}

// nearestYear is the year of month m, day day told after the date last:
// that of last, or the one before or after when the month lies more than
// half a year away (a December event told after a January date). The
// weekday written beside it, when it fits only one of those years, decides;
// the end of a range never comes before its start.
func nearestYear(last Date, m, day int, weekday string, rangeEnd bool) int {
	y := last.Year
	lm := int(last.Month)
	switch {
	case m > lm+6 && !rangeEnd:
		y--
	case m < lm-6:
		y++
	}
	if weekday == "" || validDate(y, m, day) && (Date{y, time.Month(m), day}).Weekday() == weekdayNames[weekday] {
		return y
	}
	for _, alt := range []int{last.Year, last.Year + 1, last.Year - 1} {
		if validDate(alt, m, day) && (Date{alt, time.Month(m), day}).Weekday() == weekdayNames[weekday] && !(rangeEnd && alt < last.Year) {
			return alt
		}
	}
	return y
}

// monthFrom returns the first day of the month n months from d's.
func monthFrom(d Date, n int) Date {
	return dateOf(time.Date(d.Year, d.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
}

// rangeEnd reports whether c closes a range that last opens (…から12月25日).
func (s *dateScan) rangeEnd(d *Doc, c, last *dateCand) bool {
	return last.ext.End <= c.at.Start && rangeSepRe.MatchString(d.Text[last.ext.End:c.at.Start])
}

// ownDate is the notice's own date: the first full date that stands alone
// on its line, or nil.
func (s *dateScan) ownDate(d *Doc) *Date {
	for _, c := range s.cands {
		if c.kind != full || !dateLine(d, c) {
			continue
		}
		y := c.y
		if c.era != "" {
			e, _ := eraNamed(c.era)
			y = e.first.Year + c.y - 1
		}
		if validDate(y, c.m, c.d) {
			return &Date{y, time.Month(c.m), c.d}
		}
	}
	return nil
}

// anchorLeads places a news lead's date written without month (…は11日、)
// or read with a year guessed from the text's latest (…は4月1日、) among the
// text's dates: at or before the notice's own date when one stands on its
// line (a byline), else at or after every other date the text tells. It
// reports whether it placed any.
func (s *dateScan) anchorLeads(d *Doc) bool {
	own := s.ownDate(d)
	var latest, latestFull *Date // of all dates, of those that write their year
	for _, o := range s.cands {
		if !o.valid {
			continue
		}
		if latest == nil || latest.Before(o.value) {
			latest = &o.value
		}
		if o.kind == full && (latestFull == nil || latestFull.Before(o.value)) {
			latestFull = &o.value
		}
	}
	changed := false
	for i, c := range s.cands {
		lead := c.kind == dayOnly && !c.resolved && c.yearRel == "" || c.kind == monthDay && c.byFallback && c.yearRel == ""
		if !lead || !s.announcedOn(d, i) {
			continue
		}
		// A month-day's year was guessed from the text's years: only dates
		// that write theirs bound it. A lead is never its own bound: it is
		// unresolved, or not full.
		bound := latest
		if c.kind == monthDay {
			bound = latestFull
		}
		if own != nil {
			bound = own
		}
		if bound == nil {
			continue
		}
		v, ok := placeNear(*bound, c, own != nil)
		if !ok {
			continue
		}
		c.kind, c.era, c.y, c.m, c.d = full, "", v.Year, int(v.Month), v.Day
		if s.lead == nil {
			s.lead = &v
		}
		changed = true
	}
	return changed
}

// placeNear returns the date with c's month (or any month, for a bare day)
// and day nearest to bound, before it when before is set, else after it.
func placeNear(bound Date, c *dateCand, before bool) (Date, bool) {
	step := 1
	if before {
		step = -1
	}
	for i := 0; i < 13; i++ {
		var v Date
		if c.kind == dayOnly {
			first := monthFrom(bound, step*i)
			v = Date{first.Year, first.Month, c.d}
		} else {
			v = Date{bound.Year + step*i, time.Month(c.m), c.d}
		}
		if !validDate(v.Year, int(v.Month), v.Day) {
			continue
		}
		if before && !bound.Before(v) || !before && !v.Before(bound) {
			return v, true
		}
	}
	return Date{}, false
}

func (s *dateScan) warn(format string, args ...any) {
	s.warnings = append(s.warnings, fmt.Sprintf(format, args...))
}

// fallbackYear is the year of month-day dates that come before any full
// date: a news article opens with 3月12日 and tells the earlier events with
// their years. It is the latest year of a full date in the text; without
// one, the first year at or after every year the text mentions in which
// the weekdays written beside month-day dates fall.
func (s *dateScan) fallbackYear(d *Doc) (int, bool) {
	latest := 0
	for _, c := range s.cands {
		if c.kind == full {
			y := c.y
			if c.era != "" {
				e, _ := eraNamed(c.era)
				y = e.first.Year + c.y - 1
			}
			latest = max(latest, y)
		}
	}
	if latest > 0 {
		return latest, true
	}
	floor := 0
	for _, m := range yearRe.FindAllStringSubmatch(d.Text, -1) {
		if y := atoi(m[1]); y >= 1900 && y <= 2100 {
			floor = max(floor, y)
		}
	}
	if floor == 0 {
		return 0, false
	}
	for y := floor; y < floor+30; y++ {
		fits, seen := true, false
		for _, c := range s.cands {
			if c.kind != monthDay || c.weekday == "" || c.yearRel != "" {
				continue
			}
			seen = true
			if !validDate(y, c.m, c.d) || (Date{y, time.Month(c.m), c.d}).Weekday() != weekdayNames[c.weekday] {
				fits = false
				break
			}
		}
		if !seen {
			return 0, false
		}
		if fits {
			return y, true
		}
	}
	return 0, false
}

// datelineYear is the year of the notice's own date, or 0.
func (s *dateScan) datelineYear(d *Doc) int {
	if own := s.ownDate(d); own != nil {
		return own.Year
	}
	return 0
}

// dateLine reports whether c stands on a line of its own, allowing list
// markers and words like 更新, 付 or 報道発表資料 beside it, or is the date of a dateline
// label (更新日:…, 〇〇新聞 …) or of a news byline in parentheses.
func dateLine(d *Doc, c *dateCand) bool {
	before, after := lineAround(d, c)
	if datelineLabelled(d, before, after) || bylineParens(before, after) {
		return true
	}
	before = strings.Trim(before, "■□●◆◇・*-【[ ")
	after = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(after, "更新"), "付"), "】] ")
	return before == "" && (after == "" || contains(d.vocab.Words("dateline_after"), after))
}

// lineAround returns the text of c's line before and after it, trimmed.
func lineAround(d *Doc, c *dateCand) (string, string) {
	l := d.Lines[d.LineAt(c.at.Start)]
	return strings.TrimSpace(d.Text[l.Start:c.at.Start]), strings.TrimSpace(d.Text[c.ext.End:l.End])
}

// datelineLabelled reports whether the text before a date on its line ends
// with a dateline label (更新日:, 公開日, 記者発表資料発表日, 〇〇新聞), the
// line going on with no sentence after it (…印刷ページ表示).
func datelineLabelled(d *Doc, before, after string) bool {
	before = strings.TrimRight(before, ":: \t【[")
	return hasSuffixAny(before, d.vocab.Words("dateline_label")) && !strings.Contains(after, "。")
}

// bylineParens reports whether a date opens a parenthesized line, a news
// byline: (2006/07/24 12:00), (2006/11/27 〇〇ニュース).
func bylineParens(before, after string) bool {
	return before == "(" && strings.HasSuffix(after, ")") && !strings.Contains(after, "。") && utf8.RuneCountInString(after) <= 40
}

// byline reports whether c is a news article's byline rather than a
// notice's dateline: in parentheses, or with its time of day.
func byline(d *Doc, c *dateCand) bool {
	before, after := lineAround(d, c)
	return bylineParens(before, after) || c.time != ""
}

// boundaryBefore reports whether a numeric date may start at i: not inside a
// longer number, a version or a word.
func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	c := text[i-1]
	return !isDigit(c) && c != '.' && c != '/' && c != '-' && c != '_' && !isLatin(c)
}

// boundaryAfter reports whether a numeric date may end at i.
func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	if isDigit(c) || isLatin(c) || c == '_' {
		return false
	}
	if (c == '.' || c == '/' || c == '-') && i+1 < len(text) && isDigit(text[i+1]) {
		return false
	}
	return true
}

// upperAfter reports whether a capital letter follows offset i: a headline
// run on after its date (2019.11.13Eメール誤送信…).
func upperAfter(text string, i int) bool {
	return i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
}

// dayBoundary reports whether a bare day may start at i: at a line start,
// after white space or punctuation, never inside a word or a number.
func dayBoundary(text string, i int) bool {
	if i == 0 {
		return true
	}
	for _, p := range []string{"\n", " ", "\t", "、", "。", ",", "~", "-", "(", "「", "及び", "と", "・", "から", "は", "が"} {
		if strings.HasSuffix(text[:i], p) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// atoi parses a small number written in digits or kanji; 0 when it cannot.
func atoi(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if v, ok := ParseNumber(s); ok && v < 1<<31 {
		return int(v)
	}
	return 0
}
