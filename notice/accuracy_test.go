package notice

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/jpbreach/jpbreach/internal/testcorpus"
)

// accuracyFloors are the lowest figures the library may reach on the
// development corpus, per key, as ../shared/eval/score.py computes them.
// They start at what the library reaches and only go up.
var accuracyFloors = map[string]float64{
	"organization": 0.96, "published": 0.98, "exposure_start": 0.96, "exposure_end": 0.96,
	"discovered": 0.95, "affected": 0.98, "dates": 0.99, "counts": 0.98,
	"leaked_fields": 0.95, "not_leaked_fields": 0.92, "causes": 0.96,
	"phones": 1.0, "emails": 1.0, "cves": 1.0,
}

var (
	setKeys    = []string{"dates", "counts", "leaked_fields", "not_leaked_fields", "causes", "phones", "emails", "cves"}
	scalarKeys = []string{"organization", "published", "exposure_start", "exposure_end", "discovered", "affected"}
	orgAffixes = []string{"株式会社", "有限会社", "合同会社", "一般社団法人", "公益社団法人", "一般財団法人",
		"公益財団法人", "独立行政法人", "国立大学法人", "学校法人", "医療法人", "社会福祉法人", "(株)", "(有)"}
	spaceRe    = regexp.MustCompile(`\s+`)
	nonDigitRe = regexp.MustCompile(`\D`)
)

// scoreView reduces a record to the scored keys, as score.py's view does.
func scoreView(n *Notice) map[string]any {
	day := func(d *Date) any {
		if d == nil {
			return nil
		}
		return d.String()
	}
	v := map[string]any{"organization": nil, "published": day(n.Published), "discovered": day(n.Discovered),
		"exposure_start": nil, "exposure_end": nil, "affected": nil}
	if n.Organization != "" {
		v["organization"] = n.Organization
	}
	if n.Exposure != nil {
		if n.Exposure.Start != nil {
			v["exposure_start"] = n.Exposure.Start.Date.String()
		}
		if n.Exposure.End != nil {
			v["exposure_end"] = n.Exposure.End.Date.String()
		}
	}
	if n.Affected > 0 {
		v["affected"] = fmt.Sprint(n.Affected)
	}
	set := func(vals ...string) map[string]bool {
		m := map[string]bool{}
		for _, x := range vals {
			if x != "" {
				m[x] = true
			}
		}
		return m
	}
	var dates, counts, phones, emails []string
	for _, d := range n.Dates {
		dates = append(dates, d.Value.String())
	}
	for _, c := range n.Counts {
		counts = append(counts, fmt.Sprint(c.Value))
	}
	for _, c := range n.Contacts {
		switch c.Kind {
		case "phone":
			phones = append(phones, nonDigitRe.ReplaceAllString(norm.NFKC.String(c.Value), ""))
		case "email":
			emails = append(emails, strings.ToLower(strings.TrimSpace(c.Value)))
		}
	}
	var cves []string
	for _, c := range n.CVEs {
		cves = append(cves, strings.ToUpper(c))
	}
	v["dates"], v["counts"], v["phones"], v["emails"], v["cves"] = set(dates...), set(counts...), set(phones...), set(emails...), set(cves...)
	v["leaked_fields"], v["not_leaked_fields"], v["causes"] = set(n.LeakedFields...), set(n.NotLeakedFields...), set(n.Causes...)
	return v
}

// goldSet turns a gold list into a set, normalized as score.py does.
func goldSet(key string, list []any) map[string]bool {
	m := map[string]bool{}
	for _, x := range list {
		s := fmt.Sprint(x)
		switch key {
		case "phones":
			s = nonDigitRe.ReplaceAllString(norm.NFKC.String(s), "")
		case "emails":
			s = strings.ToLower(strings.TrimSpace(s))
		case "cves":
			s = strings.ToUpper(s)
		case "dates":
			s = s[:min(len(s), 10)]
		case "counts":
			if f, ok := x.(float64); ok {
				s = fmt.Sprint(int64(f))
			}
		}
		m[s] = true
	}
	return m
}

func normOrg(s string) string {
	s = spaceRe.ReplaceAllString(norm.NFKC.String(s), "")
	for _, a := range orgAffixes {
		s = strings.ReplaceAll(s, a, "")
	}
	return strings.Trim(s, "・")
}

// scalarRight reports whether pred matches gold (a value, a list of
// acceptable values, or null for "not stated").
func scalarRight(key string, gold, pred any) bool {
	alts, ok := gold.([]any)
	if !ok {
		alts = []any{gold}
	}
	for _, g := range alts {
		switch {
		case g == nil || pred == nil:
			if g == nil && pred == nil {
				return true
			}
		case key == "organization":
			if normOrg(fmt.Sprint(g)) == normOrg(fmt.Sprint(pred)) {
				return true
			}
		case key == "affected":
			if fmt.Sprint(int64(g.(float64))) == pred {
				return true
			}
		default:
			if fmt.Sprint(g)[:min(10, len(fmt.Sprint(g)))] == pred {
				return true
			}
		}
	}
	return false
}

func TestAccuracyOnCorpus(t *testing.T) {
	dir := testcorpus.Dir(t)
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	type tally struct{ tp, fp, fn, docs, right int }
	tallies := map[string]*tally{}
	for _, k := range append(append([]string{}, scalarKeys...), setKeys...) {
		tallies[k] = &tally{}
	}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		raw, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gold map[string]any
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		n, _ := parseFile(t, filepath.Join(dir, "texts", name+".txt"))
		pv := scoreView(n)
		for _, k := range scalarKeys {
			gv, ok := gold[k]
			if !ok {
				continue
			}
			tallies[k].docs++
			if scalarRight(k, gv, pv[k]) {
				tallies[k].right++
			} else {
				t.Logf("miss %s %s: gold %v, got %v", name, k, gv, pv[k])
			}
		}
		for _, k := range setKeys {
			gl, ok := gold[k].([]any)
			if !ok {
				continue
			}
			gs, ps := goldSet(k, gl), pv[k].(map[string]bool)
			for x := range ps {
				if gs[x] {
					tallies[k].tp++
				} else {
					tallies[k].fp++
					t.Logf("miss %s %s: extra %s", name, k, x)
				}
			}
			for x := range gs {
				if !ps[x] {
					tallies[k].fn++
					t.Logf("miss %s %s: missing %s", name, k, x)
				}
			}
		}
	}
	var rows []string
	sum := 0.0
	for _, k := range append(append([]string{}, scalarKeys...), setKeys...) {
		tl := tallies[k]
		var fig float64
		if tl.docs > 0 {
			fig = float64(tl.right) / float64(tl.docs)
		} else if tl.tp+tl.fp+tl.fn > 0 {
			if tl.tp > 0 {
				p, r := float64(tl.tp)/float64(tl.tp+tl.fp), float64(tl.tp)/float64(tl.tp+tl.fn)
				fig = 2 * p * r / (p + r)
			}
		} else {
			continue
		}
		sum += fig
		rows = append(rows, fmt.Sprintf("%-18s %.3f (floor %.2f)", k, fig, accuracyFloors[k]))
		if fig < accuracyFloors[k] {
			t.Errorf("%s: %.3f is below its floor %.2f", k, fig, accuracyFloors[k])
		}
	}
	sort.Strings(rows)
	t.Logf("accuracy on %d notices of %s:\n%s\nscore: %.3f", len(golds), dir, strings.Join(rows, "\n"), sum/float64(len(rows)))
}
