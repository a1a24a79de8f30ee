package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

var emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)

// labelRunes bounds the text before a contact read for its label, and
// hoursWindow the bytes after it read for its hours: a contact's words stand
// next to it, and bounded reads keep a long line linear.
const (
	labelRunes  = 40
	hoursWindow = 240
)

// maskRunes are the characters that mask the letters of an address.
const maskRunes = "*●○◯×■"

// blockLines is how many lines above an address a contact may stand for
// the address to belong to the same block of contacts.
const blockLines = 3

// Contacts reads the phone numbers, e-mail addresses and inquiry pages a
// notice gives affected people, with the desk's name and hours where given.
// Fax, registration and member numbers are not contacts, nor are masked or
// placeholder addresses, nor an address the text only talks about.
func Contacts(d *Doc) []Contact {
	m := d.contactMarks()
	seen := map[string]bool{}
	out, phoneStarts := d.phoneContacts(m, seen)
	out = append(out, d.emailContacts(m, phoneStarts, seen)...)
	return append(out, d.urlContacts(seen)...)
}

// contactMarks are the phone numbers and the addresses of a text that may
// be contacts, in text order, and all of them together, which bound each
// other's label and hours.
type contactMarks struct {
	d      *Doc
	phones []phoneNumber
	emails []Range
	all    []Range
}

// contactMarks finds the numbers and addresses of d that are not part of a
// web address (save mailto:) nor placeholders.
func (d *Doc) contactMarks() contactMarks {
	urls := d.URLs()
	inURL := func(i int) bool {
		k := sort.Search(len(urls), func(k int) bool { return urls[k].End > i })
		return k < len(urls) && urls[k].Start <= i && !afterMailto(d.Text, i)
	}
	m := contactMarks{d: d}
	for _, p := range findPhones(d.Text) {
		if !inURL(p.Start) {
			m.phones = append(m.phones, p)
			m.all = append(m.all, p.Range)
		}
	}
	for _, e := range findAround(emailRe, d.Text, "@", emailReach) {
		if !inURL(e[0]) && !d.placeholderEmail(e[0], e[1]) {
			m.emails = append(m.emails, Range{e[0], e[1]})
			m.all = append(m.all, Range{e[0], e[1]})
		}
	}
	sort.Slice(m.all, func(i, j int) bool { return m.all[i].Start < m.all[j].Start })
	return m
}

// before returns the words before r on its line, after the previous mark,
// at most labelRunes of them.
func (m contactMarks) before(r Range) string {
	k := sort.Search(len(m.all), func(k int) bool { return m.all[k].Start >= r.Start })
	from := m.d.Lines[m.d.LineAt(r.Start)].Start
	if k > 0 {
		from = max(from, m.all[k-1].End)
	}
	return lastRunes(m.d.Text[from:r.Start], labelRunes)
}

// next returns where the mark after r starts, the text's end when none does.
func (m contactMarks) next(r Range) int {
	k := sort.Search(len(m.all), func(k int) bool { return m.all[k].Start >= r.End })
	if k < len(m.all) {
		return m.all[k].Start
	}
	return len(m.d.Text)
}

// phoneContacts returns the numbers of m that the words around them let be
// phones, once each, with their desk and hours, and where they start.
func (d *Doc) phoneContacts(m contactMarks, seen map[string]bool) (out []Contact, starts []int) {
	for _, p := range m.phones {
		b := m.before(p.Range)
		if seen[p.digits] || !d.isPhoneContext(b, p) || d.faxAfter(d.Text[p.End:]) {
			continue
		}
		seen[p.digits] = true
		starts = append(starts, p.Start)
		label, deskHours := d.splitDesk(d.contactLabel(d.LineAt(p.Start), b))
		hours := d.contactHours(p.End, m.next(p.Range))
		if hours == "" {
			hours = deskHours
		}
		out = append(out, Contact{Kind: "phone", Value: phoneValue(d.Text[p.Start:p.End]), Span: d.Span(p.Start, p.End),
			TollFree: hasPrefix(p.digits, tollFreePrefixes), Label: label, Hours: hours})
	}
	return out, starts
}

// emailContacts returns the addresses of m given as ones to write to: under
// or after a desk's name, after a field name (E-mail:), in a block of
// contacts (within blockLines of the phone or address taken before it), in
// a sentence that asks people to write, or as a mailto link. phoneStarts are
// where the phones taken start.
func (d *Doc) emailContacts(m contactMarks, phoneStarts []int, seen map[string]bool) []Contact {
	var out []Contact
	lastTaken := -1 // where the last address taken starts
	for _, e := range m.emails {
		value := strings.ToLower(d.Text[e.Start:e.End])
		if seen[value] {
			continue
		}
		li := d.LineAt(e.Start)
		b := m.before(e)
		label := d.contactLabel(li, b)
		above := lastTaken
		if k := sort.SearchInts(phoneStarts, e.Start); k > 0 {
			above = max(above, phoneStarts[k-1])
		}
		inBlock := above >= 0 && d.LineAt(above) >= li-blockLines && d.listed(b)
		// …までお問い合わせください: the sentence asks people to write.
		asked := hasAny(d.Text[e.End:d.around(e.Start, e.End).End], d.vocab.Words("contact_label"))
		if label == "" && !inBlock && !asked && !d.emailCue(b) && !afterMailto(d.Text, e.Start) {
			continue // an address the text talks about (one that was hijacked, a sender's)
		}
		seen[value] = true
		lastTaken = e.Start
		out = append(out, Contact{Kind: "email", Value: value, Span: d.Span(e.Start, e.End), Label: label})
	}
	return out
}

// urlContacts returns the web addresses given as inquiry pages.
func (d *Doc) urlContacts(seen map[string]bool) []Contact {
	var out []Contact
	for _, u := range d.URLs() {
		value := strings.TrimRight(d.Text[u.Start:u.End], ".,)")
		if seen[value] {
			continue
		}
		if label := d.urlLabel(u); label != "" {
			seen[value] = true
			out = append(out, Contact{Kind: "url", Value: value, Span: d.Span(u.Start, u.Start+len(value)), Label: label})
		}
	}
	return out
}

// afterMailto reports whether Text offset i follows mailto:.
func afterMailto(text string, i int) bool {
	return strings.HasSuffix(text[max(0, i-len("mailto:")):i], "mailto:")
}

// emailCue reports whether the words before an address are only a field
// name for it (E-mail:, メールアドレス:), as in a list of contacts; a
// longer name (送信元メールアドレス:) tells of another address.
func (d *Doc) emailCue(before string) bool {
	return contains(d.vocab.Words("email_word"), cleanLabel(before))
}

// placeholderEmail reports whether the address at Text[i:j] stands for no
// one: masked (xxx@…, ***@…, where the match starts after the mask) or at a
// reserved or placeholder domain (example.com, .test).
func (d *Doc) placeholderEmail(i, j int) bool {
	if r, _ := utf8.DecodeLastRuneInString(d.Text[:i]); strings.ContainsRune(maskRunes, r) {
		return true
	}
	local, domain, _ := strings.Cut(strings.ToLower(d.Text[i:j]), "@")
	for _, part := range strings.FieldsFunc(local+"."+domain, func(r rune) bool { return strings.ContainsRune(".-_+", r) }) {
		if strings.Trim(part, "x") == "" && len(part) >= 2 || strings.Trim(part, "*") == "" {
			return true
		}
	}
	for _, label := range strings.Split(domain, ".") {
		if contains(d.vocab.Words("email_placeholder"), label) {
			return true
		}
	}
	return false
}

// urlLabel names the inquiry page at u: the desk or form named before it
// on its line, or on the line above when the address stands alone on its
// own. It is empty for a page that is not one to ask at.
func (d *Doc) urlLabel(u Range) string {
	labels := d.vocab.Words("contact_label")
	li := d.LineAt(u.Start)
	before := lastRunes(d.Text[d.Lines[li].Start:u.Start], labelRunes)
	if hasAny(before, labels) {
		return strings.Trim(strings.TrimSpace(before), ":")
	}
	if strings.TrimSpace(before) != "" || li == 0 {
		return ""
	}
	for j := li - 1; j >= 0 && j >= li-2; j-- {
		if d.Lines[j].End-d.Lines[j].Start > maxHeadingBytes {
			break
		}
		if l := d.Line(j); l != "" {
			if hasAny(l, labels) {
				return cleanLabel(lastRunes(l, labelRunes))
			}
			break
		}
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
