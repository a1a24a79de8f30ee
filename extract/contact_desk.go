package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A contact's desk: the name of the desk a number or address belongs to
// (お客様相談窓口, 専用ダイヤル, 照会先) and its hours and days (受付時間,
// 平日, 土日祝を除く, 年中無休, 期間限定 … まで). Several desks in one block
// each keep their own: a label is read before its contact, up to the
// previous contact, and hours after it, up to the next.

var (
	// hoursRe matches the shapes of opening hours: a range of times, a
	// range of weekdays, the closed days and the last day of a desk opened
	// for a while. The fixed words (平日, 年中無休 …) are hours_word in dict.
	hoursRe = mustAnchored(`(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)` + sp + `(?:~|-|から)` + sp +
		`(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)(?:まで)?` +
		`|[月火水木金土日](?:曜日?)?` + sp + `(?:~|-|から)` + sp + `[月火水木金土日](?:曜日?)?(?:まで)?` +
		`|土[・、]?日[・、]?(?:祝|祭)日?(?:[・、]?(?:祝|祭)日)?(?:[・、]?年末年始)?(?:を|は)?(?:除く|休(?:み|業)?)` +
		`|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\([月火水木金土日]\))?(?:まで|迄)`)
	// hoursLeadRe is a lead word before the hours themselves, dropped.
	hoursLeadRe = regexp.MustCompile(`^(?:受付時間|営業時間|受付|対応時間)` + sp + `[:|]?` + sp)
)

// hoursGap is how many bytes may stand between two parts of one statement
// of hours (a space, a bracket, a colon).
const hoursGap = 9

// contactLabel names the desk: the words before the contact on its line
// when they name one (専用ダイヤル:), else the nearest line above that does,
// up to the line of another contact. Words that only say what the number
// is (フリーダイヤル, TEL) are no name.
func (d *Doc) contactLabel(li int, before string) string {
	labels := d.vocab.Words("contact_label")
	b := d.trimLabel(before)
	if b != "" && hasAny(b, labels) {
		return b
	}
	if !d.listed(before) {
		return "" // a contact in prose has its desk named, if at all, in its sentence
	}
	for j := li - 1; j >= 0 && j >= li-4; j-- {
		if d.Lines[j].End-d.Lines[j].Start > maxHeadingBytes {
			break // prose, not a heading
		}
		l := cleanLabel(d.Line(j))
		if len(findPhones(l)) > 0 || emailRe.MatchString(l) || strings.Contains(l, "://") {
			break
		}
		if l != "" && hasAny(l, labels) && !strings.Contains(l, "。") {
			return l
		}
	}
	return ""
}

// maxHeadingBytes bounds the line above a contact read as its desk's
// heading: a longer one is prose, and bounded reads keep the scan linear.
const maxHeadingBytes = 240

// listedRunes bounds the words before a contact listed under its desk's
// name (a company's name, a field name).
const listedRunes = 20

// listed reports whether the words before a contact on its line are those
// of a list of contacts (a desk's or company's name, a field name), not a
// clause of prose: short, and with no kana of grammar once the words of
// desks and fields are taken out (お and ご are honorifics of names).
func (d *Doc) listed(before string) bool {
	b := d.trimLabel(before)
	if utf8.RuneCountInString(b) > listedRunes {
		return false
	}
	v := d.vocab
	for _, words := range [][]string{v.Words("contact_label"), v.Words("phone_word"), v.Words("email_word")} {
		for _, w := range words {
			b = strings.ReplaceAll(b, w, " ")
		}
	}
	for _, r := range b {
		if unicode.Is(unicode.Hiragana, r) && r != 'お' && r != 'ご' || r == '、' || r == '。' {
			return false
		}
	}
	return true
}

// trimLabel cuts the words before a contact to the desk's name: without the
// words that say what the number is (TEL, フリーダイヤル), separators, and
// the clause before the last comma or topic (…問い合わせは).
func (d *Doc) trimLabel(s string) string {
	s = cleanLabel(s)
	for changed := true; changed && s != ""; {
		changed = false
		for _, w := range d.vocab.Words("phone_word") {
			if strings.HasSuffix(s, w) {
				s, changed = cleanLabel(strings.TrimRight(strings.TrimSuffix(s, w), "、,:")), true
			}
		}
	}
	s = strings.TrimSuffix(s, "は") // お問い合わせは
	for _, mark := range []string{"。", "、", "は"} {
		if i := strings.LastIndex(s, mark); i >= 0 && hasAny(s[i:], d.vocab.Words("contact_label")) {
			s = s[i+len(mark):]
		}
	}
	return cleanLabel(s)
}

// cleanLabel strips brackets, markers and separators from a label.
func cleanLabel(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "【】<>■□●◆◇・:()| "))
}

// contactHours reads the hours of the contact that ends at from: the first
// statement of hours on the rest of its line or on the two lines after,
// stopping at the next contact (until) or desk.
func (d *Doc) contactHours(from, until int) string {
	li := d.LineAt(from)
	end := min(until, from+hoursWindow)
	if li+2 < len(d.Lines) {
		end = min(end, d.Lines[li+2].End)
	}
	for j := li + 1; j < len(d.Lines) && d.Lines[j].Start < end; j++ {
		l := d.Text[d.Lines[j].Start:min(d.Lines[j].End, end)]
		if hasAny(l, d.vocab.Words("contact_label")) && len(hoursRe.FindStringIndex(l)) == 0 {
			end = d.Lines[j].Start // the next desk's heading
			break
		}
	}
	if end <= from {
		return ""
	}
	w := Range{from, end}
	for w.End < len(d.Text) && w.End > w.Start && !isRuneStart(d.Text[w.End]) {
		w.End--
	}
	_, hours := d.hoursIn(d.Text, w)
	return hours
}

// hoursIn returns where the first statement of hours in window w of text
// starts and the statement, without its lead word (受付時間:); -1 and ""
// when there is none.
func (d *Doc) hoursIn(text string, w Range) (int, string) {
	parts := hoursParts(text, w, d.vocab.Words("hours_word"))
	if len(parts) == 0 {
		return -1, ""
	}
	r := parts[0]
	for _, p := range parts[1:] {
		if p.Start > r.End && (p.Start > r.End+hoursGap || strings.ContainsAny(text[r.End:p.Start], "\n。")) {
			break
		}
		r.End = max(r.End, p.End)
	}
	hours := text[r.Start:r.End]
	if strings.Count(hours, "(") > strings.Count(hours, ")") && strings.HasPrefix(text[r.End:], ")") {
		hours += ")"
	}
	hours = strings.TrimSpace(hoursLeadRe.ReplaceAllString(hours, ""))
	return r.Start, strings.TrimLeft(hours, ":|) ")
}

// splitDesk cuts the hours a desk's name carries (お客様相談窓口(受付時間:
// 平日9時~17時)) off it.
func (d *Doc) splitDesk(label string) (name, hours string) {
	at, hours := d.hoursIn(label, Range{0, len(label)})
	if at < 0 {
		return label, ""
	}
	return cleanLabel(label[:at]), hours
}

// hoursParts returns the statements of hours in window w of text, sorted by
// where they start.
func hoursParts(text string, w Range, words []string) []Range {
	var parts []Range
	for _, m := range hoursRe.findIn(text, []Range{w}) {
		parts = append(parts, Range{m[0], m[1]})
	}
	for _, word := range words {
		for from := w.Start; ; {
			i := strings.Index(text[from:w.End], word)
			if i < 0 {
				break
			}
			parts = append(parts, Range{from + i, from + i + len(word)})
			from += i + len(word)
		}
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].Start < parts[j].Start })
	return parts
}

// isRuneStart reports whether byte c starts a UTF-8 character.
func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }
