package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	phoneRe = regexp.MustCompile(`0\d{1,4}(?:[-・. ]|\)` + sp + `|` + sp + `\(` + sp + `)\d{1,4}(?:[-・. ]|\)` + sp + `)\d{3,4}|0\d{9,10}`)
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	hoursRe = regexp.MustCompile(`(?:平日|受付時間|営業時間|受付|月~金|月曜|土日)[^\n]{0,24}?(?:午前|午後)?\d{1,2}(?::\d{2}|時)` + sp + `~` + sp + `(?:午前|午後)?\d{1,2}(?::\d{2}|時)`)
)

// labelRunes bounds the text before a contact read for its label, and
// hoursWindow the bytes after it read for its hours: a contact's words stand
// next to it, and bounded reads keep a long line linear.
const (
	labelRunes  = 40
	hoursWindow = 240
)

// tollFreePrefixes are the prefixes of numbers free to call.
var tollFreePrefixes = []string{"0120", "0800"}

// Contacts reads the phone numbers, e-mail addresses and inquiry pages a
// notice gives affected people, with the desk's name and hours where given.
// Numbers after FAX, registration and member numbers are not contacts.
func Contacts(d *Doc) []Contact {
	var out []Contact
	seen := map[string]bool{}
	urls := d.URLs()
	inURL := func(i int) bool {
		for _, u := range urls {
			if i >= u.Start && i < u.End {
				return true
			}
		}
		return false
	}
	for _, m := range phoneRe.FindAllStringIndex(d.Text, -1) {
		value := d.Text[m[0]:m[1]]
		if !phoneBoundary(d.Text, m[0], m[1]) || inURL(m[0]) || !plausiblePhone(value) {
			continue
		}
		li := d.LineAt(m[0])
		before := lastRunes(d.Text[d.Lines[li].Start:m[0]], labelRunes)
		if tail := lastRunes(before, 8); hasAny(tail, d.vocab.Words("not_phone")) {
			continue
		}
		digits := onlyDigits(value)
		if seen[digits] {
			continue
		}
		seen[digits] = true
		c := Contact{Kind: "phone", Value: value, Span: d.Span(m[0], m[1])}
		for _, p := range tollFreePrefixes {
			c.TollFree = c.TollFree || strings.HasPrefix(digits, p)
		}
		c.Label = d.contactLabel(li, before)
		c.Hours = d.contactHours(m[1], li)
		out = append(out, c)
	}
	for _, m := range findAround(emailRe, d.Text, "@", emailReach) {
		value := strings.ToLower(d.Text[m[0]:m[1]])
		if seen[value] || inURL(m[0]) && !strings.HasPrefix(d.Text[max(0, m[0]-7):m[0]], "mailto:") {
			continue
		}
		seen[value] = true
		li := d.LineAt(m[0])
		out = append(out, Contact{Kind: "email", Value: value, Span: d.Span(m[0], m[1]),
			Label: d.contactLabel(li, lastRunes(d.Text[d.Lines[li].Start:m[0]], labelRunes))})
	}
	for _, u := range urls {
		li := d.LineAt(u.Start)
		before := lastRunes(d.Text[d.Lines[li].Start:u.Start], labelRunes)
		if !hasAny(before, d.vocab.Words("contact_label")) {
			continue
		}
		value := strings.TrimRight(d.Text[u.Start:u.End], ".,)")
		if seen[value] {
			continue
		}
		seen[value] = true
		out = append(out, Contact{Kind: "url", Value: value, Span: d.Span(u.Start, u.Start+len(value)),
			Label: strings.Trim(strings.TrimSpace(before), ":")})
	}
	return out
}

// phoneBoundary reports whether [i, j) is a whole number, not part of a
// longer one.
func phoneBoundary(text string, i, j int) bool {
	if i > 0 && (isDigit(text[i-1]) || text[i-1] == '-' || text[i-1] == '/' || text[i-1] == '.') {
		return false
	}
	return j >= len(text) || !isDigit(text[j]) && !(text[j] == '-' && j+1 < len(text) && isDigit(text[j+1]))
}

// plausiblePhone reports whether s has the digits of a Japanese number: ten
// (landline, 0120, 0570) or eleven (mobile, 050, 0800).
func plausiblePhone(s string) bool {
	digits := onlyDigits(s)
	switch len(digits) {
	case 10:
		return digits[1] != '0'
	case 11:
		return strings.HasPrefix(digits, "0800") || strings.HasPrefix(digits, "050") ||
			strings.HasPrefix(digits, "070") || strings.HasPrefix(digits, "080") || strings.HasPrefix(digits, "090")
	}
	return false
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// contactLabel names the desk: the words before the number on its line when
// they name one (専用ダイヤル:), else the nearest line above that does, up to
// the line of another contact. Words that only say what the number is
// (フリーダイヤル, TEL) are no name.
func (d *Doc) contactLabel(li int, before string) string {
	v := d.vocab
	labels := v.Words("contact_label")
	b := cleanLabel(before)
	if b != "" && hasAny(b, labels) && !contains(v.Words("phone_word"), b) {
		return b
	}
	for j := li - 1; j >= 0 && j >= li-4; j-- {
		l := cleanLabel(d.Line(j))
		if phoneRe.MatchString(l) || emailRe.MatchString(l) {
			break
		}
		if l != "" && hasAny(l, labels) && !strings.Contains(l, "。") {
			return l
		}
	}
	if hasAny(b, labels) {
		return b
	}
	return ""
}

// cleanLabel strips brackets, markers and separators from a label.
func cleanLabel(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "【】<>■□●・:()| "))
}

// contactHours reads the opening hours after a number, on its line or the
// next, within hoursWindow bytes.
func (d *Doc) contactHours(from, li int) string {
	end := d.Lines[li].End
	if li+1 < len(d.Lines) {
		end = d.Lines[li+1].End
	}
	end = min(end, from+hoursWindow)
	if m := hoursRe.FindStringIndex(d.Text[from:end]); m != nil {
		return strings.TrimSpace(d.Text[from+m[0] : from+m[1]])
	}
	return ""
}

// lastRunes returns the last n runes of s, in time proportional to n.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// How far from its anchor (@, -, 弱性) an address, a CVE id or a software
// name may reach.
const (
	emailReach    = 128
	cveReach      = 16
	softwareReach = 96
)

var (
	cveRe      = regexp.MustCompile(`(?i)\bCVE-\d{4}-\d{4,7}\b`)
	softwareRe = regexp.MustCompile(`([A-Za-z][A-Za-z0-9.+\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\-]*){0,3})` + sp + `(?:の)?` + sp + `(?:脆弱性|ぜい弱性)`)
)

// CVEs returns the CVE ids the text names, upper case, without repeats.
func CVEs(d *Doc) []Found {
	var out []Found
	seen := map[string]bool{}
	for _, m := range findAround(cveRe, d.Text, "-", cveReach) {
		id := strings.ToUpper(d.Value(m[0], m[1]))
		if !seen[id] {
			seen[id] = true
			out = append(out, Found{Value: id, Span: d.Span(m[0], m[1])})
		}
	}
	return out
}

// Software returns the software the text names as vulnerable (Apache
// Struts2 の脆弱性), once each however it is spaced.
func Software(d *Doc) []Found {
	var out []Found
	seen := map[string]bool{}
	for _, m := range findAround(softwareRe, d.Text, "弱性", softwareReach) {
		name := d.Value(m[2], m[3])
		key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
		if len(name) < 3 || seen[key] || strings.HasPrefix(key, "cve-") {
			continue
		}
		seen[key] = true
		out = append(out, Found{Value: name, Span: d.Span(m[2], m[3])})
	}
	return out
}
