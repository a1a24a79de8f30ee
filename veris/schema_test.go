package veris

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/internal/testcorpus"
	"github.com/jpbreach/jpbreach/notice"
)

// schemaPath is the VERIS 1.4.0 schema, kept outside the repository.
var schemaPath = filepath.Join("..", "..", "shared", "veris", "verisc-merged.json")

// verisSchema compiles the VERIS schema, skipping like testcorpus.Dir where it is
// absent.
func verisSchema(t testing.TB) *jsonschema.Schema {
	f, err := os.Open(schemaPath)
	if err != nil {
		if os.Getenv("JPBREACH_REQUIRE_CORPUS") != "" {
			t.Fatalf("no VERIS schema: %v", err)
		}
		t.Skipf("no VERIS schema at %s: %v", schemaPath, err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	if err := c.AddResource("verisc-merged.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("verisc-merged.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validate checks the JSON form of inc against the schema.
func validate(t testing.TB, s *jsonschema.Schema, name string, inc *Incident) {
	t.Helper()
	b, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%s: invalid VERIS record: %v\n%s", name, err, b)
	}
}

// corpusFallbackYear is the year TestCorpusValid supplies for notices that
// state no date: one no corpus notice is about, so that a fallback used
// where the text gives a date would show.
const corpusFallbackYear = 1999

// TestCorpusValid validates a VERIS record for every notice of the corpus:
// the notices that state no date get ErrNoDate alone and a record with the
// fallback year and its note; the others the same record with or without a
// fallback, and no such note.
func TestCorpusValid(t *testing.T) {
	dir := testcorpus.Dir(t)
	s := verisSchema(t)
	files, _ := filepath.Glob(filepath.Join(dir, "texts", "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no texts in %s", dir)
	}
	fallback := Options{FallbackYear: corpusFallbackYear}
	undated := 0
	for _, f := range files {
		name := filepath.Base(f)
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := notice.Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		plain, plainErr := FromNotice(n, name)
		inc, err := fallback.FromNotice(n, name)
		if err != nil {
			t.Fatalf("%s: with a fallback year: %v", f, err)
		}
		dateless := n.Published == nil && n.Discovered == nil && len(n.Dates) == 0
		switch {
		case dateless:
			undated++
			if !errors.Is(plainErr, ErrNoDate) {
				t.Errorf("%s states no date: err %v without a fallback, want ErrNoDate", name, plainErr)
			}
			if inc.Notes != NoteFallbackYear || inc.Timeline.Incident != (Day{Year: corpusFallbackYear}) {
				t.Errorf("%s states no date: with a fallback, incident %+v notes %q", name, inc.Timeline.Incident, inc.Notes)
			}
		case plainErr != nil:
			t.Errorf("%s gives a date: %v", name, plainErr)
		default:
			if inc.Notes == NoteFallbackYear || !reflect.DeepEqual(inc, plain) {
				t.Errorf("%s gives a date, yet the fallback changed its record: incident %+v notes %q", name, inc.Timeline.Incident, inc.Notes)
			}
		}
		validate(t, s, name, inc)
	}
	t.Logf("%d VERIS records validated, %d of them for notices that state no date, with the fallback year", len(files), undated)
}

// TestSchemaCatchesInvalid makes sure the validation can fail: a record
// missing what VERIS requires, or with a value outside its enumerations.
func TestSchemaCatchesInvalid(t *testing.T) {
	s := verisSchema(t)
	n := &notice.Notice{Source: "x", Published: &notice.Date{Year: 2024, Month: 1, Day: 2}}
	inc, err := FromNotice(n, "")
	if err != nil {
		t.Fatal(err)
	}
	inc.Action.Hacking = &Step{Variety: []string{"Guessing"}, Vector: []string{unknown}}
	b, _ := json.Marshal(inc)
	v, _ := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	if s.Validate(v) == nil {
		t.Error("a hacking variety outside the enumeration passed the schema")
	}
}

// TestTablesInSchema builds a record around every row of the data files and
// validates it, so that a variety, vector or code the schema lacks fails
// here even where no corpus notice reaches its row.
func TestTablesInSchema(t *testing.T) {
	s := verisSchema(t)
	tb := table()
	base := func(causes ...string) *Incident {
		n := &notice.Notice{Source: "x", Published: &notice.Date{Year: 2024, Month: 1, Day: 2}, Causes: causes}
		inc, err := FromNotice(n, "")
		if err != nil {
			t.Fatal(err)
		}
		return inc
	}
	for _, c := range tb.causes {
		validate(t, s, "causes.tsv "+c.cause, base(c.cause, "vendor_breach"))
		validate(t, s, "causes.tsv "+c.cause, base(c.cause))
	}
	for key, variety := range tb.fields {
		inc := base()
		inc.Attribute.Confidentiality.Data = []Data{{Variety: variety, Amount: 1}}
		validate(t, s, "fields.tsv "+key, inc)
	}
	for _, b := range tb.bodies {
		inc := base()
		inc.Victim.Industry, inc.Victim.Government = b.industry, []string{b.government}
		validate(t, s, "bodies.tsv "+b.wording, inc)
	}
	for _, class := range []string{"reporter", "found"} {
		for _, c := range tb.cues[class] {
			inc := base()
			inc.DiscoveryMethod = DiscoveryMethod{}
			inc.DiscoveryMethod.add(c.value)
			validate(t, s, "cues.tsv "+c.wording, inc)
		}
	}
	for _, c := range tb.cues["data_victim"] {
		inc := base()
		inc.Attribute.Confidentiality.DataVictim = []string{c.value}
		validate(t, s, "cues.tsv "+c.wording, inc)
	}
	for _, c := range tb.cues["asset"] {
		inc := base()
		inc.Asset = asset(nil, []string{c.value}, false)
		validate(t, s, "cues.tsv "+c.wording, inc)
	}
	for _, step := range []struct{ cause, category, variety string }{{"loss_or_theft", "error", "Loss"}, {"loss_or_theft", "physical", "Theft"}} {
		inc := base()
		inc.Action = Action{Error: &Step{Variety: []string{step.variety}, Vector: []string{unknown}}}
		if step.category == "physical" {
			inc.Action = Action{Physical: &Step{Variety: []string{step.variety}, Vector: []string{unknown}}}
		}
		validate(t, s, step.cause+" "+step.variety, inc)
	}
}

// TestEveryCauseMapped: every cause id the parser can give has a row in
// causes.tsv, or is one of the two the package reads otherwise; every
// field id a variety.
func TestEveryCauseMapped(t *testing.T) {
	mapped := map[string]bool{"loss_or_theft": true, "vendor_breach": true}
	for _, c := range table().causes {
		mapped[c.cause] = true
	}
	for _, c := range dict.Load().Causes {
		if !mapped[c.Cause] {
			t.Errorf("cause %s has no row in causes.tsv", c.Cause)
		}
	}
	for _, f := range dict.Load().Fields {
		if table().fields[f.Field] == "" {
			t.Errorf("field %s has no row in fields.tsv", f.Field)
		}
	}
}
