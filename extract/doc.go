// Package extract holds the rule-based extractors that read a notice.
//
// Every extractor reads one Doc: the normalized text, its lines and
// sentences, its kagome tokens (a line is tokenized once, when an extractor
// first walks its tokens; most lines never are), and a map from the
// normalized text back to the input. Extractors find their mentions on
// the text with regular expressions where the wording has a fixed shape
// (dates, counts, phone numbers) and walk the tokens where grammar matters
// (which predicate governs a field, whether it is negated, which noun phrase
// is the subject). Each found value carries the span of the input it was read
// from. Wordings come from package dict, never from literals here.
package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/textmap"
)

// Doc is a notice prepared for the extractors.
type Doc struct {
	// Text is the normalized text the extractors read.
	Text string
	// Lines are the byte ranges of Text's lines, without the line feed.
	Lines []Range
	// Sentences are the byte ranges of Text's sentences: a sentence ends at
	// 。！？ or at a line end, except where a hard-wrapped line goes on.
	Sentences []Range

	tok         *tokenizer.Tokenizer
	chunks      []chunk         // the pieces of lines kagome reads, in text order
	signatures  []signatureMemo // each line read as a line of a signature block, once
	proto       tokenizer.Token // any of kagome's tokens, for morph
	source      string          // the input as given (decoded to UTF-8)
	toSource    *textmap.Map    // Text → source
	vocab       *dict.Vocabulary
	urlsOnce    sync.Once
	urls        []Range
	numbersOnce sync.Once
	numbers     []Range
}

// Range is a byte range [Start, End) of Doc.Text.
type Range struct{ Start, End int }

// maxChunk bounds the text handed to kagome at once: large lattices are
// slow, so long lines are cut at a sentence or clause end.
const maxChunk = 2048

// NewDoc prepares text (normalized; toSource maps it to source) for the
// extractors: its lines and sentences now, its tokens when an extractor
// first asks for the tokens of a part of it (see tokens.go).
func NewDoc(source, text string, toSource *textmap.Map, tok *tokenizer.Tokenizer) *Doc {
	d := &Doc{Text: text, source: source, toSource: toSource, vocab: dict.Load(), tok: tok}
	if morphs := tok.Tokenize("あ"); len(morphs) > 0 {
		d.proto = morphs[0] // kagome's tokens carry the dictionaries features are read from
	}
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		d.Lines = append(d.Lines, Range{start, end})
		for c := start; c < end; {
			ce := chunkEnd(text, c, end)
			d.chunks = append(d.chunks, chunk{Range: Range{c, ce}})
			c = ce
		}
		start = end + 1
	}
	d.Sentences = splitSentences(text, d.Lines)
	d.signatures = make([]signatureMemo, len(d.Lines))
	return d
}

// chunkEnd returns where the chunk of line [start, end) that begins at start
// ends.
func chunkEnd(text string, start, end int) int {
	if end-start <= maxChunk {
		return end
	}
	limit := start + maxChunk
	for _, sep := range []string{"。", "、", " "} {
		if i := strings.LastIndex(text[start:limit], sep); i > 0 {
			return start + i + len(sep)
		}
	}
	for limit > start && !utf8.RuneStart(text[limit]) {
		limit--
	}
	if limit == start {
		return end
	}
	return limit
}

// Span returns the input span of Text[i:j], widened as Whole widens it.
func (d *Doc) Span(i, j int) Span {
	s, e := d.toSource.Source(d.Whole(i, j))
	return Span{s, e}
}

// Original returns the input text of Text[i:j], as written, widened as
// Whole widens it: Original(i, j) is the input at Span(i, j).
func (d *Doc) Original(i, j int) string {
	s, e := d.toSource.Source(d.Whole(i, j))
	return d.source[s:e]
}

// Value returns Text[i:j] widened as Whole widens it: a value read with
// Value holds the same characters as its Span.
func (d *Doc) Value(i, j int) string {
	i, j = d.Whole(i, j)
	return d.Text[i:j]
}

// Whole widens Text[i:j] to whole characters: over the combining marks
// that follow it (a kana and a separate voiced sound mark, a letter and
// its accent), back to the base of a mark it starts with, and over every
// byte that came from the same input character as a byte it holds (平成
// from ㍻). A value and its span then never split a character.
func (d *Doc) Whole(i, j int) (int, int) {
	if i >= j {
		return i, j
	}
	for {
		i0, j0 := i, j
		i, j = d.toSource.Whole(i, j)
		for i > 0 && isMark(d.Text[i:]) {
			_, n := utf8.DecodeLastRuneInString(d.Text[:i])
			i -= n
		}
		for j < len(d.Text) && isMark(d.Text[j:]) {
			_, n := utf8.DecodeRuneInString(d.Text[j:])
			j += n
		}
		if i == i0 && j == j0 {
			return i, j
		}
	}
}

// isMark reports whether s starts with a combining mark.
func isMark(s string) bool {
	if s == "" || s[0] < 0xcc { // marks start at U+0300
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// LineAt returns the index of the line holding offset off.
func (d *Doc) LineAt(off int) int {
	return sort.Search(len(d.Lines), func(i int) bool { return d.Lines[i].End >= off })
}

// SentenceAt returns the sentence holding offset off.
func (d *Doc) SentenceAt(off int) Range {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i == len(d.Sentences) {
		return Range{off, off}
	}
	return d.Sentences[i]
}

// contextBytes bounds how far around a mention its sentence is read: cues
// stand near what they qualify, and bounded reads keep a long sentence
// linear.
const contextBytes = 400

// around returns the sentence of [start, end), cut to contextBytes on either
// side, at character boundaries.
func (d *Doc) around(start, end int) Range {
	s := d.SentenceAt(start)
	e := d.SentenceAt(max(start, end-1))
	r := Range{max(s.Start, start-contextBytes), min(max(e.End, end), end+contextBytes)}
	for r.Start > 0 && !utf8.RuneStart(d.Text[r.Start]) {
		r.Start--
	}
	for r.End < len(d.Text) && !utf8.RuneStart(d.Text[r.End]) {
		r.End++
	}
	return r
}

// URLs returns the web addresses in Text (http://, https://, www.), found
// once per document.
func (d *Doc) URLs() []Range {
	d.urlsOnce.Do(func() { d.urls = findURLs(d.Text) })
	return d.urls
}

// numberRuns returns the runs of numerals in Text, which dates and counts
// are read around, found once per document.
func (d *Doc) numberRuns() []Range {
	d.numbersOnce.Do(func() { d.numbers = numberRuns(d.Text) })
	return d.numbers
}

// findURLs scans text for web addresses: a run of printable ASCII that
// starts with http://, https:// or www.
func findURLs(text string) []Range {
	var out []Range
	scheme, www := nextIndex{sub: "://", at: -1}, nextIndex{sub: "www.", at: -1}
	for from := 0; from < len(text); {
		start, next := -1, -1
		if i := scheme.from(text, from); i < len(text) {
			s := i
			for s > from && isLatin(text[s-1]) {
				s--
			}
			if name := strings.ToLower(text[s:i]); name == "http" || name == "https" {
				start = s
			}
			next = i + len("://")
		}
		if k := www.from(text, from); k < len(text) && (start < 0 || k < start) {
			start = k
		}
		if start < 0 {
			if next < 0 {
				break
			}
			from = next // ftp:// and the like
			continue
		}
		end := start
		for end < len(text) && text[end] > ' ' && text[end] <= '~' {
			end++
		}
		out = append(out, Range{start, end})
		from = end
	}
	return out
}

// nextIndex finds the occurrences of sub in a text in order, remembering
// the last one found, so that a scan looking for several strings does not
// search the text again for each.
type nextIndex struct {
	sub string
	at  int // the last occurrence found, len(text) when there is none
}

// from returns the first occurrence of sub in text at or after offset i,
// len(text) when there is none. The offsets i of successive calls must not
// decrease.
func (n *nextIndex) from(text string, i int) int {
	if n.at < i {
		n.at = len(text)
		if j := strings.Index(text[i:], n.sub); j >= 0 {
			n.at = i + j
		}
	}
	return n.at
}

// Line returns the text of line i, trimmed of white space.
func (d *Doc) Line(i int) string { return strings.TrimSpace(d.Text[d.Lines[i].Start:d.Lines[i].End]) }

// splitSentences cuts text at sentence ends. A line end ends a sentence
// unless the line is long, does not end in punctuation and the next line
// starts with kana or kanji: that is a hard-wrapped paragraph.
func splitSentences(text string, lines []Range) []Range {
	var out []Range
	start := 0
	for li, l := range lines {
		for i := l.Start; i < l.End; i++ {
			if n := sentenceMark(text, i); n > 0 {
				i += n - 1
				out = append(out, Range{start, i + 1})
				start = i + 1
			}
		}
		if li+1 < len(lines) && wraps(text, l, lines[li+1]) {
			continue
		}
		if strings.TrimSpace(text[start:l.End]) != "" {
			out = append(out, Range{start, l.End})
		}
		start = l.End + 1
	}
	return out
}

// sentenceMark returns the length of the sentence-ending mark (。 ! ? ！ ？)
// at byte i of text, 0 when there is none. It switches on the byte, as this
// runs over every byte of the text.
func sentenceMark(text string, i int) int {
	switch text[i] {
	case '!', '?':
		return 1
	case "。"[0]:
		if strings.HasPrefix(text[i:], "。") {
			return len("。")
		}
	case "！"[0]: // and ？
		if strings.HasPrefix(text[i:], "！") || strings.HasPrefix(text[i:], "？") {
			return len("！")
		}
	}
	return 0
}

// wraps reports whether line l continues on line next.
func wraps(text string, l, next Range) bool {
	line := strings.TrimSpace(text[l.Start:l.End])
	if utf8.RuneCountInString(line) < 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune("。!?)」】』:|", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[next.Start:next.End])
	return unicode.Is(unicode.Hiragana, first) || unicode.Is(unicode.Han, first) ||
		unicode.Is(unicode.Katakana, first) && first != '・'
}

// runesAtMost reports whether s holds at most n characters, without
// counting the characters of a long line to the end.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	for range s {
		if n == 0 {
			return false
		}
		n--
	}
	return true
}

// hasAny reports whether s contains any of words.
func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with any of words.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with any of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
