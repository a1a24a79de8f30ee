package pdftext

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// char is one character of a page as pdfium reports it: its text and its
// glyph box in points (y grows upwards). Characters pdfium generates between
// lines ("\r", "\n") and at wide gaps (" ") have empty boxes.
type char struct {
	text                     string
	left, top, right, bottom float64
}

// line is one line of a page's text with the horizontal extent of its glyphs.
type line struct {
	text        string
	left, right float64 // the glyphs' extent; both 0 when the line has none
	top, bottom float64
	em          float64 // the tallest glyph: about the font size
	firstUnit   float64 // the width of what a line break could not split at its start
	page        int
}

// page is the text of one page, as lines in pdfium's reading order.
type page struct {
	width float64
	lines []line
}

// pageLines cuts a page's characters into lines at the line ends pdfium
// generates and where a glyph starts left of and wholly below the one
// before (pdfium misses some after a lone small glyph, a "-"), dropping
// blank lines.
func pageLines(chars []char, width float64) page {
	p := page{width: width}
	var cur []char
	var prev *char // the last glyph of the line
	flush := func() {
		if l, ok := newLine(cur); ok {
			p.lines = append(p.lines, l)
		}
		cur, prev = cur[:0], nil
	}
	for i, c := range chars {
		switch {
		case c.text == "\r":
		case c.text == "\n":
			flush()
		default:
			if c.right > c.left {
				if prev != nil && c.left < prev.right && c.top < prev.bottom {
					flush()
				}
				prev = &chars[i]
			}
			cur = append(cur, c)
		}
	}
	flush()
	return p
}

// newLine measures one line's characters; ok is false for a blank line.
func newLine(chars []char) (l line, ok bool) {
	var b strings.Builder
	first := true
	for i, c := range chars {
		b.WriteString(clean(c.text))
		if c.right <= c.left || strings.TrimSpace(c.text) == "" {
			continue
		}
		if first {
			l.left, l.right, l.top, l.bottom, first = c.left, c.right, c.top, c.bottom, false
			l.firstUnit = unitWidth(chars[i:])
		}
		l.left, l.right = min(l.left, c.left), max(l.right, c.right)
		l.top, l.bottom = max(l.top, c.top), min(l.bottom, c.bottom)
		l.em = max(l.em, c.top-c.bottom)
	}
	l.text = strings.TrimRightFunc(b.String(), unicode.IsSpace)
	return l, strings.TrimSpace(l.text) != ""
}

// clean drops what pdfium reports for glyphs it cannot map to Unicode and
// control characters, which would make the text look binary.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || r == 0xFFFE || r < ' ' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// unitWidth returns the width of the first unit a line break cannot split
// in chars: opening brackets with what follows them, then a run of ASCII (a
// word, an address) or one character, then the punctuation that may not
// start a line.
func unitWidth(chars []char) float64 {
	start, end := chars[0].left, chars[0].right
	i := 0
	for i+1 < len(chars) && chars[i].text != "" && strings.Contains(noLineEnd, chars[i].text) {
		i++
	}
	end = max(end, chars[i].right)
	r, _ := utf8.DecodeRuneInString(chars[i].text)
	latin := r < 0x80
	for _, c := range chars[i+1:] {
		r, _ := utf8.DecodeRuneInString(c.text)
		if latin && (r >= 0x80 || unicode.IsSpace(r)) || !latin && !strings.ContainsRune(noLineStart, r) {
			break
		}
		end = max(end, c.right)
	}
	return end - start
}

// noLineEnd holds the opening brackets Japanese typesetting keeps off the
// end of a line: they move down with what follows them.
const noLineEnd = "「『【(（〔［[〈《"

// noLineStart holds the punctuation Japanese typesetting keeps off the start
// of a line: the character before it moves down with it.
const noLineStart = "、。，．,.)）」』】〕!?！？:;ー・ぁぃぅぇぉっゃゅょァィゥェォッャュョ"

// noWrapEnd holds the marks that end a sentence: a line ending in one is
// kept as a line even where it reaches the margin (a paragraph may end
// there), as extract's sentence splitter would end it anyway.
const noWrapEnd = "。!?！？"

// closers end a heading or a quotation: a line ending in one that reaches
// the margin goes on only in a line that starts with kana (a particle: 」が,
// )を), a comma or another bracket (」「, 」().
const closers = ")）」】』"

// noWrapStart holds the marks that start a heading or a list item.
const noWrapStart = "・【■□●○◆◇※"

// lineSpacing returns the median white space between successive lines of
// a page: more than that is a paragraph break.
func lineSpacing(lines []line) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if lines[i].page == lines[i-1].page {
			gaps = append(gaps, lines[i-1].bottom-lines[i].top)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[(len(gaps)-1)/2]
}

// pageNumber matches a line that is only a page number: "3", "- 3 -",
// "3/7", "Page 3", "3ページ".
var pageNumber = regexp.MustCompile(`^(?i:page|p\.)?\s*[-–—‐(]?\s*\d{1,4}\s*(?:[-–—‐)]|/\s*\d{1,4}|of\s*\d{1,4}|ページ|頁)?\s*$`)

// join returns the text of the pages: one line per line of the document,
// except that a line the layout wrapped at the right margin (on the same
// page or onto the next) is joined to the line that continues it, so that a
// date, a count, a list or a phone number broken by the layout reads as
// one, as in a plain text. Page numbers alone on the first or last line of
// a page and running headers and footers are dropped.
func join(pages []page) string {
	var lines []line
	width := 0.0
	running := runningLines(pages)
	furniture := func(l line) bool { return isPageNumber(l.text) || running[shape(l.text)] }
	for pi, p := range pages {
		body := p.lines
		for k := 0; k < edgeLines && len(body) > 1 && furniture(body[len(body)-1]); k++ {
			body = body[:len(body)-1]
		}
		for k := 0; k < edgeLines && len(body) > 1 && furniture(body[0]); k++ {
			body = body[1:]
		}
		for i := range body {
			body[i].page = pi
		}
		width = max(width, p.width)
		lines = append(lines, body...)
	}
	left := leftMargin(lines)
	margin := rightMargin(lines, left, width)
	spacing := lineSpacing(lines)
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l.text)
		if i+1 == len(lines) {
			break
		}
		next := lines[i+1]
		if !wrapped(l, next, left, margin) {
			b.WriteByte('\n')
			if next.page == l.page && l.bottom-next.top > spacing+0.6*l.em {
				b.WriteByte('\n') // a paragraph break, as a blank line of a plain text
			}
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(l.text)
		first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(next.text, unicode.IsSpace))
		if isLatin(last) && isLatin(first) {
			b.WriteByte(' ') // the space the layout broke the line at
		}
	}
	return b.String()
}

// edgeLines is how many lines at the top and at the foot of a page may be a
// running header or footer.
const edgeLines = 2

// runningLines returns the shapes of the running headers and footers of a
// document: lines among the first or last edgeLines of a page whose shape
// (digits aside: a date, a page count) recurs there on half the pages or
// more, at least two. A browser prints the date, title, address and page
// count so.
func runningLines(pages []page) map[string]bool {
	if len(pages) < 2 {
		return nil
	}
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for i, l := range p.lines {
			if i < edgeLines || i >= len(p.lines)-edgeLines {
				seen[shape(l.text)] = true
			}
		}
		for k := range seen {
			count[k]++
		}
	}
	running := map[string]bool{}
	for k, n := range count {
		if n >= 2 && 2*n >= len(pages) {
			running[k] = true
		}
	}
	return running
}

// shape returns a line's text with its runs of digits as one "#".
func shape(s string) string {
	var b strings.Builder
	digits := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

func isPageNumber(s string) bool { return pageNumber.MatchString(strings.TrimSpace(s)) }

// isLatin reports whether r is an ASCII letter or digit.
func isLatin(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// leftMargin returns where most lines start, to the point: the body's
// left margin, which a browser's header or footer printed further out, or
// indented lines, do not move.
func leftMargin(lines []line) float64 {
	count := map[float64]int{}
	best, most := 0.0, 0
	for _, l := range lines {
		if l.right <= l.left {
			continue
		}
		x := math.Round(l.left)
		count[x]++
		if n := count[x]; n > most || n == most && x < best {
			best, most = x, n
		}
	}
	return best
}

// rightMargin returns where the layout wrapped lines: the rightmost end of
// a line within two characters of the mirror of the left margin on the
// widest page (text boxes are about centred; a browser's footer printed
// further out in the margin does not count); 0, so that nothing is joined,
// when no line ends there.
func rightMargin(lines []line, left, width float64) float64 {
	margin := 0.0
	for _, l := range lines {
		if l.right > l.left && math.Abs(l.right-(width-left)) <= 2*max(l.em, 1) {
			margin = max(margin, l.right)
		}
	}
	return margin
}

// wrapped reports whether line l was wrapped by the layout and goes on in
// next: it is long (not a right-aligned date or signature), it ends within
// reach of the margin (the first unit of the next line would not have fit),
// and neither does l end a sentence nor does next start a heading or item.
func wrapped(l, next line, left, margin float64) bool {
	if margin == 0 || l.right <= l.left || next.right <= next.left {
		return false
	}
	if l.right-l.left < (margin-left)/2 || margin-l.right >= next.firstUnit+l.em {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(next.text, unicode.IsSpace))
	if strings.ContainsRune(closers, last) {
		return unicode.Is(unicode.Hiragana, first) || strings.ContainsRune("、,"+noLineEnd, first)
	}
	return !strings.ContainsRune(noWrapEnd, last) && !strings.ContainsRune(noWrapStart, first)
}
