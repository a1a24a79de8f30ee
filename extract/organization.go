package extract

import (
	"strings"
	"unicode/utf8"
)

// organization picks the discloser, by where its name stands, surest place
// first: the name line of the signature block or beside the dateline
// (signatory.go); the headline; the source line of a copied notice; the name
// of the kind of body the notice calls itself by (当院, 本市); a news lead
// (news.go); the name that opens a sentence (opening.go). Names are those
// with a legal form (legalname.go) and those of bodies (bodyname.go). When
// none stands in such a place the notice does not name its discloser, and
// nothing is said: a wrong name is worse than none.
func organization(d *Doc, published *DateMention) *Found {
	dateline := -10
	if published != nil {
		dateline = d.LineAt(published.at.Start)
	}
	for _, find := range []func() (Range, bool){
		func() (Range, bool) { return signatureName(d, dateline) },
		func() (Range, bool) { return headlineName(d) },
		func() (Range, bool) { return sourceName(d) },
		func() (Range, bool) { return selfName(d) },
		func() (Range, bool) { return newsHeadline(d) },
		func() (Range, bool) { return newsSubject(d) },
		func() (Range, bool) { return openingName(d) },
	} {
		if r, ok := find(); ok {
			return d.found(r)
		}
	}
	return nil
}

// signatureName reads the name a line of the signature block, or a line
// beside the dateline, consists of.
func signatureName(d *Doc, dateline int) (Range, bool) {
	for li := range d.Lines {
		if r, signed, ok := d.lineName(li); ok && (signed || li-dateline <= 3 && dateline-li <= 3 || besideSignature(d, li)) {
			return r, true
		}
		// サンプル県 公開日: 2025年8月21日: the name before the date on the
		// dateline, or on a line at the top that ends with a date.
		r := d.lineRange(li)
		if i := strings.IndexByte(d.Text[r.Start:r.End], ' '); i > 0 && (li == dateline || li < headlineLines && endsWithDate(d.Text[r.Start+i:r.End])) {
			if n, ok := d.nameSpanning(Range{r.Start, r.Start + i}); ok {
				return n, true
			}
		}
	}
	return Range{}, false
}

// endsWithDate reports whether s ends with a day of the month (…21日).
func endsWithDate(s string) bool {
	s, ok := strings.CutSuffix(strings.TrimSpace(s), "日")
	last, _ := utf8.DecodeLastRuneInString(s)
	return ok && last >= '0' && last <= '9'
}

// lineName returns the name line li consists of before a signing title
// (日本サンプル学会理事長 山田 花子: 日本サンプル学会; サンプル市長 山田
// 太郎: サンプル市), and whether a title and a person's name follow it.
func (d *Doc) lineName(li int) (name Range, signed, ok bool) {
	s := d.readSignature(li)
	return s.name, s.signed, s.named
}

// nameSpanning returns r when it is one name, with a legal form or of a
// body.
func (d *Doc) nameSpanning(r Range) (Range, bool) {
	if orgLine(d, d.Text[r.Start:r.End]) != "" {
		return r, true
	}
	if n, ok := d.orgIn(r); ok && n == r {
		return r, true // 株式会社サンプルつり具
	}
	n, ok := d.bodyEnding(r)
	return n.Range, ok && n.Start == r.Start
}

// bodyEnding returns the name of a body that ends r, within r.
func (d *Doc) bodyEnding(r Range) (bodyName, bool) {
	for _, w := range d.vocab.BodySuffixes {
		if strings.HasSuffix(d.Text[r.Start:r.End], w.Wording) {
			n, ok := d.bodyNameEndingAt(r.End, w, r.End)
			return n, ok && n.Start >= r.Start
		}
	}
	return bodyName{}, false
}

// headlineName reads the name in the headline: a name with a legal form
// anywhere in it, a body's name or the owner of a shop that opens it (after
// a 【】 label), a name in parentheses that ends it (…のお知らせ(サンプル
// 市)), or the name a labelled headline opens with before a space.
func headlineName(d *Doc) (Range, bool) {
	for li := range d.Lines {
		l := d.Line(li)
		if strings.Contains(l, "。") || !hasAny(l, d.vocab.Words("notice_word")) {
			continue
		}
		r := d.lineRange(li)
		if n, ok := d.ownName(r); ok {
			return n, true
		}
		start, labeled := r.Start, false
		if strings.HasPrefix(d.Text[start:r.End], "【") {
			if i := strings.Index(d.Text[start:r.End], "】"); i > 0 {
				start, labeled = start+i+len("】"), true
			}
		}
		start += len(d.Text[start:r.End]) - len(strings.TrimLeft(d.Text[start:r.End], " "))
		if n, ok := d.bodyAt(Range{start, r.End}); ok {
			return n.Range, true
		}
		if n, ok := d.serviceOwner(Range{start, r.End}); ok {
			return n, true
		}
		if n, ok := d.nameInParens(r); ok {
			return n, true
		}
		// 【label】サンプル新聞社 …のお知らせ: a name, then the notice's title.
		if i := strings.IndexByte(d.Text[start:r.End], ' '); labeled && i > 0 {
			n := Range{start, start + i}
			if allNameRunes(d.Text[n.Start:n.End]) && d.names(n) && !hasAny(d.Text[n.Start:n.End], d.vocab.Words("notice_word")) {
				return n, true
			}
		}
	}
	return Range{}, false
}

// ownName returns the first name with a legal form in r that is not named as
// a contractor (委託先の株式会社サンプルにおける…).
func (d *Doc) ownName(r Range) (Range, bool) {
	for n, ok := d.orgIn(r); ok; n, ok = d.orgIn(Range{n.End, r.End}) {
		before := d.Text[max(r.Start, n.Start-contractorReach):n.Start]
		if !hasAny(before, d.vocab.Words("contractor")) {
			return n, true
		}
	}
	return Range{}, false
}

// contractorReach is how far before a name a word that makes it a contractor
// stands, in bytes (委託先である: 15).
const contractorReach = 18

// nameInParens returns the name, with a legal form, of a body or of one of
// its offices, that stands in parentheses at the end of r (…について(サンプル
// 市), …について(サンプル課)): the issuer of the notice.
func (d *Doc) nameInParens(r Range) (Range, bool) {
	line := d.Text[r.Start:r.End]
	open := strings.LastIndex(line, "(")
	if !strings.HasSuffix(line, ")") || open < 0 {
		return Range{}, false
	}
	in := Range{r.Start + open + 1, r.End - 1}
	name := d.Text[in.Start:in.End]
	if allNameRunes(name) && utf8.RuneCountInString(name) <= maxUnitName {
		for _, w := range d.vocab.UnitSuffixes {
			if strings.HasSuffix(name, w) && len(name) > len(w) {
				return in, true
			}
		}
	}
	return d.nameSpanning(in)
}

// maxUnitName is the most characters an office's name has (商工労働部企業支援課: 10).
const maxUnitName = 16

// bodyAt returns the longest name of a body that starts r (長浜市立長浜病院,
// not 長浜市).
func (d *Doc) bodyAt(r Range) (bodyName, bool) {
	run := Range{r.Start, r.Start + nameRun(d.Text[r.Start:r.End])}
	var found bodyName
	ok := false
	d.bodyNames(run, "", false, func(n bodyName) bool {
		if n.Start == r.Start {
			found, ok = n, true
		}
		return true
	})
	return found, ok
}

// sourceName reads the name on the source line of a copied notice (出典:
// 株式会社サンプル).
func sourceName(d *Doc) (Range, bool) {
	for li := range d.Lines {
		l := d.lineRange(li)
		for _, w := range d.vocab.Words("source_label") {
			if !strings.HasPrefix(d.Text[l.Start:l.End], w) {
				continue
			}
			rest := Range{l.Start + len(w), l.End}
			for rest.Start < rest.End && strings.ContainsRune(" ::", rune(d.Text[rest.Start])) {
				rest.Start++
			}
			if r, ok := d.orgIn(rest); ok {
				return r, true
			}
			if n, ok := d.bodyAt(rest); ok {
				return n.Range, true
			}
		}
	}
	return Range{}, false
}

// selfName reads the name of the kind of body a notice calls itself by
// (当院: the first name of a hospital in the text).
func selfName(d *Doc) (Range, bool) {
	all := Range{0, len(d.Text)}
	for _, kind := range d.bodySelves() {
		var found Range
		ok := false
		d.bodyNames(all, kind, true, func(n bodyName) bool {
			if !d.isAuthority(n.Range) {
				found, ok = n.Range, true
			}
			return !ok
		})
		if ok {
			return found, true
		}
	}
	return Range{}, false
}

// isAuthority reports whether r names a regulator a notice reports to
// rather than a discloser.
func (d *Doc) isAuthority(r Range) bool {
	name := d.Text[r.Start:r.End]
	for _, a := range d.vocab.Authorities {
		if name == a {
			return true
		}
	}
	return false
}
