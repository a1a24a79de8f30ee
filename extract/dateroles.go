package extract

import (
	"regexp"
	"strings"
	"unicode"
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

// published picks the notice's own date, by the strength of what says so:
// a dateline label (更新日:…); a date alone on a line beside the addressee
// (お客様各位), the organization or its representative; a headline that
// ends or starts with a date; a date alone on a line near the top that no
// label heads (1.発生年月日); in a news article, the date of the sentence
// that says the organization announced it; else a news byline.
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
		case c.kind == full && datelineLabelled(d, before, after):
			score = 6
		case lone && !byline(d, c) && !underLabel(d, li) && besideSignature(d, li):
			score = 5
		case c.kind == full && (headlineDate(d, c) || headlineLead(d, c, li)):
			score = 4
		case lone && !byline(d, c) && !nonEmptyLinesBefore(d, li, 8) && !underLabel(d, li):
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
// Without either, a page left open from a day (…に公開されたままとなって
// おり) or for some hours of it (…の約10時間にわたり閲覧できる状態) is.
// (A mail mis-sent or an intrusion on one day is no window: careful
// readers leave it out more often than not.)
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

// maxPassage bounds the text after a date that discovery cues are looked for in.
const maxPassage = 1500

// monthFromRe is a range's start written without its day (2019年1月から).
var monthFromRe = regexp.MustCompile(`\d{4}` + sp + `年` + sp + `\d{1,2}` + sp + `月` + sp + `(?:頃|ごろ)?` + sp + `から` + sp + `$`)

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

// occurrenceLabel reports whether the line above c's, alone, labels when
// the incident happened (発生日時).
func occurrenceLabel(d *Doc, c *dateCand) bool {
	li := d.LineAt(c.at.Start)
	return leadsLine(d, c) && strings.Contains(d.previousLine(li), "発生") && utf8.RuneCountInString(d.previousLine(li)) <= 12
}

// hasVerb reports whether r holds a verb.
func hasVerb(d *Doc, r Range) bool {
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
		if text, tr := eventText(d, c.ext.End, li); text != "" {
			entries = append(entries, entry{li, Event{Date: c.value, Time: c.time, Text: text, Span: d.Span(tr.Start, tr.End)}})
		}
		for j := li + 1; j < stop; j++ {
			l := d.Lines[j]
			m := timeLineRe.FindStringSubmatch(d.Text[l.Start:l.End])
			if m == nil {
				continue
			}
			if t, tr := eventText(d, l.End, j); t != "" {
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

// eventText returns the rest of the sentence after offset from on line li,
// or the first sentence of the next non-empty line when li has nothing
// more.
func eventText(d *Doc, from, li int) (string, Range) {
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
	n := 0
	for i := range d.Text[r.Start:r.End] {
		if n == maxEventRunes {
			r.End = r.Start + i
			break
		}
		n++
	}
	// A hard-wrapped sentence reads as one line.
	return strings.TrimSpace(strings.ReplaceAll(d.Text[r.Start:r.End], "\n", "")), r
}

func twoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
