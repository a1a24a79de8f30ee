package extract

import "strings"

// Japanese phone numbers as notices print them: one, two or no separators
// (0120-123456, 0120-123-456, 0120123456), the area or toll-free prefix in
// parentheses ((0120)123456, 03(1234)5678), spaces between groups, and any
// dash-like character. NFKC and package normalize fold full-width digits and
// most dashes to ASCII; the long-vowel mark (ー, also from half-width ｰ) and
// the box-drawing heavy line are folded here. A number counts only when its
// digits fit the numbering plan (see validPhone).

// phoneNumber is a phone number found in Doc.Text.
type phoneNumber struct {
	Range
	digits string
	groups int // how many groups it is written in
}

// maxPhoneGroups is how many groups a number is written in at most; a
// further group joined by a dash makes it something else (a card number).
const maxPhoneGroups = 3

// maxPhoneDigits bounds the digits of a group read; longer runs are no phone.
const maxPhoneDigits = 11

// phoneDashes are the dash-like separators left in normalized text besides
// "-": the long-vowel mark and the heavy box-drawing line.
var phoneDashes = []string{"ー", "━"}

// findPhones returns the numbers in text that are written and sized as
// Japanese phone numbers, in text order. Each candidate starts at a 0 and is
// read for a bounded number of bytes, so the scan is linear.
func findPhones(text string) []phoneNumber {
	var out []phoneNumber
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '0')
		if j < 0 {
			break
		}
		at := i + j
		if p, ok := readPhone(text, at); ok {
			out = append(out, p)
			i = p.End
			continue
		}
		for i = at + 1; i < len(text) && isDigit(text[i]); i++ {
		}
	}
	return out
}

// phoneSep is the separator read after a group of digits.
type phoneSep struct {
	end   int  // where the next group starts
	tight bool // a dash or a parenthesis: the next group belongs to the number
	opens bool // a parenthesis opens before the next group
}

// readPhone reads the number whose first digit is at text[at].
func readPhone(text string, at int) (phoneNumber, bool) {
	if !phoneLeftEdge(text, at) {
		return phoneNumber{}, false
	}
	open := at > 0 && text[at-1] == '('
	var groups []Range
	var seps []phoneSep // seps[k] joins groups[k] and groups[k+1]
	for p := at; len(groups) <= maxPhoneGroups; {
		q := p
		for q < len(text) && isDigit(text[q]) && q-p <= maxPhoneDigits {
			q++
		}
		if q-p > maxPhoneDigits {
			return phoneNumber{}, false
		}
		groups = append(groups, Range{p, q})
		s, ok := readPhoneSep(text, q, open, len(groups) == 1)
		if !ok {
			break
		}
		open = open && !(s.tight && !s.opens) || s.opens
		seps = append(seps, s)
		p = s.end
	}
	for k := min(maxPhoneGroups, len(groups)); k >= 1; k-- {
		if k < len(groups) && seps[k-1].tight {
			continue // the number goes on: not a place to cut it
		}
		var digits strings.Builder
		lengths := make([]int, k)
		for g := range k {
			digits.WriteString(text[groups[g].Start:groups[g].End])
			lengths[g] = groups[g].End - groups[g].Start
		}
		end := groups[k-1].End
		if !validPhone(digits.String(), lengths) {
			continue // a shorter number may end before a space
		}
		if !phoneRightEdge(text, end) {
			return phoneNumber{}, false
		}
		start := at
		if at > 0 && text[at-1] == '(' && k > 1 && text[groups[0].End] == ')' {
			start = at - 1 // (0120)123456: the parenthesis is part of it
		}
		return phoneNumber{Range: Range{start, end}, digits: digits.String(), groups: k}, true
	}
	return phoneNumber{}, false
}

// readPhoneSep reads the separator at text[q] before a further group of
// digits: spaces (loose: the next group may be another number), or a dash or
// a parenthesis between up to two spaces on either side (tight). A ")"
// separates only where a parenthesis is open, a "(" only after the first
// group (03(1234)5678).
func readPhoneSep(text string, q int, open, first bool) (phoneSep, bool) {
	p := skipSpaces(text, q)
	s := phoneSep{}
	switch {
	case p < len(text) && (text[p] == '-' || text[p] == '.'):
		s.tight, p = true, p+1
	case strings.HasPrefix(text[p:], "・"):
		s.tight, p = true, p+len("・")
	case p < len(text) && text[p] == ')' && open:
		s.tight, p = true, p+1
	case p < len(text) && text[p] == '(' && first && !open:
		s.tight, s.opens, p = true, true, p+1
	default:
		for _, d := range phoneDashes {
			if strings.HasPrefix(text[p:], d) {
				s.tight, p = true, p+len(d)
				break
			}
		}
	}
	if s.tight {
		p = skipSpaces(text, p)
	}
	if p == q || p >= len(text) || !isDigit(text[p]) {
		return s, false
	}
	s.end = p
	return s, true
}

// skipSpaces returns the offset after at most two spaces or tabs at text[i].
func skipSpaces(text string, i int) int {
	for n := 0; n < 2 && i < len(text) && (text[i] == ' ' || text[i] == '\t'); n++ {
		i++
	}
	return i
}

// phoneLeftEdge reports whether a number may start at text[at]: not inside
// a longer number, a date (2017-07-25), a decimal or a code of letters and
// digits, though right after TEL.
func phoneLeftEdge(text string, at int) bool {
	if at == 0 {
		return true
	}
	c := text[at-1]
	switch {
	case isDigit(c), c == '-', c == '/', c == '+', c == '_', c == '@':
		return false
	case c == '.':
		return afterTel(text, at-1) // TEL.03-1234-5678, not 1.05 or No.0123
	case isLatin(c):
		return afterTel(text, at)
	}
	return true
}

// afterTel reports whether the letters right before text[i] spell TEL.
func afterTel(text string, i int) bool {
	j := i
	for j > 0 && isLatin(text[j-1]) {
		j--
	}
	return strings.EqualFold(text[j:i], "tel")
}

// phoneRightEdge reports whether a number may end at text[end]: not glued to
// letters, and not a registration number (第…号).
func phoneRightEdge(text string, end int) bool {
	if end < len(text) && (isLatin(text[end]) || text[end] == '@' || text[end] == '_') {
		return false
	}
	return !strings.HasPrefix(text[skipSpaces(text, end):], "号")
}

// servicePrefixes are the ten-digit non-geographic numbers whose four-digit
// prefix stands apart (toll-free 0120, navi dial 0570, 0180, 0990); 0800 is
// toll-free with eleven digits.
var servicePrefixes = []string{"0120", "0570", "0180", "0990", "0800"}

// elevenDigitPrefixes are the numbers of eleven digits: mobiles, IP phones
// and 0800.
var elevenDigitPrefixes = []string{"090", "080", "070", "050", "0800"}

// tollFreePrefixes are the prefixes of numbers free to call.
var tollFreePrefixes = []string{"0120", "0800"}

// validPhone reports whether digits, written in groups of the given lengths,
// is a Japanese number: ten digits with neither of the two after the leading
// 0 a 0 (geographic and service numbers), or eleven after a mobile, IP or
// 0800 prefix. Groups must fall where the plan puts them: a service prefix
// stands alone, a mobile or IP prefix is three digits, and a geographic
// number's area code (two to five digits) and local exchange make six
// digits before the four of the subscriber.
func validPhone(digits string, lengths []int) bool {
	eleven := hasPrefix(digits, elevenDigitPrefixes)
	switch {
	case len(digits) == 10 && digits[1] != '0' && digits[2] != '0' && !eleven:
	case len(digits) == 11 && eleven:
	default:
		return false
	}
	if len(lengths) == 1 {
		return true
	}
	first, last := lengths[0], lengths[len(lengths)-1]
	switch {
	case hasPrefix(digits, servicePrefixes):
		return first == 4 && (len(lengths) == 2 || last >= 3)
	case eleven:
		return first == 3 && (len(lengths) == 2 || last == 4)
	}
	return first >= 2 && first <= 5 && (len(lengths) == 2 || first+lengths[1] == 6 && last == 4)
}

// hasPrefix reports whether s starts with one of prefixes.
func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// phoneValue returns the number as written, its dash-like separators as "-".
func phoneValue(text string) string {
	for _, d := range phoneDashes {
		text = strings.ReplaceAll(text, d, "-")
	}
	return text
}

// phoneCueRunes bounds the text before a number read for what kind of
// number it is (TEL, FAX, 会員番号).
const phoneCueRunes = 10

// isPhoneContext reports whether the words just before a number (before,
// cut at the previous contact) let it be a phone: the nearest cue decides
// between a phone or desk word and a word for another kind of number (FAX,
// 会員番号, 〒, No.). A fax word straight after a phone word (TEL/FAX)
// names a line for both. Numbers in one unbroken run of digits need a phone
// or desk word unless their prefix is a mobile or service one.
func (d *Doc) isPhoneContext(before string, p phoneNumber) bool {
	v := d.vocab
	tail := lastRunes(before, phoneCueRunes)
	_, yes := lastWord(tail, v.Words("phone_word"), v.Words("contact_label"))
	faxStart, fax := lastWord(tail, v.Words("fax_word"))
	_, other := lastWord(tail, v.Words("not_phone"))
	if fax > yes && fax > other && yes >= 0 && strings.Trim(tail[yes:faxStart], "/・、 ") == "" {
		fax = -1 // TEL/FAX
	}
	if max(fax, other) > yes {
		return false
	}
	if p.groups == 1 && yes < 0 {
		return hasPrefix(p.digits, servicePrefixes) || hasPrefix(p.digits, elevenDigitPrefixes)
	}
	return true
}

// lastWord returns where the last occurrence in s of any of the words of
// lists starts and ends, -1 and -1 when none occurs.
func lastWord(s string, lists ...[]string) (start, end int) {
	start, end = -1, -1
	for _, words := range lists {
		for _, w := range words {
			if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > end {
				start, end = i, i+len(w)
			}
		}
	}
	return start, end
}

// faxAfter reports whether the words after a number mark it as a fax line
// in brackets (03-1234-5678(FAX)).
func (d *Doc) faxAfter(after string) bool {
	after = strings.TrimLeft(firstRunes(after, 8), " ")
	if !strings.HasPrefix(after, "(") {
		return false
	}
	for _, w := range d.vocab.Words("fax_word") {
		if strings.HasPrefix(after[1:], w) {
			return true
		}
	}
	return false
}
