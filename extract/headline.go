package extract

import (
	"strings"
	"unicode/utf8"
)

// title picks the headline: the first short line with a notice word
// (お詫び, お知らせ, について) from just before the dateline, else from the
// top; else, as in a news article, the first of the opening lines that says
// something leaked. A breadcrumb line gives its last step, a headline that
// ends with the notice's date is read without it, and a numbered section
// heading (1.流出した情報について) is none.
func title(d *Doc, published *DateMention) *Found {
	from := 0
	if published != nil {
		from = max(0, d.LineAt(published.at.Start)-3)
	}
	for _, start := range []int{from, 0} {
		for li := start; li < len(d.Lines); li++ {
			if r, ok := d.headline(li, published); ok && hasAny(d.Text[r.Start:r.End], d.vocab.Words("notice_word")) {
				return d.found(r)
			}
		}
	}
	for li, seen := 0, 0; li < len(d.Lines) && seen < headlineLines; li++ {
		if d.Line(li) == "" {
			continue
		}
		seen++
		r, ok := d.headline(li, published)
		l := d.Text[r.Start:r.End]
		if ok && hasAny(l, d.vocab.Words("leak")) && utf8.RuneCountInString(l) >= minNewsHeadline &&
			!(strings.HasPrefix(l, "【") && strings.HasSuffix(l, "】")) { // not a section heading in brackets
			return d.found(r)
		}
	}
	return nil
}

// minNewsHeadline is the fewest characters a news headline has.
const minNewsHeadline = 10

// headline returns line li as a headline would stand on it, or false when
// it cannot be one.
func (d *Doc) headline(li int, published *DateMention) (Range, bool) {
	r := d.lineRange(li)
	if published != nil && published.at.Start >= r.Start && published.at.End <= r.End {
		if strings.TrimSpace(d.Text[r.Start:published.at.Start]) == "" {
			r.Start = published.at.End // a headline that opens with its date
		} else {
			r.End = published.at.Start // a headline that ends with its date
		}
	}
	if i := strings.LastIndex(d.Text[r.Start:r.End], " > "); i >= 0 {
		r.Start += i + len(" > ") // ホーム > お知らせ > …について
	}
	l := strings.TrimSpace(d.Text[r.Start:r.End])
	return r, l != "" && utf8.RuneCountInString(l) <= 80 && !strings.ContainsAny(l, "。|") &&
		!strings.HasPrefix(l, "※") && !sectionNumber(l)
}

// sectionNumber reports whether l opens with the number of a section
// (1.経緯, 2 被害状況, (3)対応).
func sectionNumber(l string) bool {
	l = strings.TrimPrefix(l, "(")
	n := 0
	for n < len(l) && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	return n > 0 && n <= 2 && n < len(l) && strings.ContainsRune(". )、", rune(l[n]))
}
