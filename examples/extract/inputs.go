package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/jpbreach/jpbreach/pdftext"
)

// input is one notice to read: a file, or "-" for standard input.
type input struct {
	source string // as named on the command line or found in a directory
}

// knownExtensions are read from directories without sniffing.
var knownExtensions = map[string]bool{".txt": true, ".html": true, ".htm": true, ".eml": true, ".pdf": true}

// skippedExtensions are data and code files a directory may hold beside its
// notices (a notice's golden record, a script): not read without sniffing.
var skippedExtensions = map[string]bool{".json": true, ".jsonl": true, ".csv": true, ".tsv": true,
	".xml": true, ".yaml": true, ".yml": true, ".md": true, ".go": true, ".py": true, ".js": true,
	".css": true, ".sh": true}

// sniffBytes is how much of an unknown file is read to decide whether it is text.
const sniffBytes = 1024

// collect expands the command line into inputs: files as named, directories
// recursively (known extensions, and other files that look like text, in
// lexical order; hidden files and directories, data and code files are
// skipped). A name that
// cannot be read gets a line on stderr; collect then reports failed.
func collect(args []string, stderr io.Writer) (inputs []input, failed bool) {
	for _, arg := range args {
		if arg == "-" {
			inputs = append(inputs, input{"-"})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			failed = true
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, input{arg})
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "extract: %v\n", err)
				failed = true
				return nil
			}
			hidden := strings.HasPrefix(e.Name(), ".") && path != arg
			switch {
			case e.IsDir() && hidden:
				return filepath.SkipDir
			case e.IsDir() || hidden || !e.Type().IsRegular():
				return nil
			case knownExtensions[strings.ToLower(filepath.Ext(path))]:
				found = append(found, path)
			case !skippedExtensions[strings.ToLower(filepath.Ext(path))] && looksLikeText(path):
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", arg, err)
			failed = true
		}
		sort.Strings(found)
		for _, f := range found {
			inputs = append(inputs, input{f})
		}
	}
	return inputs, failed
}

// looksLikeText reports whether a file's first bytes have no NUL byte and no
// run of control bytes: text in some encoding, not an image or an archive.
func looksLikeText(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, sniffBytes)
	n, _ := io.ReadFull(f, buf)
	if n == 0 {
		return false
	}
	controls := 0
	for _, c := range buf[:n] {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b {
			controls++
		}
	}
	return controls*20 < n
}

// read returns the bytes of an input: the file, standard input, the body of
// an e-mail message, or the text of a PDF (whose record's spans then index
// that text).
func (in input) read(stdin io.Reader) ([]byte, error) {
	var b []byte
	var err error
	if in.source == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(in.source)
	}
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(in.source), ".eml") {
		return emailBody(b)
	}
	// A .pdf file, or any input that starts as one (standard input, a file
	// named otherwise); a text that only mentions "%PDF-" stays text.
	if strings.EqualFold(filepath.Ext(in.source), ".pdf") || bytes.HasPrefix(b, []byte("%PDF-")) {
		text, err := pdftext.Extract(b)
		return []byte(text), err
	}
	return b, nil
}

// emailBody returns the text of a message: its text/plain part (or, failing
// that, its text/html part) with the transfer encoding undone. The charset
// is left for notice.Parse to detect.
func emailBody(raw []byte) ([]byte, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("not an e-mail message: %w", err)
	}
	body, err := partBody(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body, 0)
	if err != nil {
		return nil, err
	}
	if body == nil {
		return nil, fmt.Errorf("e-mail message without a text part")
	}
	return body, nil
}

// maxPartDepth bounds how deeply multipart messages are opened.
const maxPartDepth = 5

// partBody returns the text of one MIME entity at the given nesting depth,
// preferring text/plain to text/html inside multipart ones; nil when it has
// no text.
func partBody(contentType, transfer string, r io.Reader, depth int) ([]byte, error) {
	media, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		media = "text/plain" // RFC 2045: the default
	}
	if strings.HasPrefix(media, "multipart/") {
		if depth >= maxPartDepth {
			return nil, nil
		}
		mr := multipart.NewReader(r, params["boundary"])
		var html []byte
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return html, nil
			}
			if err != nil {
				return nil, fmt.Errorf("e-mail message: %w", err)
			}
			b, err := partBody(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, depth+1)
			if err != nil {
				return nil, err
			}
			pt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
			if b != nil && (pt == "" || pt == "text/plain" || strings.HasPrefix(pt, "multipart/")) {
				return b, nil
			}
			if b != nil && html == nil {
				html = b
			}
		}
	}
	if media != "text/plain" && media != "text/html" {
		return nil, nil
	}
	switch strings.ToLower(strings.TrimSpace(transfer)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, newlineStripper{r})
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("e-mail body: %w", err)
	}
	return b, nil
}

// newlineStripper drops line breaks, which base64 bodies are full of.
type newlineStripper struct{ r io.Reader }

func (n newlineStripper) Read(p []byte) (int, error) {
	for {
		k, err := n.r.Read(p)
		j := 0
		for _, c := range p[:k] {
			if c != '\r' && c != '\n' {
				p[j] = c
				j++
			}
		}
		if j > 0 || err != nil {
			return j, err
		}
	}
}
