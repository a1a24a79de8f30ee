package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jpbreach/jpbreach/internal/litset"
)

// Parties are the organizations and people a notice names.
type Parties struct {
	Title          *Found
	Organization   *Found
	Representative *Representative
	Services       []Found
	Investigators  []Found
	Authorities    []Found
}

// ReadParties finds who discloses, who signs, what the notice is called,
// which services are affected, who investigated and which authorities were
// told. published is the dateline found by ReadDates, or nil.
func ReadParties(d *Doc, published *DateMention) Parties {
	p := Parties{
		Organization:   organization(d, published),
		Representative: representative(d),
		Title:          title(d, published),
		Services:       services(d),
		Authorities:    authorities(d),
	}
	p.Investigators = investigators(d, p.Organization)
	return p
}

// orgLine returns the organization a line consists of (常磐興産株式会社,
// 株式会社ゴゴジャン), or "".
func orgLine(d *Doc, line string) string {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 40 || strings.ContainsAny(line, "、。「」:|") {
		return ""
	}
	for _, lf := range d.vocab.LegalForms {
		if (strings.HasPrefix(line, lf) || strings.HasSuffix(line, lf)) && len(line) > len(lf) {
			return line
		}
	}
	return ""
}

// representativeLine reports whether a line starts with a signing title.
func representativeLine(d *Doc, line string) bool {
	for _, t := range d.vocab.Words("representative") {
		if strings.HasPrefix(line, t) {
			return true
		}
	}
	return false
}

// organization picks the discloser: the organization line of the signature
// block; an organization in the headline; the source a copied notice names;
// in a news article the subject of the sentence that says it announced the
// incident; else an organization that opens a sentence.
func organization(d *Doc, published *DateMention) *Found {
	v := d.vocab
	dateline := -10
	if published != nil {
		dateline = d.LineAt(published.at.Start)
	}
	for li := range d.Lines {
		name := orgLine(d, d.Line(li))
		if name != "" && (besideSignature(d, li) || li-dateline <= 3 && dateline-li <= 3) {
			return d.found(d.lineRange(li))
		}
	}
	for li := range d.Lines {
		l := d.Line(li)
		if strings.Contains(l, "。") || !hasAny(l, v.Words("notice_word")) {
			continue
		}
		if r, ok := d.orgIn(d.lineRange(li)); ok {
			return d.found(r)
		}
	}
	for li := range d.Lines {
		l := d.lineRange(li)
		for _, w := range v.Words("source_label") {
			if strings.HasPrefix(d.Text[l.Start:l.End], w) {
				if r, ok := d.orgIn(Range{l.Start + len(w), l.End}); ok {
					return d.found(r)
				}
			}
		}
	}
	for i, s := range d.Sentences {
		if i >= 6 {
			break
		}
		if hasAny(d.Text[s.Start:s.End], v.Words("announce")) {
			if r, ok := d.topic(s); ok {
				return d.found(r)
			}
		}
	}
	for _, s := range d.Sentences {
		if r, ok := d.orgIn(s); ok && strings.TrimSpace(d.Text[s.Start:r.Start]) == "" {
			rest := d.Text[r.End:s.End]
			for _, p := range []string{"の", "は", "が", "では", "において", "より"} {
				if strings.HasPrefix(rest, p) {
					return d.found(r)
				}
			}
		}
	}
	return nil
}

// lineRange returns line li without its surrounding white space.
func (d *Doc) lineRange(li int) Range {
	l := d.Lines[li]
	t := d.Text[l.Start:l.End]
	start := l.Start + len(t) - len(strings.TrimLeft(t, " \t"))
	end := l.Start + len(strings.TrimRight(t, " \t"))
	return Range{start, max(start, end)}
}

// found returns the text of r as a Found.
func (d *Doc) found(r Range) *Found {
	return &Found{Value: strings.TrimSpace(d.Value(r.Start, r.End)), Span: d.Span(r.Start, r.End)}
}

// orgIn finds the first organization name with a legal form in r.
func (d *Doc) orgIn(r Range) (Range, bool) {
	text := d.Text[r.Start:r.End]
	best := Range{-1, -1}
	for _, lf := range d.vocab.LegalForms {
		i := strings.Index(text, lf)
		if i < 0 || best.Start >= 0 && r.Start+i >= best.Start {
			continue
		}
		// A name after the form (株式会社ほくせん), else before it (カバーマーク株式会社).
		if n := nameAfter(text[i+len(lf):]); n > 0 {
			best = Range{r.Start + i, r.Start + i + len(lf) + n}
		} else if n := nameBefore(text[:i]); n > 0 {
			best = Range{r.Start + i - n, r.Start + i + len(lf)}
		}
	}
	return best, best.Start >= 0
}

// nameAfter returns the length of the name at the start of s: kana, kanji,
// Latin letters and digits, "・" and "&"; hiragana only in a name made of
// hiragana alone.
func nameAfter(s string) int {
	n, kanaOnly := 0, true
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		hira := unicode.Is(unicode.Hiragana, r)
		if hira && !kanaOnly || !hira && !nameRune(r) {
			break
		}
		kanaOnly = kanaOnly && hira
		n += size
	}
	return n
}

// nameBefore returns the length of the name that ends s (no hiragana; single
// spaces between Latin words, as in Payment Card Forensics).
func nameBefore(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if r == ' ' {
			prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n-size])
			next, _ := utf8.DecodeRuneInString(s[len(s)-n:])
			if isLatinRune(prev) && isLatinRune(next) {
				n += size
				continue
			}
			break
		}
		if !nameRune(r) {
			break
		}
		n += size
	}
	return n
}

func nameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' ||
		isLatinRune(r) || r >= '0' && r <= '9' || r == '・' || r == '&' || r == '-' || r == '.'
}

func isLatinRune(r rune) bool { return r < utf8.RuneSelf && isLatin(byte(r)) }

// topic returns the noun phrase marked by the first は of sentence s
// (マネースクウェア・ジャパンは7月17日、…), unless it is 同社 or the like.
func (d *Doc) topic(s Range) (Range, bool) {
	for t, ok := d.tokenAt(s.Start, s.End); ok; t, ok = t.next(s.End) {
		if t.surface() != "は" || t.pos(0) != "助詞" {
			continue
		}
		first := t
		line := d.Lines[d.LineAt(t.Start())]
		bound := max(s.Start, line.Start)
		for p, ok := first.prev(bound); ok && p.Start() >= bound && (p.pos(0) == "名詞" || p.surface() == "・"); p, ok = p.prev(bound) {
			first = p
		}
		if first == t {
			return Range{}, false
		}
		r := Range{first.Start(), t.Start()}
		phrase := d.Text[r.Start:r.End]
		last, _ := utf8.DecodeLastRuneInString(phrase)
		if utf8.RuneCountInString(phrase) < 2 || hasAny(phrase, d.vocab.Words("self")) || strings.HasPrefix(phrase, "・") ||
			strings.ContainsAny(phrase, "0123456789") || strings.ContainsRune("年月日時", last) {
			return Range{}, false
		}
		return r, true
	}
	return Range{}, false
}

// representative reads the signing title and name (代表取締役 早川 忍, or the
// name on the line after the title).
func representative(d *Doc) *Representative {
	for li := range d.Lines {
		l := d.lineRange(li)
		line := d.Text[l.Start:l.End]
		for _, t := range d.vocab.Words("representative") {
			i := strings.Index(line, t)
			if i < 0 || strings.TrimSpace(line[:i]) != "" && orgLine(d, line[:i]) == "" {
				continue
			}
			nameRange := Range{l.Start + i + len(t), l.End}
			for nameRange.Start < nameRange.End && (d.Text[nameRange.Start] == ' ' || d.Text[nameRange.Start] == '\t') {
				nameRange.Start++
			}
			if nameRange.Start == nameRange.End && li+1 < len(d.Lines) {
				nameRange = d.lineRange(li + 1)
			}
			if d.personName(nameRange) {
				return &Representative{Title: t, Name: d.Value(nameRange.Start, nameRange.End),
					Span: d.Span(l.Start+i, nameRange.End)}
			}
			break
		}
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

// title picks the headline: the first short line with a notice word
// (お詫び, お知らせ, ご報告) after the dateline, else the first in the text.
func title(d *Doc, published *DateMention) *Found {
	from := 0
	if published != nil {
		from = max(0, d.LineAt(published.at.Start)-3)
	}
	for _, start := range []int{from, 0} {
		for li := start; li < len(d.Lines); li++ {
			r := d.lineRange(li)
			if published != nil && published.at.Start >= r.Start && published.at.End <= r.End {
				r.End = published.at.Start // a headline that ends with its date
			}
			l := strings.TrimSpace(d.Text[r.Start:r.End])
			if l == "" || utf8.RuneCountInString(l) > 80 || strings.ContainsAny(l, "。") ||
				!hasAny(l, d.vocab.Words("notice_word")) || strings.HasPrefix(l, "※") {
				continue
			}
			return d.found(r)
		}
	}
	return nil
}

var quotedRe = regexp.MustCompile(`「([^「」\n]{1,60})」`)

// services reads the affected sites and services: names in 「」 that say
// サイト, ショップ, サービス or follow such a word.
func services(d *Doc) []Found {
	v := d.vocab
	var out []Found
	seen := map[string]bool{}
	for _, m := range quotedRe.FindAllStringSubmatchIndex(d.Text, -1) {
		name := d.Text[m[2]:m[3]]
		before := d.Text[max(0, m[0]-18):m[0]]
		if hasAny(name, v.Words("notice_word")) || strings.ContainsAny(name, "。、") ||
			!hasAny(name, v.Words("service_word")) && !hasAny(before, v.Words("service_word")) {
			continue
		}
		end := m[3]
		if i := strings.Index(name, "("); i > 0 {
			end = m[2] + i // drop a URL in parentheses
		}
		name = strings.TrimSpace(d.Value(m[2], end))
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, Found{Value: name, Span: d.Span(m[2], end)})
	}
	return out
}

// investigators reads the forensic firms named in sentences about the
// investigation, or, when none is named, the generic name used.
func investigators(d *Doc, discloser *Found) []Found {
	v := d.vocab
	var out []Found
	seen := map[string]bool{}
	for _, s := range d.Sentences {
		if !hasAny(d.Text[s.Start:s.End], v.Words("investigation")) {
			continue
		}
		for r, ok := d.orgIn(s); ok; r, ok = d.orgIn(Range{r.End, s.End}) {
			name := d.Value(r.Start, r.End)
			if seen[name] || discloser != nil && discloser.Value == name || strings.HasPrefix(d.Text[r.End:], "様") {
				continue
			}
			seen[name] = true
			out = append(out, Found{Value: name, Span: d.Span(r.Start, r.End)})
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		if !hasAny(text, v.Words("investigation")) {
			continue
		}
		for _, w := range v.Words("investigator") {
			if i := strings.Index(text, w); i >= 0 {
				return []Found{{Value: d.Value(s.Start+i, s.Start+i+len(w)), Span: d.Span(s.Start+i, s.Start+i+len(w))}}
			}
		}
	}
	return nil
}

var (
	authorityOnce sync.Once
	authorityRe   *regexp.Regexp
	// authorityAnchors finds the literals every match of authorityRe
	// holds, which no match reaches further than authorityReach from.
	authorityAnchors *litset.Finder
	authorityReach   int
)

// authorities reads the regulators and police a notice says it told
// (報告, 相談, 届出): names from dict, with a bureau in parentheses, and
// police by the shape of their names.
func authorities(d *Doc) []Found {
	authorityOnce.Do(func() {
		names := make([]string, len(d.vocab.Authorities))
		for i, a := range d.vocab.Authorities {
			names[i] = regexp.QuoteMeta(a)
		}
		unit := `(?:[\p{Han}ァ-ヶー]{0,12}?(?:警察署|課|部|室|センター))?`
		expr := `(?:` + strings.Join(names, "|") + `)(?:\([^()\n]{1,20}\))?` + unit +
			`|\p{Han}{1,4}[都道府県]警察?(?:本部)?` + unit + `|\p{Han}{1,6}警察署`
		authorityRe = regexp.MustCompile(expr)
		var anchors []string
		anchors, authorityReach = litset.Analyze(expr)
		authorityAnchors = litset.NewFinder(anchors)
	})
	// The pattern runs only near its anchors (警察, 都道府県, a regulator's
	// name) in sentences that say someone was told.
	var anchors []Range
	authorityAnchors.FindAll(d.Text, func(at, lit int) {
		anchors = append(anchors, Range{at, at + len(authorityAnchors.Literal(lit))})
	})
	var out []Found
	seen := map[string]bool{}
	next := 0 // the first anchor not before the sentence
	for _, s := range d.Sentences {
		for next < len(anchors) && anchors[next].Start < s.Start {
			next++
		}
		if next == len(anchors) {
			break
		}
		if anchors[next].End > s.End || !hasAny(d.Text[s.Start:s.End], d.vocab.Words("told")) {
			continue
		}
		var windows []Range
		for _, a := range anchors[next:] {
			if a.End > s.End {
				break
			}
			windows = addWindow(windows, d.Text, Range{max(s.Start, a.Start-authorityReach), min(s.End, a.End+authorityReach)})
		}
		for _, m := range findAllIn(authorityRe, d.Text, windows) {
			name := d.Value(m[0], m[1])
			if seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, Found{Value: name, Span: d.Span(m[0], m[1])})
		}
	}
	return out
}
