package veris

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// The mapping tables, as data (see the package doc).
var (
	//go:embed causes.tsv
	causesData string
	//go:embed fields.tsv
	fieldsData string
	//go:embed bodies.tsv
	bodiesData string
	//go:embed cues.tsv
	cuesData string
)

// causeAction is one row of causes.tsv: a cause as an action category.
type causeAction struct {
	cause, category, variety, vector string
	implies                          []string // "integrity:Software installation", "asset:…"
}

// body is one row of bodies.tsv.
type body struct {
	suffix               bool
	wording              string
	industry, government string
}

// cue is one row of cues.tsv beyond its class: a wording and its value.
type cue struct {
	wording, value string
}

// tables holds the parsed data files.
type tables struct {
	causes []causeAction
	fields map[string]string // field id or "count:basis" → data variety
	bodies []body
	cues   map[string][]cue // by class, longest wording first
}

var loadTables = sync.OnceValues(func() (*tables, error) {
	t := &tables{fields: map[string]string{}, cues: map[string][]cue{}}
	for _, f := range rows(causesData) {
		if len(f) < 4 {
			return nil, fmt.Errorf("veris: causes.tsv: bad row %q", f)
		}
		t.causes = append(t.causes, causeAction{f[0], f[1], f[2], f[3], f[4:]})
	}
	for _, f := range rows(fieldsData) {
		if len(f) != 2 {
			return nil, fmt.Errorf("veris: fields.tsv: bad row %q", f)
		}
		t.fields[f[0]] = f[1]
	}
	for _, f := range rows(bodiesData) {
		if len(f) != 4 || f[0] != "suffix" && f[0] != "contains" {
			return nil, fmt.Errorf("veris: bodies.tsv: bad row %q", f)
		}
		t.bodies = append(t.bodies, body{f[0] == "suffix", f[1], f[2], f[3]})
	}
	for _, f := range rows(cuesData) {
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("veris: cues.tsv: bad row %q", f)
		}
		c := cue{wording: f[1]}
		if len(f) == 3 {
			c.value = f[2]
		}
		t.cues[f[0]] = append(t.cues[f[0]], c)
	}
	for _, list := range t.cues {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].wording) > len(list[j].wording) })
	}
	return t, nil
})

// table returns the parsed tables; the embedded files are part of the build
// and the package's tests parse them, so a failure is a programming error.
func table() *tables {
	t, err := loadTables()
	if err != nil {
		panic(err)
	}
	return t
}

// rows splits a data file into tab-separated rows, skipping comments and
// blank lines. A trailing empty column (unknown's variety) is kept.
func rows(data string) [][]string {
	var out [][]string
	for _, l := range strings.Split(data, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.Split(l, "\t"))
	}
	return out
}
