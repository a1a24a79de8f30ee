package extract

import (
	"regexp"
	"strings"
	"sync"

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

// representativeLine reports whether a line starts with a signing title.
func representativeLine(d *Doc, line string) bool {
	for _, t := range d.vocab.Words("representative") {
		if strings.HasPrefix(line, t) {
			return true
		}
	}
	return false
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

var quotedRe = regexp.MustCompile(`「([^「」\n]{1,60})」`)

// services reads the affected sites and services: names in 「」 that say
// サイト, ショップ, サービス or follow such a word.
func services(d *Doc) []Found {
	v := d.vocab
	var out []Found
	seen := map[string]bool{}
	for _, m := range quotedRe.FindAllStringSubmatchIndex(d.Text, -1) {
		name := d.Value(m[2], m[3])
		before := d.Text[max(0, m[0]-18):m[0]]
		if hasAny(name, v.Words("notice_word")) || strings.ContainsAny(name, "。、") ||
			!hasAny(name, v.Words("service_word")) && !hasAny(before, v.Words("service_word")) {
			continue
		}
		end := m[3]
		if i := strings.Index(name, "("); i > 0 {
			end = m[2] + i // drop a URL in parentheses
		}
		name = strings.TrimSpace(d.Text[m[2]:end])
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
			if seen[name] || discloser != nil && discloser.Value == name || strings.HasSuffix(name, "様") || strings.HasPrefix(d.Text[r.End:], "様") {
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
				return []Found{{Value: w, Span: d.Span(s.Start+i, s.Start+i+len(w))}}
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
