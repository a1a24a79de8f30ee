package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/jpbreach/jpbreach/veris"
)

// writeVERIS prints the VERIS incident of each notice: indented when one
// file was asked for, otherwise one per line. A notice that cannot be coded
// (it states no date) gets a line on stderr and makes uncoded true.
func writeVERIS(w, stderr io.Writer, results []result, indent bool) (uncoded bool, err error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	for _, r := range results {
		inc, err := veris.FromNotice(r.rec, r.source)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", r.source, err)
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
