package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// numPat is a written number: digits with commas and decimals, kanji
// numerals, and the big units 万 and 億 between them (22万5,846, 一万二千).
const numPat = `([\d〇一二三四五六七八九十百千][\d,.〇一二三四五六七八九十百千万億]*)`

var (
	// unitRe reads the unit and the qualifier after a figure.
	unitRe = regexp.MustCompile(`^` + sp + `(件|人|名|通|アカウント|枚|口座|世帯)(分)?` + sp + `(以上|超|程度|前後|余り|弱|強)?`)
	// labelledCountRe reads a figure that ends its line after a label.
	labelledCountRe = regexp.MustCompile(`([^\n:]{0,60}?)` + sp + `(?:\(※\d*\))?` + sp + `:?` + sp + `(最大で?|約)?` + sp + numPat + sp + `$`)
	// roundRe reads 超 or 以上 right after a round figure (29万超).
	roundRe      = regexp.MustCompile(`^(超|以上|余)`)
	addedToRowRe = mustAnchored(`^(\d{1,2})に加え`)
	basisNoteRe  = regexp.MustCompile(`^\(=?([^()\n]{1,20})\)`)
)

// qualifierWords are the words before a figure that qualify it, longest first.
var qualifierWords = []string{"少なくとも", "およそ", "最大で", "最大", "上限", "合計", "総数", "約", "計"}

// labelledTail is how much of a line's end can hold a labelled count.
const labelledTail = 400

// unitBasis gives what a unit counts.
var unitBasis = map[string]string{"人": "people", "名": "people", "世帯": "people", "通": "emails",
	"アカウント": "accounts", "枚": "cards", "口座": "accounts", "件": "records"}

// notUnitAfter lists what turns a unit into another word (名前, 通り, 件名),
// an ordinal (2人目), the addressees of a mail (13名宛) or incidents (1件
// 発生).
var notUnitAfter = map[string][]string{
	"名": {"前", "義", "称", "簿", "目", "所", "様", "宛", "体制"},
	"通": {"り", "常", "知", "信", "販", "過", "報", "帳", "院", "学", "勤"},
	"件": {"名", "発生", "目"},
	"人": {"数", "気", "材", "間", "目", "宛", "体制"},
}

// Counts reads every number of affected people, cards, accounts or records:
// a figure with its unit (9,822件, 最大3,812件, 22万5,846人), a figure after a
// label (漏えい人数 3812, メールアドレス:362,049), a round figure after data
// (個人情報29万超). Money, durations and counts of companies or sites have
// no such unit and are never read.
//
// The text is scanned once for runs of number characters; the words around
// each run decide what it is, so the cost stays that of one pass.
func Counts(d *Doc) []Count {
	var out []Count
	text := d.Text
	labelledLines := map[int]bool{}
	pools := map[int]bool{} // by the span's start: counts of a pool
	rowUnit := map[int]string{}
	for _, r := range d.numberRuns() {
		num := text[r.Start:r.End]
		if !countBoundary(text, r.Start) || utf8.RuneCountInString(num) == 1 && !isDigit(num[0]) {
			continue
		}
		if m := unitRe.FindStringSubmatchIndex(text[r.End:]); m != nil {
			if c, ok := d.unitCount(r, m); ok {
				out = append(out, c)
				pools[c.Span[0]] = d.pool(r)
			}
			continue
		}
		if m := roundRe.FindStringIndex(text[r.End:]); m != nil && strings.ContainsAny(num, "万億") {
			if c, ok := d.roundCount(r, r.End+m[1]); ok {
				out = append(out, c)
				pools[c.Span[0]] = d.pool(r)
			}
			continue
		}
		li := d.LineAt(r.Start)
		if _, ok := rowUnit[li]; !ok {
			rowUnit[li] = d.tableUnit(li)
		}
		if unit := rowUnit[li]; unit != "" {
			v, ok := ParseNumber(num)
			if ok && v > 0 && !rowYear(text, d.Lines[li], r) {
				out = append(out, Count{Value: v, Unit: unit, Basis: unitBasis[unit], Qualifier: "exact", Text: d.Original(r.Start, r.End), Span: d.Span(r.Start, r.End)})
			}
			continue
		}
		if strings.TrimSpace(text[r.End:d.Lines[li].End]) == "" && !labelledLines[li] {
			labelledLines[li] = true
			if c, ok := d.labelledCount(d.Lines[li]); ok {
				out = append(out, c)
			}
		}
	}
	sortCounts(out)
	return withoutPools(out, pools)
}

var (
	// figureRowRe is a table row of bare figures, each after a label in
	// parentheses at most: 4,600,575 4,447,751 / (合計)5,167,081, after a
	// label that declares the unit at most (人数(人) 2,403,617 9,834).
	figureRowRe = regexp.MustCompile(`^` + sp + `(?:[^\d\s()]{0,8}\((?:人|件|名)数?\))?(?:` + sp + `(?:\([^()\d\n]{1,20}\))?` + sp + `\d[\d,]*)+` + sp + `$`)
	// unitDeclRe declares the unit of a table's figures: 単位:人, (人), (件数).
	unitDeclRe = regexp.MustCompile(`単位` + sp + `[::]` + sp + `(人|件|名)|\((人|件|名)数?\)`)
)

// tableReach bounds how far above a row of figures its table's header may
// be, in non-empty lines and in bytes.
const (
	tableReachLines = 40
	tableReachBytes = 4000
)

// rowYear reports whether figure r opens its table row as a year that
// labels the row (2021 12 15), not a cell.
func rowYear(text string, l, r Range) bool {
	num := text[r.Start:r.End]
	y := atoi(num)
	return len(num) == 4 && y >= 1900 && y <= 2100 && strings.TrimSpace(text[l.Start:r.Start]) == "" && strings.TrimSpace(text[r.End:l.End]) != ""
}

// tableUnit returns the unit of the figures on line li when it is a row of
// bare figures under a header that declares their unit (実人数 単位:人,
// 一致人数(人)), within the same table: no sentence between them. Else "".
func (d *Doc) tableUnit(li int) string {
	l := d.Lines[li]
	row := d.Text[l.Start:l.End]
	if len(row) > maxRowBytes || !figureRowRe.MatchString(row) {
		return ""
	}
	scanned, lines := 0, 0
	for j := li; j >= 0 && lines < tableReachLines && scanned < tableReachBytes; j-- {
		line := d.Text[d.Lines[j].Start:d.Lines[j].End]
		scanned += len(line)
		if strings.TrimSpace(line) != "" {
			lines++
		}
		if strings.Contains(line, "。") {
			return ""
		}
		if m := unitDeclRe.FindStringSubmatch(line); m != nil {
			return m[1] + m[2]
		}
	}
	return ""
}

// poolReach bounds the text after a count that may say it is a pool.
const poolReach = 60

// pool reports whether the clause after figure r says it is a pool the
// affected are drawn from (…人の会員のうち, …人分の情報が登録されている),
// unless the clause before it says the figure leaked (流出した3,000件のうち).
func (d *Doc) pool(r Range) bool {
	after := d.Text[r.End:min(len(d.Text), r.End+poolReach)]
	if j := strings.IndexAny(after, "、。\n"); j >= 0 {
		after = after[:j]
	}
	if !hasAny(after, d.vocab.Words("pool")) {
		return false
	}
	before := d.Text[max(0, r.Start-poolReach):r.Start]
	if j := strings.LastIndexAny(before, "、。\n"); j >= 0 {
		before = before[j:]
	}
	return !hasAny(before, d.vocab.Words("leak")) && !d.underLeakHeading(r)
}

// underLeakHeading reports whether figure r stands in the first clause of a
// line under a heading that says the lines below are the leaked data
// (流出した情報 / 会員1,842名分のうち、…).
func (d *Doc) underLeakHeading(r Range) bool {
	li := d.LineAt(r.Start)
	if strings.ContainsAny(d.Text[d.Lines[li].Start:r.Start], "、。") {
		return false
	}
	h := d.previousLine(li)
	return h != "" && !strings.Contains(h, "。") && utf8.RuneCountInString(h) <= maxHeadingRunes && hasAny(h, d.vocab.Words("leak"))
}

// maxHeadingRunes is the most characters a heading has.
const maxHeadingRunes = 30

// withoutPools drops the counts of a pool when the text counts others:
// those are the affected.
func withoutPools(counts []Count, pools map[int]bool) []Count {
	n := 0
	for _, c := range counts {
		if pools[c.Span[0]] {
			n++
		}
	}
	if n == 0 || n == len(counts) {
		return counts
	}
	out := counts[:0]
	for _, c := range counts {
		if !pools[c.Span[0]] {
			out = append(out, c)
		}
	}
	return out
}

// numberRuns returns the runs of number characters in text that start with
// a digit or a kanji numeral, without trailing commas and points.
func numberRuns(text string) []Range {
	var out []Range
	start := -1
	for i, r := range text {
		isNum := isNumeral(r)
		switch {
		case start < 0 && isNum && r != '万' && r != '億':
			start = i
		case start >= 0 && !isNum && r != ',' && r != '.':
			out = append(out, trimRun(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, trimRun(text, start, len(text)))
	}
	return out
}

// isNumeral reports whether r is a digit or a kanji numeral.
func isNumeral(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		'〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億':
		return true
	}
	return false
}

func trimRun(text string, start, end int) Range {
	for end > start && (text[end-1] == ',' || text[end-1] == '.') {
		end--
	}
	return Range{start, end}
}

// unitCount reads figure r followed by its unit (unitRe match m, relative to
// r.End).
func (d *Doc) unitCount(r Range, m []int) (Count, bool) {
	text := d.Text
	unit := text[r.End+m[2] : r.End+m[3]]
	after := text[r.End+m[3]:]
	if hasPrefixAny(after, notUnitAfter[unit]) || rateAfter(after) || d.casesAfter(after) {
		return Count{}, false
	}
	if unit == "枚" && !hasAny(lastRunes(d.Text[d.Lines[d.LineAt(r.Start)].Start:r.Start], 16), d.vocab.Words("card_basis")) {
		return Count{}, false // sheets of paper, unless cards are named
	}
	v, ok := ParseNumber(text[r.Start:r.End])
	if !ok || v == 0 {
		return Count{}, false
	}
	// N件の市への問い合わせ is no count of data; N名分の… always is.
	if m[4] < 0 && strings.HasPrefix(after, "の") && !d.dataFollows(r.End+m[3]) {
		return Count{}, false // 1,514件の市への問い合わせ: not a count of data
	}
	if (unit == "人" || unit == "名") && m[4] < 0 && d.staffCount(r.Start, r.End+m[3]) {
		return Count{}, false // 職員1名が…, 従業員約1,200名を擁し: people who act, not data
	}
	end := r.End + m[1]
	if m[6] < 0 { // no qualifier after: drop trailing space
		end = r.End + m[3]
		if m[4] >= 0 {
			end = r.End + m[5]
		}
	}
	start, qual := d.qualifierBefore(r.Start)
	if m[6] >= 0 {
		qual = qualifierOf(text[r.End+m[6] : r.End+m[7]])
	}
	c := Count{Value: v, Unit: unit, Basis: unitBasis[unit], Qualifier: qual}
	d.refineBasis(&c, r.Start, end)
	c.Fields = d.countFields(r.Start)
	c.Text, c.Span = d.Original(start, end), d.Span(start, end)
	return c, true
}

// staffCount reports whether the figure at [at, end) counts the staff of
// the discloser (教員1名が, 上司2人について, 従業員約1,200名を擁し, 要員(1名))
// rather than people whose data is affected: a staff word just before it,
// and neither data nor the affected named right after it, or a tool of
// theirs (教員1名のメールアカウント).
func (d *Doc) staffCount(at, end int) bool {
	start, _ := d.qualifierBefore(at)
	before := strings.TrimRight(lastRunes(d.Text[d.Lines[d.LineAt(at)].Start:start], 12), " \t(")
	if !hasSuffixAny(before, d.vocab.Words("staff")) {
		return false
	}
	if rest, ok := strings.CutPrefix(d.Text[end:], "の"); ok && hasPrefixAny(rest, d.vocab.Words("staff_tool")) {
		return true // 教員1名のメールアカウント: the staff's own tool
	}
	if d.dataFollows(end) {
		return false
	}
	after := d.Text[end:min(len(d.Text), end+poolReach)]
	if j := strings.IndexAny(after, "、。\n"); j >= 0 {
		after = after[:j]
	}
	return !hasAny(after, d.vocab.Words("affected_word"))
}

// casesAfter reports whether the noun a figure's unit leads to counts
// cases, not data (100件を超える事件, 4件の事案).
func (d *Doc) casesAfter(after string) bool {
	for _, link := range []string{"を超える", "を超す", "以上の", "超の", "の"} {
		if strings.HasPrefix(after, link) {
			return hasPrefixAny(after[len(link):], d.vocab.Words("case_noun"))
		}
	}
	return false
}

// rateAfter reports whether a figure and its unit give a rate (1件1500円,
// 1人あたり), not a count.
func rateAfter(after string) bool {
	after = strings.TrimPrefix(after, "分")
	return after != "" && isDigit(after[0]) || strings.HasPrefix(after, "あたり") || strings.HasPrefix(after, "当たり") || strings.HasPrefix(after, "につき")
}

// qualifierBefore returns where a figure at offset at starts with its
// qualifier (最大3,812件), and the qualifier.
func (d *Doc) qualifierBefore(at int) (int, string) {
	before := strings.TrimRight(d.Text[max(0, at-32):at], " \t")
	for _, w := range qualifierWords {
		if strings.HasSuffix(before, w) {
			return at - (len(d.Text[max(0, at-32):at]) - len(before)) - len(w), qualifierOf(w)
		}
	}
	return at, "exact"
}

// roundCount reads a round figure r followed by 超 or 以上, ending at end,
// when data is named just before it (個人情報29万超).
func (d *Doc) roundCount(r Range, end int) (Count, bool) {
	before := d.Text[max(0, r.Start-18):r.Start]
	if !hasAny(before, d.vocab.Words("data_noun")) || strings.HasPrefix(d.Text[end:], "円") {
		return Count{}, false
	}
	v, ok := ParseNumber(d.Text[r.Start:r.End])
	if !ok {
		return Count{}, false
	}
	c := Count{Value: v, Basis: "records", Qualifier: "at_least", Text: d.Original(r.Start, end), Span: d.Span(r.Start, end)}
	d.refineBasis(&c, r.Start, end)
	return c, true
}

// labelledCount reads a figure without unit that ends line l after a label
// naming fields or a count (メールアドレス:362,049, 漏えい人数 3812).
func (d *Doc) labelledCount(l Range) (Count, bool) {
	text := d.Text
	// The match ends the line and its label is short: read the tail.
	l.Start = max(l.Start, l.End-labelledTail)
	for l.Start < l.End && !utf8.RuneStart(text[l.Start]) {
		l.Start++
	}
	line := text[l.Start:l.End]
	m := labelledCountRe.FindStringSubmatchIndex(line)
	if m == nil {
		return Count{}, false
	}
	label := line[m[2]:m[3]]
	fields := d.fieldsIn(Range{l.Start + m[2], l.Start + m[3]})
	if len(fields) == 0 && !hasAny(label, d.vocab.Words("count_label")) {
		return Count{}, false
	}
	at := l.Start + m[6]
	v, ok := ParseNumber(line[m[6]:m[7]])
	if !ok || v == 0 || !countBoundary(text, at) {
		return Count{}, false
	}
	c := Count{Value: v, Basis: "records", Qualifier: "exact", Fields: fields}
	start := at
	if m[4] >= 0 {
		c.Qualifier = qualifierOf(line[m[4]:m[5]])
		start = l.Start + m[4]
	}
	d.refineBasis(&c, at, l.End)
	c.Text, c.Span = d.Original(start, l.Start+m[7]), d.Span(start, l.Start+m[7])
	return c, true
}

// Affected returns the headline number: the largest count the text writes
// with its unit or a qualifier (39,313名, 約10万件); only when it writes none,
// the largest bare figure (a table's cells, whose totals may count
// duplicates).
func Affected(counts []Count) *Count {
	var best, bestBare *Count
	for i := range counts {
		c := &counts[i]
		if bareFigure(c.Text) {
			if bestBare == nil || c.Value > bestBare.Value {
				bestBare = c
			}
		} else if best == nil || c.Value > best.Value {
			best = c
		}
	}
	if best == nil {
		return bestBare
	}
	return best
}

// bareFigure reports whether a count's text is its figure alone.
func bareFigure(text string) bool {
	return strings.Trim(text, "0123456789,.０１２３４５６７８９，．") == ""
}

// countBoundary reports whether a figure may start at i: not inside a longer
// number, a list marker, a phone or registration number.
func countBoundary(text string, i int) bool {
	if i == 0 {
		return true
	}
	c := text[i-1]
	if isDigit(c) || c == '-' || c == '/' || c == '.' || c == '#' || isLatin(c) {
		return false
	}
	return !strings.HasSuffix(text[:i], "第")
}

// dataFollows reports whether the noun after N件の at offset i names
// affected data (個人情報, 氏名).
func (d *Doc) dataFollows(i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(d.Text[i:], "分"), "の")
	next := firstRunes(rest, 8)
	start := len(d.Text) - len(rest)
	return hasAny(next, d.vocab.Words("data_noun")) || len(d.scanFields(Range{start, start + len(next)})) > 0
}

// qualifierOf maps a qualifying word to its qualifier.
func qualifierOf(w string) string {
	switch {
	case strings.HasPrefix(w, "最大"), w == "上限":
		return "max"
	case w == "約", w == "およそ", w == "程度", w == "前後", w == "弱", w == "強":
		return "approx"
	case w == "少なくとも", w == "以上", w == "超", w == "余り", w == "余":
		return "at_least"
	}
	return "exact"
}

// refineBasis reads what a figure at [at, end) counts from the note after it
// ((=人数), (=カード番号の数)) and the words before it on its line.
func (d *Doc) refineBasis(c *Count, at, end int) {
	v := d.vocab
	if m := basisNoteRe.FindStringSubmatch(d.Text[end:min(len(d.Text), end+64)]); m != nil {
		switch {
		case hasAny(m[1], v.Words("card_basis")):
			c.Basis = "cards"
			return
		case hasAny(m[1], v.Words("people_basis")):
			c.Basis = "people"
			return
		}
	}
	if c.Basis != "records" {
		return
	}
	l := d.Lines[d.LineAt(at)]
	before := lastRunes(d.Text[l.Start:at], 16)
	switch {
	case hasAny(before, v.Words("people_basis")):
		c.Basis = "people"
	case hasAny(before, v.Words("card_basis")):
		c.Basis = "cards"
	}
}

// countFields returns the fields a figure in a table row or a labelled line
// is for: the fields named earlier on its line, or on the line above when it
// stands alone, plus those of the row a "1に加え" refers to.
func (d *Doc) countFields(at int) []string {
	li := d.LineAt(at)
	l := d.Lines[li]
	row := Range{l.Start, at}
	if l.End-l.Start > maxRowBytes || !strings.Contains(d.Text[l.Start:l.End], "|") {
		return nil // prose: a figure's fields are not tied to it
	}
	if strings.Trim(d.Text[row.Start:row.End], " |") == "" && li > 0 {
		row = d.Lines[li-1]
	}
	fields := d.fieldsIn(row)
	for rest := d.Text[row.Start:row.End]; rest != ""; {
		var cell string
		cell, rest, _ = strings.Cut(rest, "|")
		if !hasAny(cell, addedToRowRe.anchors) {
			continue // cheap: a cell seldom refers to another row
		}
		m := addedToRowRe.FindStringSubmatch(strings.TrimSpace(cell))
		if m == nil {
			continue
		}
		for j := li - 1; j >= 0 && j >= li-8; j-- {
			prev := d.Line(j)
			if strings.HasPrefix(prev, m[1]+" |") || strings.HasPrefix(prev, m[1]+"|") {
				fields = mergeFields(d.fieldsIn(d.Lines[j]), fields)
				break
			}
		}
	}
	return fields
}

// maxRowBytes bounds the length of a table row.
const maxRowBytes = 600

// mergeFields returns a followed by the fields of b it does not have.
func mergeFields(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, f := range b {
		if !contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// sortCounts puts counts in text order.
func sortCounts(c []Count) {
	sort.SliceStable(c, func(i, j int) bool { return c[i].Span[0] < c[j].Span[0] })
}
