package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/jpbreach/jpbreach/notice"
)

// sourced is a record with the name of the file it was read from.
type sourced struct {
	Source string `json:"source"`
	*notice.Notice
}

// writeJSON prints the records: one alone as an indented object, with
// format "json" several as an indented array, with "jsonl" one line each.
func writeJSON(w io.Writer, results []result, format string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	switch {
	case format == "json" && len(results) == 1:
		enc.SetIndent("", "  ")
		if err := enc.Encode(results[0].rec); err != nil {
			return err
		}
	case format == "json":
		enc.SetIndent("", "  ")
		all := make([]sourced, len(results))
		for i, r := range results {
			all[i] = sourced{r.source, r.rec}
		}
		if err := enc.Encode(all); err != nil {
			return err
		}
	default:
		for _, r := range results {
			if err := enc.Encode(sourced{r.source, r.rec}); err != nil {
				return err
			}
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// csvHeader names the columns of -format csv.
var csvHeader = []string{"source", "organization", "published", "exposure_start", "exposure_end",
	"affected", "leaked_fields", "causes", "phones"}

// writeCSV prints one row per notice, lists joined with ";". With excel, the
// output starts with a UTF-8 byte-order mark so that Excel reads it as UTF-8.
func writeCSV(w io.Writer, results []result, excel bool) error {
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range results {
		if err := cw.Write(csvRow(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(r result) []string {
	n := r.rec
	day := func(d *notice.Date) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	var start, end, affected string
	if n.Exposure != nil {
		if n.Exposure.Start != nil {
			start = n.Exposure.Start.Date.String()
		}
		if n.Exposure.End != nil {
			end = n.Exposure.End.Date.String()
		}
	}
	if n.Affected > 0 {
		affected = strconv.FormatInt(n.Affected, 10)
	}
	var phones []string
	for _, c := range n.Contacts {
		if c.Kind == "phone" {
			phones = append(phones, c.Value)
		}
	}
	return []string{r.source, n.Organization, day(n.Published), start, end, affected,
		strings.Join(n.LeakedFields, ";"), strings.Join(n.Causes, ";"), strings.Join(phones, ";")}
}
