// Command extract reads saved Japanese breach notices and prints their
// records.
//
// Usage:
//
//	extract [flags] FILE|DIR|- ...
//
// Files, directories (read recursively: .txt, .html, .htm, .eml and .pdf
// files, and other files that look like text) and "-" for standard input. Files are
// parsed in parallel on all cores; output keeps the order of the inputs.
//
// Output: one file prints an indented JSON record; several print one JSON
// line per file with a "source" key. -format csv prints one row per notice
// (with -excel, as UTF-8 with a byte-order mark for spreadsheet programs),
// -format veris a VERIS 1.4.0 incident per notice (indented for one file,
// one line each for several; a notice that states no date is an error
// unless -veris-year gives the year to use, which its record then notes),
// -summary a table of the batch, -html FILE a review page that highlights
// every extracted value in each notice's text.
//
// A PDF is read through package pdftext (its text layer: an encrypted,
// image-only or broken PDF is an error). A file that cannot be read or is
// not text gets a line on standard error naming it and why; the others are still processed. The exit status is 1
// when any file failed and 2 on bad flags.
//
// The command uses only the public API of packages notice and veris: it
// shows how to use the library.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/jpbreach/jpbreach/veris"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	format  string
	excel   bool
	summary bool
	html    string
	workers int
	year    int // -veris-year: the fallback year of VERIS records
}

const usage = `usage: extract [flags] FILE|DIR|- ...

Reads saved breach notices (text or HTML, any Japanese encoding, .eml bodies,
PDF with a text layer) and prints their records.

Examples:
  extract testdata/seed-000.txt                 indented JSON record
  extract testdata/                             one JSON line per notice
  extract -format csv -excel notices/ > out.csv a spreadsheet of the batch
  extract -format veris notices/ > vcdb.jsonl   VERIS 1.4.0 incidents, one a line
  extract -format veris -veris-year 2024 dir/   the same, 2024 for notices with no date
  extract -summary notices/                     notices per cause and year
  extract -html review.html notices/            a page to check extractions
  extract - < notice.txt                        read standard input

Flags:
`

// run is main with its streams, for tests; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	jsonl := fs.Bool("jsonl", false, "same as -format jsonl")
	fs.StringVar(&o.format, "format", "", "output format: json (one file: indented record; several: an array), jsonl (one line per file, with \"source\"), csv (one row per notice), veris (a VERIS 1.4.0 incident per notice)\n(default json for one file, jsonl for several)")
	fs.BoolVar(&o.excel, "excel", false, "with -format csv: start with a UTF-8 byte-order mark, for Excel")
	fs.BoolVar(&o.summary, "summary", false, "print a table of the batch (notices per cause and year, affected, frequent leaked fields) instead of the records")
	fs.StringVar(&o.html, "html", "", "also write a self-contained review page to this `file`")
	fs.IntVar(&o.year, "veris-year", 0, fmt.Sprintf("with -format veris: the incident `year` (%d to %d) of a notice that states no date at all,\nwhich otherwise gets no record; the record notes the year was supplied", veris.MinYear, veris.MaxYear))
	fs.IntVar(&o.workers, "j", runtime.GOMAXPROCS(0), "parse this many files at once")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *jsonl {
		o.format = "jsonl"
	}
	switch o.format {
	case "", "json", "jsonl", "csv", "veris":
	default:
		fmt.Fprintf(stderr, "extract: unknown -format %q (json, jsonl, csv or veris)\n", o.format)
		return 2
	}
	if o.excel && o.format != "csv" {
		fmt.Fprintln(stderr, "extract: -excel goes with -format csv")
		return 2
	}
	if o.year != 0 && o.format != "veris" {
		fmt.Fprintln(stderr, "extract: -veris-year goes with -format veris")
		return 2
	}
	if o.year != 0 && (o.year < veris.MinYear || o.year > veris.MaxYear) {
		fmt.Fprintf(stderr, "extract: -veris-year %d: VERIS accepts the years %d to %d\n", o.year, veris.MinYear, veris.MaxYear)
		return 2
	}
	if fs.NArg() == 0 || o.workers < 1 {
		fs.Usage()
		return 2
	}

	inputs, failed := collect(fs.Args(), stderr)
	single := len(fs.Args()) == 1 && len(inputs) == 1 && !isDir(fs.Arg(0))
	if o.format == "" {
		o.format = "jsonl"
		if single {
			o.format = "json"
		}
	}
	progress := newProgress(stderr, len(inputs))
	results := parseAll(inputs, stdin, o.workers, progress.done)
	progress.finish()

	var ok []result
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", r.source, r.err)
			failed = true
			continue
		}
		ok = append(ok, r)
	}
	var err error
	switch {
	case o.summary:
		err = writeSummary(stdout, ok, len(results))
	case o.format == "csv":
		err = writeCSV(stdout, ok, o.excel)
	case o.format == "veris":
		var uncoded bool
		uncoded, err = writeVERIS(stdout, stderr, ok, single, veris.Options{FallbackYear: o.year})
		failed = failed || uncoded
	default:
		err = writeJSON(stdout, ok, o.format)
	}
	if err == nil && o.html != "" {
		err = writeReviewFile(o.html, results)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir() && !strings.HasSuffix(name, "-")
}
