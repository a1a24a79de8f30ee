package veris

import (
	"crypto/sha1"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/notice"
)

// SchemaVersion is the VERIS version the records follow.
const SchemaVersion = "1.4.0"

// ErrNoDate is returned for a notice that states no date at all when the
// caller supplies no fallback year (Options.FallbackYear): VERIS requires
// the year of the incident, and guessing it would be worse than no record.
var ErrNoDate = errors.New("veris: the notice states no date; VERIS requires the incident's year")

// unknown is VERIS's word for what the text does not state.
const unknown = "Unknown"

// MinYear and MaxYear are the years VERIS 1.4.0 accepts for
// timeline.incident.year, and so for Options.FallbackYear.
const (
	MinYear = 1950
	MaxYear = 2050
)

// NoteFallbackYear is the record's notes when the incident's year is the
// caller's Options.FallbackYear: the notice states no date at all.
const NoteFallbackYear = "timeline.incident: the notice states no date at all; the year was supplied by the caller, not read from the text"

// Options changes how FromNotice codes a notice. The zero value is
// FromNotice's behaviour.
type Options struct {
	// FallbackYear, if not zero, is the incident's year for a notice that
	// states no date at all, which otherwise gets ErrNoDate. The record
	// says in notes that the caller supplied it; a notice that gives any
	// date is dated from its text and the fallback is not used. It must be
	// within the years VERIS accepts (MinYear to MaxYear).
	FallbackYear int
}

// FromNotice returns the VERIS incident of a parsed notice. reference is
// where the notice came from (a URL or a file name); it goes into the
// record as it is. The incident_id is derived from the notice's text, so
// the same input always gets the same id. A notice that states no date at
// all gets ErrNoDate; Options.FromNotice can supply a year for it.
func FromNotice(n *notice.Notice, reference string) (*Incident, error) {
	return Options{}.FromNotice(n, reference)
}

// FromNotice is the package's FromNotice with the options o.
func (o Options) FromNotice(n *notice.Notice, reference string) (*Incident, error) {
	if o.FallbackYear != 0 && (o.FallbackYear < MinYear || o.FallbackYear > MaxYear) {
		return nil, fmt.Errorf("veris: fallback year %d is outside the years VERIS accepts (%d to %d)", o.FallbackYear, MinYear, MaxYear)
	}
	tl, note, err := timeline(n, o.FallbackYear)
	if err != nil {
		return nil, err
	}
	inc := &Incident{
		SchemaVersion:    SchemaVersion,
		SchemaName:       "verisc",
		IncidentID:       incidentID(n.Source),
		SecurityIncident: "Confirmed", // a notice discloses an incident that happened
		Reference:        reference,
		Summary:          summary(n),
		Timeline:         tl,
		Victim:           victim(n.Organization),
		Attribute:        Attribute{Confidentiality: confidentiality(n)},
		DiscoveryMethod:  discoveryMethod(n),
		Notes:            note,
	}
	actions(n, inc)
	return inc, nil
}

// incidentID is a name-based UUID (version 5 layout) of the text.
func incidentID(src string) string {
	h := sha1.Sum([]byte("github.com/jpbreach/jpbreach/veris\x00" + src))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return strings.ToUpper(fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16]))
}

func summary(n *notice.Notice) string {
	if n.Title != "" {
		return n.Title
	}
	if n.Organization != "" {
		return "Data breach notice of " + n.Organization
	}
	return "Data breach notice"
}

// timeline dates the incident by the earliest of the start of the exposure
// window and the entries of the notice's chronology; failing both, by the
// year alone of the discovery, else of the notice, else of the earliest date
// the notice gives, said so in the returned note; failing all, by the
// fallback year the caller gave, said so too, else ErrNoDate.
// timeline.discovery is the time from a dated start to the discovery.
func timeline(n *notice.Notice, fallbackYear int) (Timeline, string, error) {
	var start *notice.Date
	if n.Exposure != nil && n.Exposure.Start != nil {
		start = &n.Exposure.Start.Date
	}
	for _, e := range n.Timeline {
		if start == nil || e.Date.Before(*start) {
			start = &e.Date
		}
	}
	if start != nil {
		t := Timeline{Incident: Day{start.Year, int(start.Month), start.Day}}
		t.Discovery = &Duration{Unit: unknown}
		if n.Discovered != nil && start.Before(*n.Discovered) {
			t.Discovery = between(*start, *n.Discovered)
		}
		return t, "", nil
	}
	var year *notice.Date
	from := "the discovery"
	switch {
	case n.Discovered != nil:
		year = n.Discovered
	case n.Published != nil:
		year, from = n.Published, "the notice"
	case len(n.Dates) > 0:
		year, from = &n.Dates[0].Value, "the earliest date the notice gives"
		for _, d := range n.Dates {
			if d.Value.Before(*year) {
				year = &d.Value
			}
		}
	case fallbackYear != 0:
		return Timeline{Incident: Day{Year: fallbackYear}, Discovery: &Duration{Unit: unknown}},
			NoteFallbackYear, nil
	default:
		return Timeline{}, "", ErrNoDate
	}
	return Timeline{Incident: Day{Year: year.Year}, Discovery: &Duration{Unit: unknown}},
		"timeline.incident: the text does not date the incident; the year is that of " + from, nil
}

// between is the time from a to b in the largest unit it fills: days up to
// a month, months up to two years, then years, to one decimal.
func between(a, b notice.Date) *Duration {
	day := func(d notice.Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }
	days := day(b).Sub(day(a)).Hours() / 24
	unit, v := "Days", days
	switch {
	case days >= 730:
		unit, v = "Years", days/365.25
	case days >= 31:
		unit, v = "Months", days/30.44
	}
	v = math.Round(v*10) / 10
	return &Duration{Unit: unit, Value: &v}
}

// victim reads the kind of body from the organization's name (bodies.tsv).
func victim(org string) Victim {
	v := Victim{VictimID: org, Country: []string{"JP"}, EmployeeCount: unknown,
		Industry: "000", Government: []string{unknown}}
	company := false
	for _, f := range dict.Load().LegalForms {
		company = company || strings.Contains(org, f)
	}
	if company {
		v.Government = []string{"NA"}
	}
	name := strings.TrimSpace(org)
	for _, b := range table().bodies {
		gov := strings.HasPrefix(b.industry, "92")
		if gov && company || !bodyMatches(name, b) {
			continue
		}
		v.Industry, v.Government = b.industry, []string{b.government}
		break
	}
	return v
}

func bodyMatches(name string, b body) bool {
	if b.suffix {
		return strings.HasSuffix(name, b.wording)
	}
	return strings.Contains(name, b.wording)
}
