// Package pdftext reads the text of notices published as PDF, for
// notice.Parse.
//
// Text comes from pdfium (the PDF engine of Chromium) compiled to
// WebAssembly and run by wazero through github.com/klippa-app/go-pdfium:
// pure Go, no cgo, and no PDF parser of our own. pdfium reads the embedded
// fonts' Unicode maps, the Type 3 fonts browsers print CJK text with, and
// lays out the characters in reading order.
//
// The WebAssembly runtime starts when the first PDF is read, not before: a
// program that never reads a PDF, or imports only package notice, pays
// nothing. Compiling pdfium costs about 2.5 s of CPU, once: wazero keeps the
// compiled code in the user's cache directory, and later starts load it
// (about 0.15 s). Each document gets a fresh pdfium instance, and the pages
// of a document are read in parallel by as many instances as are free; the
// instances run in separate runtimes, at most GOMAXPROCS of them, each
// started once when first needed (wazero lets instances of one runtime race).
//
// The text keeps the document's lines, except that a line the layout wrapped
// at the right margin is joined to the line it goes on in, on the same page
// or the next: a date, a count, a list or a phone number that the layout
// broke reads as one, as it does in a plain text. A wider gap between lines
// is a blank line, as between paragraphs. Page numbers alone at the
// top or bottom of a page, and running headers and footers (lines there that
// recur, digits aside, on half the pages: a browser's date, title, address
// and page count), are dropped. The spans of a record parsed from
// this text index the text (notice.Notice.Source), not the PDF file.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// The reasons a PDF gives no text; Extract's errors wrap one of them.
var (
	ErrEncrypted = errors.New("encrypted PDF: it opens only with a password")
	ErrImageOnly = errors.New("image-only PDF: its pages are pictures (scanned) without a text layer, and text is not recognized in pictures")
	ErrNoText    = errors.New("PDF without text")
	ErrBroken    = errors.New("broken PDF")
)

// headerWindow is how far into a file readers look for the "%PDF-" header.
const headerWindow = 1024

// IsPDF reports whether b starts as a PDF file does: with "%PDF-" within
// its first 1,024 bytes.
func IsPDF(b []byte) bool {
	return bytes.Contains(b[:min(len(b), headerWindow)], []byte("%PDF-"))
}

// Extract returns the text of a PDF file, for notice.Parse. The error wraps
// ErrEncrypted, ErrImageOnly, ErrNoText or ErrBroken when the file gives no
// text, and says why; it is safe for concurrent use.
func Extract(pdf []byte) (string, error) {
	if !IsPDF(pdf) {
		return "", fmt.Errorf("%w: no %%PDF- header", ErrBroken)
	}
	e := engine()
	inst, err := e.acquire(true)
	if err != nil {
		return "", err
	}
	defer e.release(inst)
	doc, err := open(inst, pdf)
	if err != nil {
		return "", err
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc})
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBroken, err)
	}
	if count.PageCount == 0 {
		return "", fmt.Errorf("%w: no pages", ErrBroken)
	}
	pages, err := readPages(e, inst, doc, pdf, count.PageCount)
	if err != nil {
		return "", err
	}
	text := join(pages)
	if strings.TrimSpace(text) == "" {
		if hasImages(inst, doc, count.PageCount) {
			return "", ErrImageOnly
		}
		return "", ErrNoText
	}
	return text, nil
}

// open opens a PDF in an instance, telling why it cannot.
func open(inst pdfium.Pdfium, pdf []byte) (references.FPDF_DOCUMENT, error) {
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &pdf})
	switch {
	case err == nil:
		return doc.Document, nil
	case errors.Is(err, pdfiumerrors.ErrPassword):
		return "", ErrEncrypted
	case errors.Is(err, pdfiumerrors.ErrSecurity):
		return "", fmt.Errorf("%w (an encryption pdfium does not support)", ErrEncrypted)
	default:
		return "", fmt.Errorf("%w: %v", ErrBroken, err)
	}
}

// readPages reads the pages of doc, open in inst: inst and as many other
// instances as are free take pages in turn, each with the document opened
// again.
func readPages(e *wasmEngine, inst *instance, doc references.FPDF_DOCUMENT, pdf []byte, n int) ([]page, error) {
	pages := make([]page, n)
	errs := make([]error, n)
	var next atomic.Int64
	work := func(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) {
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			pages[i], errs[i] = readPage(inst, doc, i)
		}
	}
	var wg sync.WaitGroup
	for range n - 1 {
		helper, err := e.acquire(false)
		if err != nil || helper == nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer e.release(helper)
			if doc, err := open(helper, pdf); err == nil {
				defer helper.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc})
				work(helper, doc)
			}
		}()
	}
	work(inst, doc)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%w: page %d: %v", ErrBroken, i+1, err)
		}
	}
	return pages, nil
}

// readPage returns the characters of page i of doc as lines.
func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (page, error) {
	ref := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	size, err := inst.GetPageSize(&requests.GetPageSize{Page: ref})
	if err != nil {
		return page{}, err
	}
	st, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: ref, Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return page{}, err
	}
	chars := make([]char, len(st.Chars))
	for k, c := range st.Chars {
		p := c.PointPosition
		chars[k] = char{text: c.Text, left: p.Left, top: p.Top, right: p.Right, bottom: p.Bottom}
	}
	return pageLines(chars, size.Width), nil
}

// hasImages reports whether any page of doc shows a picture.
func hasImages(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, n int) bool {
	for i := range n {
		ref := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
		count, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: ref})
		if err != nil {
			continue
		}
		for k := range count.Count {
			obj, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: ref, Index: k})
			if err != nil {
				continue
			}
			kind, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj.PageObject})
			if err == nil && kind.Type == enums.FPDF_PAGEOBJ_IMAGE {
				return true
			}
		}
	}
	return false
}
