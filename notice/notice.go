// Package notice reads a Japanese data-breach disclosure notice
// (個人情報流出・漏えいのお詫びとお知らせ) into a typed record.
//
// Parse takes the raw bytes of a notice, in any of the encodings Japanese
// notices are saved in, as plain text or an HTML page, and returns a Notice:
// who disclosed, when, how many were affected, which kinds of data leaked
// and which did not, how it happened and whom to call. Every value carries
// the span of the input it was read from.
//
// The pipeline runs one way: decode (package decode) → normalize, keeping a
// map back to the input (package normalize) → tokenize once with the shared
// kagome tokenizer (package dict) → the extractors of package extract read
// the same tokens and text → one record. The tokenizer's dictionary loads
// once per process, on the first Parse; Parse is safe for concurrent use.
package notice

import (
	"fmt"
	"io"

	"github.com/jpbreach/jpbreach/decode"
	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/extract"
	"github.com/jpbreach/jpbreach/normalize"
)

// The value types of a record.
type (
	// Span is a byte range of the input: input[start:end].
	Span = extract.Span
	// Date is a calendar day; JSON "YYYY-MM-DD".
	Date = extract.Date
	// DateTime is a date with an optional time; JSON "YYYY-MM-DD" or "YYYY-MM-DDThh:mm".
	DateTime = extract.DateTime
	// DateMention is a date the text states.
	DateMention = extract.DateMention
	// Exposure is the window in which data may have leaked.
	Exposure = extract.Exposure
	// Event is an entry of the notice's chronology.
	Event = extract.Event
	// Count is a number of affected people, cards, accounts or records.
	Count = extract.Count
	// Contact is a phone number, mail address or inquiry page.
	Contact = extract.Contact
	// Representative is the person who signs the notice.
	Representative = extract.Representative
)

// Notice is the record of one notice. Its JSON form is the contract of
// SCHEMA.md; values the text does not state are omitted.
type Notice struct {
	Title           string          `json:"title,omitempty"`
	Organization    string          `json:"organization,omitempty"`
	Representative  *Representative `json:"representative,omitempty"`
	Services        []string        `json:"services,omitempty"`
	Published       *Date           `json:"published,omitempty"`
	Exposure        *Exposure       `json:"exposure,omitempty"`
	Discovered      *Date           `json:"discovered,omitempty"`
	Dates           []DateMention   `json:"dates,omitempty"`
	Timeline        []Event         `json:"timeline,omitempty"`
	Counts          []Count         `json:"counts,omitempty"`
	Affected        int64           `json:"affected,omitempty"`
	LeakedFields    []string        `json:"leaked_fields,omitempty"`
	NotLeakedFields []string        `json:"not_leaked_fields,omitempty"`
	Causes          []string        `json:"causes,omitempty"`
	CVEs            []string        `json:"cves,omitempty"`
	Software        []string        `json:"software,omitempty"`
	Contacts        []Contact       `json:"contacts,omitempty"`
	Investigators   []string        `json:"investigators,omitempty"`
	Authorities     []string        `json:"authorities,omitempty"`
	Warnings        []string        `json:"warnings,omitempty"`

	// Evidence gives, for the values above that are plain strings or dates,
	// the spans they were read from: "organization", "published",
	// "leaked_fields.card_number", "causes.vulnerability", "services.0", ….
	Evidence map[string][]Span `json:"evidence,omitempty"`
	// Encoding is the detected encoding of the input (UTF-8, Shift_JIS, …),
	// with "+HTML" for a page.
	Encoding string `json:"encoding,omitempty"`

	// Source is the input decoded to UTF-8: the string spans index.
	Source string `json:"-"`
}

// Parse reads a notice from its raw bytes. It returns a *decode.Error for
// input that is not text (empty, binary, undecodable, too large).
func Parse(input []byte) (*Notice, error) {
	doc, err := decode.Decode(input)
	if err != nil {
		return nil, err
	}
	tok, err := dict.Tokenizer()
	if err != nil {
		return nil, fmt.Errorf("notice: %w", err)
	}
	text, toSource := normalize.Normalize(doc.Text, doc.Map)
	d := extract.NewDoc(doc.Source, text, toSource, tok)

	n := &Notice{Source: doc.Source, Encoding: doc.Encoding, Evidence: map[string][]Span{}}
	if doc.HTML {
		n.Encoding += "+HTML"
	}
	n.Warnings = append(n.Warnings, doc.Warnings...)
	published := n.readDates(d)
	n.readCounts(d)
	n.readFieldsAndCauses(d)
	n.readParties(d, published)
	n.readContacts(d)
	if len(n.Evidence) == 0 {
		n.Evidence = nil
	}
	return n, nil
}

// ParseReader reads all of r and parses it.
func ParseReader(r io.Reader) (*Notice, error) {
	b, err := io.ReadAll(io.LimitReader(r, decode.MaxInput+1))
	if err != nil {
		return nil, err
	}
	return Parse(b)
}

// readDates reads the dates and returns the notice's own date, which the
// parties extractor reads the dateline by.
func (n *Notice) readDates(d *extract.Doc) *extract.DateMention {
	r := extract.ReadDates(d)
	n.Dates = r.Mentions
	n.Timeline = r.Timeline
	n.Exposure = r.Exposure
	n.Warnings = append(n.Warnings, r.Warnings...)
	if r.Published != nil {
		n.Published = &r.Published.Value
		n.Evidence["published"] = []Span{r.Published.Span}
	}
	if r.Discovered != nil {
		n.Discovered = &r.Discovered.Value
		n.Evidence["discovered"] = []Span{r.Discovered.Span}
	}
	return r.Published
}

func (n *Notice) readCounts(d *extract.Doc) {
	n.Counts = extract.Counts(d)
	if a := extract.Affected(n.Counts); a != nil {
		n.Affected = a.Value
		n.Evidence["affected"] = []Span{a.Span}
	}
}

func (n *Notice) readFieldsAndCauses(d *extract.Doc) {
	f := extract.ReadFields(d)
	n.LeakedFields, n.NotLeakedFields = f.Leaked, f.NotLeaked
	// A per-field count (メールアドレス:362,049) says its fields leaked.
	for _, c := range n.Counts {
		for _, id := range c.Fields {
			if !contains(n.LeakedFields, id) {
				n.LeakedFields = append(n.LeakedFields, id)
			}
			k := "leaked_fields." + id
			n.Evidence[k] = append(n.Evidence[k], c.Span)
		}
	}
	for k, v := range f.Evidence {
		n.Evidence[k] = append(v, n.Evidence[k]...)
	}
	c := extract.ReadCauses(d)
	n.Causes = c.Causes
	for k, v := range c.Evidence {
		n.Evidence[k] = v
	}
	for _, cve := range extract.CVEs(d) {
		n.CVEs = append(n.CVEs, cve.Value)
		n.Evidence["cves."+cve.Value] = []Span{cve.Span}
	}
	for i, s := range extract.Software(d) {
		n.Software = append(n.Software, s.Value)
		n.Evidence[fmt.Sprintf("software.%d", i)] = []Span{s.Span}
	}
}

func (n *Notice) readParties(d *extract.Doc, published *extract.DateMention) {
	p := extract.ReadParties(d, published)
	if p.Title != nil {
		n.Title = p.Title.Value
		n.Evidence["title"] = []Span{p.Title.Span}
	}
	if p.Organization != nil {
		n.Organization = p.Organization.Value
		n.Evidence["organization"] = []Span{p.Organization.Span}
	}
	n.Representative = p.Representative
	n.Services = values(n.Evidence, "services", p.Services)
	n.Investigators = values(n.Evidence, "investigators", p.Investigators)
	n.Authorities = values(n.Evidence, "authorities", p.Authorities)
}

func (n *Notice) readContacts(d *extract.Doc) {
	n.Contacts = extract.Contacts(d)
}

// values returns the values of found, recording their spans as key.0, key.1, ….
func values(evidence map[string][]Span, key string, found []extract.Found) []string {
	var out []string
	for i, f := range found {
		out = append(out, f.Value)
		evidence[fmt.Sprintf("%s.%d", key, i)] = []Span{f.Span}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
