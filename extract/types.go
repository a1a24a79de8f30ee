package extract

import (
	"fmt"
	"time"
)

// Span is a byte range [start, end) of the input as given to the parser
// (after decoding to UTF-8): input[start:end] is what a value was read from.
type Span [2]int

// Date is a day of the Gregorian calendar. Its JSON form is "YYYY-MM-DD".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.time().Before(e.time()) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return dateOf(d.time().AddDate(0, 0, n)) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.time().Weekday() }

func (d Date) time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

func dateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// validDate reports whether y-m-d is a day of the calendar.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// DateTime is a date with an optional time of day. Its JSON form is
// "YYYY-MM-DD" or "YYYY-MM-DDThh:mm".
type DateTime struct {
	Date
	Time string // "hh:mm" or ""
}

// MarshalText implements encoding.TextMarshaler.
func (t DateTime) MarshalText() ([]byte, error) {
	if t.Time == "" {
		return t.Date.MarshalText()
	}
	return []byte(t.Date.String() + "T" + t.Time), nil
}

// DateMention is one calendar date the text states.
type DateMention struct {
	Value   Date   `json:"value"`
	Time    string `json:"time,omitempty"`
	Text    string `json:"text"`
	Span    Span   `json:"span"`
	Weekday string `json:"weekday,omitempty"`

	at Range // where it stands in Doc.Text, with weekday and time
}

// Exposure is the window in which data may have leaked.
type Exposure struct {
	Start *DateTime `json:"start,omitempty"`
	End   *DateTime `json:"end,omitempty"`
	Span  Span      `json:"span"`
}

// Event is one entry of a notice's own chronology.
type Event struct {
	Date Date   `json:"date"`
	Time string `json:"time,omitempty"`
	// Text tells the event as the input writes it, from the start of a
	// clause: it is the input at Span, with the line breaks of a wrapped
	// sentence (and, in an HTML page, the markup) it holds.
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Count is a number of affected people, cards, accounts or records.
type Count struct {
	Value     int64    `json:"value"`
	Text      string   `json:"text"`
	Span      Span     `json:"span"`
	Unit      string   `json:"unit,omitempty"`
	Basis     string   `json:"basis"`
	Qualifier string   `json:"qualifier"`
	Fields    []string `json:"fields,omitempty"`
}

// Contact is a way for affected people to reach the organization.
type Contact struct {
	Kind     string `json:"kind"` // phone, email or url
	Value    string `json:"value"`
	TollFree bool   `json:"toll_free,omitempty"`
	Hours    string `json:"hours,omitempty"`
	Label    string `json:"label,omitempty"`
	Span     Span   `json:"span"`
}

// Representative is the person who signs a notice.
type Representative struct {
	Title string `json:"title"`
	Name  string `json:"name"`
	Span  Span   `json:"span"`
}

// Found is a value of a record found at a place in the text.
type Found struct {
	Value string `json:"value"`
	Span  Span   `json:"span"`
}
