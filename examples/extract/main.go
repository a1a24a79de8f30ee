// Command extract prints the records of saved breach notices as JSON.
//
// Usage:
//
//	go run ./examples/extract [-jsonl] FILE...
//
// For one file it prints an indented record; for several files, or with
// -jsonl, one line per file with a "source" key naming the file. "-" reads
// standard input. A file that cannot be read or parsed gets a line on
// standard error naming it and why; the others are still processed, and the
// exit status is 1.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"jpbreach/notice"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main with its streams, for tests; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "print one JSON line per file, with a \"source\" key")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: extract [-jsonl] FILE...   (- reads standard input)")
		fmt.Fprintln(stderr, "example: go run ./examples/extract testdata/seed-000.txt")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	lines := *jsonl || len(files) > 1
	status := 0
	for _, name := range files {
		rec, err := parseFile(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", name, err)
			status = 1
			continue
		}
		if err := write(stdout, name, rec, lines); err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", name, err)
			return 1
		}
	}
	return status
}

func parseFile(name string, stdin io.Reader) (*notice.Notice, error) {
	if name == "-" {
		return notice.ParseReader(stdin)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return notice.Parse(b)
}

// write prints rec: indented alone, or as one line with its source.
func write(w io.Writer, name string, rec *notice.Notice, line bool) error {
	if !line {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rec); err != nil {
			return err
		}
		_, err := w.Write(buf.Bytes())
		return err
	}
	withSource := struct {
		Source string `json:"source"`
		*notice.Notice
	}{name, rec}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(withSource)
}
