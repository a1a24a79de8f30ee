package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A signature block names the discloser and who signs for it, on one line
// or two: 株式会社サンプル 代表取締役 山田 太郎; サンプル市長 山田 太郎;
// 日本サンプル学会理事長 / 山田 花子. The titles are the representative
// class of words.tsv.

// signature is a line of a signature block read as a name, a signing title
// and a person's name, any of which may be missing.
type signature struct {
	name   Range // the name before the title
	named  bool  // whether name is a name with a legal form or of a body
	title  string
	at     int   // where the title starts in Doc.Text
	person Range // what follows the title, or the next line
	signed bool  // whether person reads as a person's name
}

// signatureMemo keeps a line's reading as a line of a signature block: the
// organization, representative and dateline readers each ask it of the
// lines around every candidate, and a reading tokenizes.
type signatureMemo struct {
	once sync.Once
	s    signature
}

// readSignature reads line li as a line of a signature block, once.
func (d *Doc) readSignature(li int) signature {
	m := &d.signatures[li]
	m.once.Do(func() { m.s = d.readSignatureLine(li) })
	return m.s
}

// maxSignatureName is the most characters a signature's name part has
// (a body, its office and a title's prefix): longer lines are prose.
const maxSignatureName = 40

// readSignatureLine reads line li as a line of a signature block.
func (d *Doc) readSignatureLine(li int) signature {
	r := d.lineRange(li)
	line := d.Text[r.Start:r.End]
	cut, title := signingTitle(d, line)
	s := signature{title: title, at: r.Start + cut}
	ends := []int{cut}
	if title != "" {
		p := Range{s.at + len(title), r.End}
		p.Start += len(d.Text[p.Start:p.End]) - len(strings.TrimLeft(d.Text[p.Start:p.End], " \t"))
		if p.Start == p.End && li+1 < len(d.Lines) {
			p = d.lineRange(li + 1)
		}
		s.person, s.signed = p, d.personName(p)
		for _, w := range d.vocab.BodySuffixes {
			if strings.HasPrefix(title, w.Wording) {
				ends = append(ends, cut+len(w.Wording)) // the title of a body's head: 市|長
				break
			}
		}
	}
	for _, e := range ends {
		if !runesAtMost(line[:e], maxSignatureName) {
			continue // prose, not a line that signs
		}
		name := strings.TrimRight(line[:e], " \t")
		if i := strings.LastIndex(name, "("); i > 0 && strings.HasSuffix(name, ")") {
			name = strings.TrimRight(name[:i], " ") // 株式会社サンプル(さんぷる): no reading
		}
		n := Range{r.Start, r.Start + len(name)}
		if n.Start == n.End {
			continue
		}
		if n, ok := d.nameSpanning(n); ok {
			s.name, s.named = n, true
			break
		}
		if n, ok := d.bodyWithUnit(n); ok {
			s.name, s.named = n, true
			break
		}
	}
	return s
}

// bodyWithUnit returns the name of the body that opens r when the rest of r
// names one of its offices (サンプル市総務部税務課, サンプル県健康福祉部): a
// signature that signs for an office signs for its body.
func (d *Doc) bodyWithUnit(r Range) (Range, bool) {
	var body Range
	d.bodyNames(r, "", true, func(n bodyName) bool {
		if n.Start == r.Start {
			body = n.Range
		}
		return body == Range{}
	})
	if body == (Range{}) {
		return Range{}, false
	}
	office := d.Text[body.End:r.End]
	if !allNameRunes(office) || utf8.RuneCountInString(office) > maxUnitName {
		return Range{}, false
	}
	for _, w := range d.vocab.UnitSuffixes {
		if strings.HasSuffix(office, w) && len(office) > len(w) {
			return body, true
		}
	}
	return Range{}, false
}

// signingTitle returns the first signing title in line and where it
// starts, or "" and len(line). A title is not read inside a legal form
// (株式|会社長|浜: no 社長).
func signingTitle(d *Doc, line string) (at int, title string) {
	at = len(line)
	for _, t := range d.vocab.Words("representative") {
		for off := 0; off < at; {
			i := strings.Index(line[off:], t)
			if i < 0 {
				break
			}
			i += off
			if !insideLegalForm(d, line, i) && i < at {
				at, title = i, t
				break
			}
			off = i + len(t)
		}
	}
	return at, title
}

// insideLegalForm reports whether offset i of line falls inside a legal-form
// word, after its first character.
func insideLegalForm(d *Doc, line string, i int) bool {
	for _, lf := range d.vocab.LegalForms {
		for from := max(0, i-len(lf)+1); from < i; from++ {
			if strings.HasPrefix(line[from:], lf) {
				return true
			}
		}
	}
	return false
}

// representative reads the signing title and name (代表取締役 早川 忍,
// サンプル市長 山田 太郎, or the name on the line after the title) from the
// first line where a title opens the line or follows the discloser's name.
func representative(d *Doc) *Representative {
	for li := range d.Lines {
		s := d.readSignature(li)
		if s.title == "" || !s.signed || s.at != d.lineRange(li).Start && !s.named {
			continue
		}
		return &Representative{Title: s.title, Name: d.Value(s.person.Start, s.person.End),
			Span: d.Span(s.at, s.person.End)}
	}
	return nil
}

// personName reports whether r reads as a person's name: short, without
// digits or punctuation, tagged 人名 by the tokenizer or a few kanji.
func (d *Doc) personName(r Range) bool {
	s := d.Text[r.Start:r.End]
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 12 || strings.ContainsAny(s, "0123456789、。,:|()「」") {
		return false
	}
	for t, ok := d.tokenAt(r.Start, r.End); ok; t, ok = t.next(r.End) {
		if t.pos(2) == "人名" {
			return true
		}
	}
	for _, c := range s {
		if !unicode.Is(unicode.Han, c) && c != ' ' {
			return false
		}
	}
	return n <= 8
}
