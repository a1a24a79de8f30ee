// Package decode turns the bytes of a saved notice into UTF-8 text.
//
// Notices arrive as UTF-8 (with or without a byte-order mark), UTF-16 with a
// byte-order mark, Shift_JIS (CP932), EUC-JP or ISO-2022-JP, as plain text or
// as an HTML page. Decode detects the encoding from the bytes alone: the
// candidates that decode without error are scored by how much of the result
// is kana and kanji, so a page's own charset declaration is not needed. For
// HTML the readable text is extracted with a map back into the page, so that
// spans found in the text can be reported as spans of the page.
//
// Input that is not text gets an *Error whose Reason is one of the sentinel
// errors ErrEmpty, ErrBinary, ErrUndecodable or ErrTooLarge.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/jpbreach/jpbreach/textmap"
)

// MaxInput is the largest input Decode accepts.
const MaxInput = 64 << 20

// The reasons an input is refused.
var (
	ErrEmpty       = errors.New("empty input: no text")
	ErrBinary      = errors.New("binary data, not text")
	ErrUndecodable = errors.New("not valid UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP")
	ErrTooLarge    = fmt.Errorf("larger than %d MiB", MaxInput>>20)
)

// Error is the error Decode returns for input it refuses.
type Error struct {
	Reason error  // one of ErrEmpty, ErrBinary, ErrUndecodable, ErrTooLarge
	Detail string // what was seen, e.g. "NUL byte at offset 12"
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return e.Reason.Error()
	}
	return e.Reason.Error() + " (" + e.Detail + ")"
}

// Unwrap returns the reason, so that errors.Is(err, ErrBinary) works.
func (e *Error) Unwrap() error { return e.Reason }

// Document is a decoded input.
type Document struct {
	// Source is the whole input decoded to UTF-8 (without a byte-order
	// mark). Spans in a record index this string.
	Source string
	// Text is what a reader reads: Source itself, or an HTML page's
	// visible text.
	Text string
	// Map maps Text back to Source; nil when Text is Source.
	Map *textmap.Map
	// Encoding names the detected encoding: UTF-8, UTF-16LE, UTF-16BE,
	// Shift_JIS, EUC-JP or ISO-2022-JP.
	Encoding string
	// HTML reports whether the input was an HTML page.
	HTML bool
	// Warnings says what was repaired on the way, if anything.
	Warnings []string
}

// Decode detects the encoding of b, decodes it and, for an HTML page,
// extracts its visible text.
func Decode(b []byte) (*Document, error) {
	if len(b) > MaxInput {
		return nil, &Error{Reason: ErrTooLarge, Detail: fmt.Sprintf("%d bytes", len(b))}
	}
	src, enc, warnings, err := decodeBytes(b)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(src) == "" {
		return nil, &Error{Reason: ErrEmpty}
	}
	doc := &Document{Source: src, Text: src, Encoding: enc, Warnings: warnings}
	if looksLikeHTML(src) {
		doc.HTML = true
		doc.Text, doc.Map = visibleText(src)
		if strings.TrimSpace(doc.Text) == "" {
			return nil, &Error{Reason: ErrEmpty, Detail: "HTML page without visible text"}
		}
	}
	return doc, nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeBytes returns b as UTF-8 and the name of its encoding.
func decodeBytes(b []byte) (string, string, []string, error) {
	switch {
	case len(b) == 0:
		return "", "", nil, &Error{Reason: ErrEmpty}
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), b, "UTF-16LE")
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), b, "UTF-16BE")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", "", nil, &Error{Reason: ErrBinary, Detail: fmt.Sprintf("NUL byte at offset %d", i)}
	}
	if n, at := controlBytes(b); n*20 > len(b) {
		return "", "", nil, &Error{Reason: ErrBinary, Detail: fmt.Sprintf("%d control bytes, the first at offset %d", n, at)}
	}
	if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
		if s, _, _, err := decodeWith(japanese.ISO2022JP, b, ""); err == nil {
			return s, "ISO-2022-JP", nil, nil
		}
	}
	if utf8.Valid(b) {
		return string(b), "UTF-8", nil, nil
	}
	// Mostly UTF-8 with a few broken bytes (a truncated copy, a bad paste):
	// read it, and say so. Shift_JIS and EUC-JP text is mostly bytes that
	// are invalid as UTF-8, so a few cannot be one of those.
	// A short Shift_JIS text with one kanji among ASCII has few invalid bytes
	// too, so the UTF-8 reading must also be substantially Japanese.
	if bad, at := invalidUTF8(b); bad*100 <= len(b) {
		repaired := strings.ToValidUTF8(string(b), "\uFFFD")
		if japaneseScore(repaired) >= 10*bad {
			w := fmt.Sprintf("%d invalid UTF-8 byte(s), the first at offset %d, replaced by U+FFFD", bad, at)
			return repaired, "UTF-8", []string{w}, nil
		}
	}
	best, bestEnc, bestScore := "", "", 0
	for _, c := range []struct {
		enc  encoding.Encoding
		name string
	}{{japanese.ShiftJIS, "Shift_JIS"}, {japanese.EUCJP, "EUC-JP"}} {
		s, _, _, err := decodeWith(c.enc, b, c.name)
		if err != nil {
			continue
		}
		if sc := japaneseScore(s); sc > bestScore {
			best, bestEnc, bestScore = s, c.name, sc
		}
	}
	if bestScore > 0 {
		return best, bestEnc, nil, nil
	}
	return "", "", nil, &Error{Reason: ErrUndecodable}
}

// decodeWith decodes b with enc and fails if anything had to be replaced.
func decodeWith(enc encoding.Encoding, b []byte, name string) (string, string, []string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", nil, &Error{Reason: ErrUndecodable, Detail: err.Error()}
	}
	if bytes.ContainsRune(out, utf8.RuneError) && !bytes.ContainsRune(b, utf8.RuneError) {
		return "", "", nil, &Error{Reason: ErrUndecodable, Detail: "not " + name}
	}
	if i := bytes.IndexByte(out, 0); i >= 0 {
		return "", "", nil, &Error{Reason: ErrBinary, Detail: "NUL character in " + name + " text"}
	}
	return string(out), name, nil, nil
}

// controlBytes counts the C0 control bytes other than tab, LF, FF, CR and ESC.
func controlBytes(b []byte) (n, first int) {
	first = -1
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b || c == 0x7f {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	return n, first
}

// invalidUTF8 counts the bytes that do not start a valid UTF-8 sequence.
func invalidUTF8(b []byte) (n, first int) {
	first = -1
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	return n, first
}

// japaneseScore rates how much a decoding reads like Japanese: kana and
// kanji count for it, half-width katakana (what EUC-JP bytes look like when
// read as Shift_JIS) and unusual symbols against it.
func japaneseScore(s string) int {
	score := 0
	for _, r := range s {
		switch {
		case r >= 0x3040 && r <= 0x30FF: // hiragana, katakana
			score += 2
		case r >= 0x4E00 && r <= 0x9FFF: // common kanji
			score++
		case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana
			score -= 2
		case r >= 0xE000 && r <= 0xF8FF: // private use
			score -= 3
		}
	}
	if score < 0 {
		score = 0
	}
	return score
}
