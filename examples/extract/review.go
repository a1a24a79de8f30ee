package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"sort"
	"strings"

	"github.com/jpbreach/jpbreach/notice"
)

// The kinds of value the review page highlights, with their legend.
var kinds = []struct{ Name, Legend string }{
	{"date", "dates (published, discovered, exposure)"},
	{"count", "counts"},
	{"field", "kinds of data, leaked or not"},
	{"cause", "causes, CVEs, software"},
	{"contact", "contacts"},
	{"party", "organization, title, people, services, investigators, authorities"},
}

// mark is one extracted value's place in the text.
type mark struct {
	start, end int
	kind       string
	label      string
}

// segment is a run of text covered by the same marks.
type segment struct {
	Text   string
	Kinds  string // class names, "" when unmarked
	Spans  string // "start-end" of every mark covering it
	Labels string
}

type reviewNotice struct {
	Source   string
	Err      string
	Segments []segment
	Record   string
	Warnings []string
}

// marksOf lists every span of a record with its kind.
func marksOf(n *notice.Notice) []mark {
	var ms []mark
	add := func(s notice.Span, kind, label string) {
		if s[0] < s[1] && s[1] <= len(n.Source) {
			ms = append(ms, mark{s[0], s[1], kind, label})
		}
	}
	for _, d := range n.Dates {
		add(d.Span, "date", "date "+d.Value.String())
	}
	if n.Exposure != nil {
		add(n.Exposure.Span, "date", "exposure")
	}
	for _, e := range n.Timeline {
		add(e.Span, "date", "timeline "+e.Date.String())
	}
	for _, c := range n.Counts {
		add(c.Span, "count", fmt.Sprintf("count %d %s", c.Value, c.Basis))
	}
	for _, c := range n.Contacts {
		add(c.Span, "contact", c.Kind+" "+c.Value)
	}
	if r := n.Representative; r != nil {
		add(r.Span, "party", "representative")
	}
	for key, spans := range n.Evidence {
		kind := evidenceKind(key)
		for _, s := range spans {
			add(s, kind, key)
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		if ms[i].end != ms[j].end {
			return ms[i].end < ms[j].end
		}
		return ms[i].label < ms[j].label
	})
	return ms
}

// evidenceKind gives the kind of an evidence key (organization,
// leaked_fields.name, causes.vulnerability, services.0, …).
func evidenceKind(key string) string {
	head, _, _ := strings.Cut(key, ".")
	switch head {
	case "published", "discovered":
		return "date"
	case "affected":
		return "count"
	case "leaked_fields", "not_leaked_fields":
		return "field"
	case "causes", "cves", "software":
		return "cause"
	}
	return "party"
}

// segments cuts text at every mark boundary.
func segments(text string, ms []mark) []segment {
	cuts := map[int]bool{0: true, len(text): true}
	for _, m := range ms {
		cuts[m.start], cuts[m.end] = true, true
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	var out []segment
	for i := 0; i+1 < len(points); i++ {
		a, b := points[i], points[i+1]
		seg := segment{Text: text[a:b]}
		var kinds, spans, labels []string
		for _, m := range ms {
			if m.start <= a && m.end >= b {
				kinds = appendUnique(kinds, "k-"+m.kind)
				spans = appendUnique(spans, fmt.Sprintf("%d-%d", m.start, m.end))
				labels = appendUnique(labels, m.label)
			}
		}
		seg.Kinds, seg.Spans, seg.Labels = strings.Join(kinds, " "), strings.Join(spans, " "), strings.Join(labels, "; ")
		out = append(out, seg)
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// writeReviewFile writes the review page of results to path.
func writeReviewFile(path string, results []result) error {
	var buf bytes.Buffer
	if err := writeReview(&buf, results); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeReview renders one self-contained page: a legend, then each notice's
// text with its values highlighted beside its record and warnings.
func writeReview(buf *bytes.Buffer, results []result) error {
	page := struct {
		Kinds   any
		Notices []reviewNotice
	}{Kinds: kinds}
	for _, r := range results {
		rn := reviewNotice{Source: r.source}
		if r.err != nil {
			rn.Err = r.err.Error()
			page.Notices = append(page.Notices, rn)
			continue
		}
		rec, err := json.MarshalIndent(r.rec, "", "  ")
		if err != nil {
			return err
		}
		rn.Record = string(rec)
		rn.Segments = segments(r.rec.Source, marksOf(r.rec))
		rn.Warnings = r.rec.Warnings
		page.Notices = append(page.Notices, rn)
	}
	return reviewTemplate.Execute(buf, page)
}

var reviewTemplate = template.Must(template.New("review").Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>Breach notice review</title>
<style>
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; margin: 1em 2em; color: #222; }
.legend span { margin-right: 1em; padding: 0 .3em; }
section { border-top: 2px solid #888; margin-top: 1.5em; }
.cols { display: flex; gap: 1.5em; align-items: flex-start; }
.text { flex: 3; white-space: pre-wrap; line-height: 1.7; font-size: 14px; }
.record { flex: 2; font-size: 12px; max-height: 90vh; overflow: auto; background: #f6f6f6; padding: .5em; }
.record pre { white-space: pre-wrap; margin: 0; }
mark { padding: 0 1px; border-radius: 2px; }
.k-date { background: #cfe8ff; } .k-count { background: #ffe2a8; } .k-field { background: #d7f5c9; }
.k-cause { background: #ffc9c9; } .k-contact { background: #e6d3ff; } .k-party { background: #fff3a0; }
mark.k-date.k-count, mark.k-field.k-count { outline: 1px dashed #555; }
.warnings { color: #a00; } .error { color: #a00; font-weight: bold; }
</style>
</head>
<body>
<h1>Breach notice review</h1>
<p class="legend">{{range .Kinds}}<span class="k-{{.Name}}">{{.Legend}}</span>{{end}}</p>
{{range .Notices}}<section>
<h2>{{.Source}}</h2>
{{if .Err}}<p class="error">{{.Err}}</p>{{else}}
{{if .Warnings}}<ul class="warnings">{{range .Warnings}}<li>{{.}}</li>{{end}}</ul>{{end}}
<div class="cols">
<div class="text">{{range .Segments}}{{if .Kinds}}<mark class="{{.Kinds}}" data-spans="{{.Spans}}" title="{{.Labels}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</div>
<div class="record"><pre>{{.Record}}</pre></div>
</div>{{end}}
</section>
{{end}}</body>
</html>
`))
