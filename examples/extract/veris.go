package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/jpbreach/jpbreach/veris"
)

// writeVERIS prints the VERIS incident of each notice: indented when one
// file was asked for, otherwise one per line. opts.FallbackYear dates the
// notices that state no date (-veris-year); without it such a notice gets a
// line on stderr and makes uncoded true.
func writeVERIS(w, stderr io.Writer, results []result, indent bool, opts veris.Options) (uncoded bool, err error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	for _, r := range results {
		inc, err := opts.FromNotice(r.rec, r.source)
		if err != nil {
			hint := ""
			if errors.Is(err, veris.ErrNoDate) {
				hint = " (-veris-year YEAR codes it with a year you supply)"
			}
			fmt.Fprintf(stderr, "extract: %s: %v%s\n", r.source, err, hint)
			uncoded = true
			continue
		}
		if err := enc.Encode(inc); err != nil {
			return uncoded, err
		}
	}
	_, err = w.Write(buf.Bytes())
	return uncoded, err
}
