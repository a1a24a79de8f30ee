// Package dict holds the domain vocabularies the extractors read, and builds
// the one tokenizer every notice is read with.
//
// The vocabularies are data files embedded in the binary: fields.tsv (how
// notices name kinds of personal data), causes.tsv (how they name what
// happened), words.tsv (small word classes: leak predicates, negations,
// role cues), conjugations.tsv (the conjugated forms of words.tsv's words),
// legal_forms.txt, bodies.tsv (kinds of body other than companies: the
// suffixes of their names and the words they call themselves by),
// authorities.txt and userdict.txt (kagome user dictionary entries). A
// wording is added in one place; field wordings long
// enough to be split by the IPA dictionary also become user dictionary
// entries, so they reach the extractors as single tokens.
//
// Everything is parsed once per process, on first use.
package dict

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	kdict "github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/jpbreach/jpbreach/internal/ipadict"
	"github.com/jpbreach/jpbreach/internal/litset"
)

var (
	//go:embed fields.tsv
	fieldsData string
	//go:embed causes.tsv
	causesData string
	//go:embed words.tsv
	wordsData string
	//go:embed conjugations.tsv
	conjugationsData string
	//go:embed legal_forms.txt
	legalFormsData string
	//go:embed authorities.txt
	authoritiesData string
	//go:embed bodies.tsv
	bodiesData string
	//go:embed userdict.txt
	userdictData string
)

// FieldTerm is one wording of a kind of personal data.
type FieldTerm struct {
	Wording string // as written after normalization, e.g. クレジットカード番号
	Field   string // the field id of ../SCHEMA.md, e.g. card_number
	Generic bool   // a summary term whose item list, when given, replaces it
}

// CauseRule is one wording of a cause.
type CauseRule struct {
	Cause  string         // the cause id, e.g. vulnerability
	Match  *regexp.Regexp // the wording
	Unless *regexp.Regexp // nil, or a wording that, matched at the same place, cancels it
	// Anchors are literals one of which every match contains (nil when
	// the wording has none): a match lies within Reach bytes of one, so
	// only the text around them need be searched.
	Anchors []string
	// Reach bounds how far a match extends beyond its anchor, in bytes.
	Reach int
}

// BodyWord is one wording of bodies.tsv: a suffix that ends the name of a
// kind of body (市, 病院, 学会), or a word by which such a body calls itself
// (本市, 当院).
type BodyWord struct {
	Kind    string // municipality, hospital, …
	Wording string
}

// Vocabulary is the parsed content of the embedded data files.
type Vocabulary struct {
	// Fields lists the field wordings, longest first.
	Fields []FieldTerm
	// Causes lists the cause wordings in file order.
	Causes []CauseRule
	// LegalForms lists the legal-form words, longest first.
	LegalForms []string
	// Authorities lists regulators by name, longest first.
	Authorities []string
	// BodySuffixes and BodySelves list the wordings of bodies.tsv by role,
	// longest first; UnitSuffixes the suffixes of departments' names.
	BodySuffixes []BodyWord
	BodySelves   []BodyWord
	UnitSuffixes []string
	bodyAnchors  *litset.Finder // the wordings of BodySuffixes
	words        map[string][]string
	fieldsByRune map[rune][]FieldTerm
	fieldStarts  litset.RuneSet // the first characters of field wordings
	causeAnchors *litset.Finder // the anchors of every cause wording
	anchorRule   []int          // the Causes index of each of those anchors
}

// FindCauseAnchors calls found for every anchor of a cause wording in text,
// in text order, with its offset, its length and the index of its wording in
// Causes: one pass for all the wordings.
func (v *Vocabulary) FindCauseAnchors(text string, found func(at, length, rule int)) {
	v.causeAnchors.FindAll(text, func(at, lit int) {
		found(at, len(v.causeAnchors.Literal(lit)), v.anchorRule[lit])
	})
}

// FindBodySuffixes calls found, in text order, for every place in text where
// a suffix of BodySuffixes ends a word, with the offset after it and the
// longest suffix ending there.
func (v *Vocabulary) FindBodySuffixes(text string, found func(end int, w BodyWord)) {
	best := map[int]BodyWord{}
	var ends []int
	v.bodyAnchors.FindAll(text, func(at, lit int) {
		w := v.BodySuffixes[lit]
		end := at + len(w.Wording)
		if old, ok := best[end]; !ok {
			ends = append(ends, end)
		} else if len(old.Wording) >= len(w.Wording) {
			return
		}
		best[end] = w
	})
	sort.Ints(ends)
	for _, e := range ends {
		found(e, best[e])
	}
}

// FieldsStartingWith returns the field wordings that start with r, longest
// first.
func (v *Vocabulary) FieldsStartingWith(r rune) []FieldTerm {
	if !v.fieldStarts.MayHold(r) {
		return nil // cheap: most characters start no field wording
	}
	return v.fieldsByRune[r]
}

// InFieldWording reports whether s is a part of a field wording (電話 of
// 電話番号, 名義 of カード名義).
func (v *Vocabulary) InFieldWording(s string) bool {
	for _, f := range v.Fields {
		if strings.Contains(f.Wording, s) {
			return true
		}
	}
	return false
}

// Words returns the words of a class of words.tsv (leak, negation, …) with
// the conjugated forms conjugations.tsv lists for them, longest first: tokens
// carry no base form, so a class matches their surfaces. It panics on a class the file does not have, which is a programming
// error caught by the package's tests.
func (v *Vocabulary) Words(class string) []string {
	w, ok := v.words[class]
	if !ok {
		panic("dict: no word class " + class)
	}
	return w
}

var loadVocabulary = sync.OnceValues(func() (*Vocabulary, error) {
	v := &Vocabulary{words: map[string][]string{}}
	for _, l := range lines(fieldsData) {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("dict: fields.tsv: bad line %q", l)
		}
		v.Fields = append(v.Fields, FieldTerm{Wording: f[0], Field: f[1], Generic: len(f) > 2 && f[2] == "generic"})
	}
	sort.SliceStable(v.Fields, func(i, j int) bool { return len(v.Fields[i].Wording) > len(v.Fields[j].Wording) })
	v.fieldsByRune, v.fieldStarts = map[rune][]FieldTerm{}, litset.NewRuneSet()
	for _, f := range v.Fields {
		r, _ := utf8.DecodeRuneInString(f.Wording)
		v.fieldsByRune[r] = append(v.fieldsByRune[r], f)
		v.fieldStarts.Add(r)
	}
	for _, l := range lines(causesData) {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("dict: causes.tsv: bad line %q", l)
		}
		r := CauseRule{Cause: f[0]}
		var err error
		if r.Match, err = regexp.Compile(f[1]); err != nil {
			return nil, fmt.Errorf("dict: causes.tsv: %v", err)
		}
		r.Anchors, r.Reach = litset.Analyze(f[1])
		if len(f) > 2 {
			if r.Unless, err = regexp.Compile("^(?:" + f[2] + ")"); err != nil {
				return nil, fmt.Errorf("dict: causes.tsv: %v", err)
			}
		}
		v.Causes = append(v.Causes, r)
	}
	var anchors []string
	for i, r := range v.Causes {
		for _, a := range r.Anchors {
			anchors = append(anchors, a)
			v.anchorRule = append(v.anchorRule, i)
		}
	}
	v.causeAnchors = litset.NewFinder(anchors)
	for _, l := range lines(wordsData) {
		class, word, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("dict: words.tsv: bad line %q", l)
		}
		v.words[class] = append(v.words[class], word)
	}
	conjugated := map[string][]string{}
	for _, l := range lines(conjugationsData) {
		base, form, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("dict: conjugations.tsv: bad line %q", l)
		}
		conjugated[base] = append(conjugated[base], form)
	}
	for class, words := range v.words {
		v.words[class] = byLength(withForms(words, conjugated))
	}
	v.LegalForms = byLength(lines(legalFormsData))
	v.Authorities = byLength(lines(authoritiesData))
	for _, l := range lines(bodiesData) {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("dict: bodies.tsv: bad line %q", l)
		}
		w := BodyWord{Kind: f[0], Wording: f[2]}
		switch f[1] {
		case "suffix":
			v.BodySuffixes = append(v.BodySuffixes, w)
		case "self":
			v.BodySelves = append(v.BodySelves, w)
		case "unit":
			v.UnitSuffixes = append(v.UnitSuffixes, w.Wording)
		default:
			return nil, fmt.Errorf("dict: bodies.tsv: bad role %q", f[1])
		}
	}
	for _, ws := range [][]BodyWord{v.BodySuffixes, v.BodySelves} {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].Wording) > len(ws[j].Wording) })
	}
	byLength(v.UnitSuffixes)
	suffixes := make([]string, len(v.BodySuffixes))
	for i, w := range v.BodySuffixes {
		suffixes[i] = w.Wording
	}
	v.bodyAnchors = litset.NewFinder(suffixes)
	return v, nil
})

// Load returns the vocabularies, parsed on first use.
func Load() *Vocabulary {
	v, err := loadVocabulary()
	if err != nil {
		panic(err) // the embedded files are part of the build; the tests parse them
	}
	return v
}

// UserDictionary returns the kagome user dictionary source: userdict.txt and
// an entry for every field wording of four or more characters.
func UserDictionary() string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, l := range lines(userdictData) {
		surface, _, _ := strings.Cut(l, ",")
		seen[surface] = true
		b.WriteString(l)
		b.WriteByte('\n')
	}
	for _, f := range Load().Fields {
		w := f.Wording
		if seen[w] || utf8.RuneCountInString(w) < 4 || strings.ContainsAny(w, ", ") {
			continue
		}
		seen[w] = true
		fmt.Fprintf(&b, "%s,%s,%s,名詞\n", w, w, w)
	}
	return b.String()
}

var loadTokenizer = sync.OnceValues(func() (*tokenizer.Tokenizer, error) {
	recs, err := kdict.NewUserDicRecords(strings.NewReader(UserDictionary()))
	if err != nil {
		return nil, fmt.Errorf("dict: user dictionary: %w", err)
	}
	ud, err := recs.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("dict: user dictionary: %w", err)
	}
	ipa, err := ipadict.Dict()
	if err != nil {
		return nil, err
	}
	return tokenizer.New(ipa, tokenizer.UserDict(ud), tokenizer.OmitBosEos())
})

// Tokenizer returns the process's tokenizer: the IPA dictionary with the
// user dictionary, built on first use and safe for concurrent use. The IPA
// dictionary is kagome's shrunk one (the same words, costs and parts of
// speech, so the same tokens, without the base forms and readings no
// extractor reads; conjugations.tsv stands in for base forms), decoded from
// package ipadict's flat copy in tens of milliseconds instead of kagome's
// zip archive in about a second.
func Tokenizer() (*tokenizer.Tokenizer, error) {
	return loadTokenizer()
}

// withForms returns words followed by the conjugated forms of each that are
// not already among them.
func withForms(words []string, conjugated map[string][]string) []string {
	seen := map[string]bool{}
	for _, w := range words {
		seen[w] = true
	}
	out := words
	for _, w := range words {
		for _, f := range conjugated[w] {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// lines returns the non-empty lines of s that are not comments.
func lines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), " \r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// byLength sorts words longest first, so that a scan tries the longest
// wording at each place first.
func byLength(w []string) []string {
	sort.SliceStable(w, func(i, j int) bool { return len(w[i]) > len(w[j]) })
	return w
}
