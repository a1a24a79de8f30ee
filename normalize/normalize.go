// Package normalize folds notice text into one canonical form while keeping a
// map from every output byte back to the input bytes.
//
// Notices mix full-width and half-width digits, five kinds of dash, two
// kinds of wave dash and ideographic spaces. Extractors should see one form of
// each, so the text is put through NFKC and then through a few folds NFKC
// leaves alone:
//
//   - every dash and minus (‐ ‑ ‒ – — ― − ─) becomes "-", and 〜 becomes "~"
//     (NFKC already maps ～ and －);
//   - circled numbers (① … ⑳, ㉑ … ㊿, ❶ … ❿) become "(1)" … so that they stay
//     list markers instead of merging with the digits after them;
//   - CR LF and lone CR become LF; zero-width spaces and BOMs are dropped.
//
// The returned textmap.Map lets a caller turn a span of the normalized text
// into the span of the original input.
package normalize

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/jpbreach/jpbreach/textmap"
)

// Normalize returns the normalized form of text and a map from its bytes to
// the bytes of text's own source: base maps text to that source (nil when text
// is the source itself).
func Normalize(text string, base *textmap.Map) (string, *textmap.Map) {
	var out strings.Builder
	out.Grow(len(text))
	srcLen := len(text)
	if base != nil {
		_, srcLen = base.Source(0, base.Len())
	}
	m := textmap.New(srcLen, len(text))

	var it norm.Iter
	var pending []byte // NFKC output not yet tied to consumed input
	nextFold := -1     // where the next folded character is, at or after p
	for p := 0; p < len(text); {
		// Fast path: copy what NFKC leaves alone and no fold touches. The
		// next fold is found once, not at every step, and NFKC looks no
		// further than it: scanning on to the end of the text at each step
		// would be quadratic. A folded character starts a segment, so NFKC
		// may treat it as the end of the text.
		if nextFold < p {
			nextFold = p + unfoldedPrefix(text[p:])
		}
		n := norm.NFKC.QuickSpanString(text[p:nextFold])
		if n > 0 {
			out.WriteString(text[p : p+n])
			m.AppendFrom(base, p, n)
			p += n
			continue
		}
		// Slow path: one NFKC segment.
		it.InitString(norm.NFKC, text[p:])
		seg := it.Next()
		for it.Pos() == 0 && !it.Done() {
			pending = append(pending, seg...)
			seg = it.Next()
		}
		if len(pending) > 0 {
			seg = append(pending, seg...)
		}
		q := p + it.Pos()
		before := out.Len()
		if r, size := utf8.DecodeRuneInString(text[p:q]); size == q-p && hasPreFold(r) {
			out.WriteString(preFold(r, text[q:]))
		} else if bytes.ContainsAny(seg, postFolded) {
			out.WriteString(postFold(string(seg)))
		} else {
			out.Write(seg)
		}
		pending = pending[:0]
		s, e := base.Source(p, q)
		m.Append(out.Len()-before, s, e)
		p = q
	}
	return out.String(), m
}

// hasPreFold reports whether r is folded before NFKC sees it, because NFKC
// would turn it into something that reads worse (① into a bare 1).
func hasPreFold(r rune) bool {
	switch {
	case r >= '①' && r <= '⑳', r >= '㉑' && r <= '㉟', r >= '㊱' && r <= '㊿',
		r >= '❶' && r <= '❿', r >= '➀' && r <= '➉':
		return true
	case r == '\r', r == '\u200b', r == '\ufeff', r == '\u200c', r == '\u200d':
		return true
	}
	return false
}

// preFold folds r; rest is the text after it (a CR before LF is dropped).
func preFold(r rune, rest string) string {
	var n int
	switch {
	case r >= '①' && r <= '⑳':
		n = int(r-'①') + 1
	case r >= '㉑' && r <= '㉟':
		n = int(r-'㉑') + 21
	case r >= '㊱' && r <= '㊿':
		n = int(r-'㊱') + 36
	case r >= '❶' && r <= '❿':
		n = int(r-'❶') + 1
	case r >= '➀' && r <= '➉':
		n = int(r-'➀') + 1
	case r == '\r':
		if strings.HasPrefix(rest, "\n") {
			return ""
		}
		return "\n"
	default: // zero-width characters
		return ""
	}
	return "(" + strconv.Itoa(n) + ")"
}

// unfoldedPrefix returns the length of the longest prefix of s that no fold
// changes.
func unfoldedPrefix(s string) int {
	for i, r := range s {
		if r == '\r' || r >= 0x200b && (hasPreFold(r) || isPostFolded(r)) {
			return i
		}
	}
	return len(s)
}

// postFolded lists the dashes and the wave dash that NFKC leaves alone.
const postFolded = "‐‑‒–—―−─〜"

// isPostFolded reports whether r is one of postFolded.
func isPostFolded(r rune) bool {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−', '─', '〜':
		return true
	}
	return false
}

// postFold maps the runes of postFolded to "-" and "~".
func postFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '〜':
			return '~'
		case isPostFolded(r):
			return '-'
		}
		return r
	}, s)
}
