package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// A Doc's text is tokenized a chunk (a line, or a piece of a long one) at a
// time, when an extractor first walks the tokens of that chunk, and never
// again. Extractors find their mentions on the text and read tokens only
// around them (the predicate after a field, the topic of an opening
// sentence, a signature's name), so most of a long notice is never
// tokenized: tokenizing is most of what parsing costs.

// morpheme is one token of Doc.Text. It holds no pointer, so that the
// garbage collector need not scan a notice's tokens; a tokenRef reads its
// features from the dictionary when asked.
type morpheme struct {
	Start, End int // byte offsets in Doc.Text
	id         int32
	class      tokenizer.TokenClass
}

// chunk is a piece of Doc.Text kagome reads at once, with its tokens once
// read.
type chunk struct {
	Range
	once   sync.Once
	tokens []morpheme
}

// chunkTokens returns the tokens of chunk c, tokenizing it on first use.
func (d *Doc) chunkTokens(c int) []morpheme {
	ch := &d.chunks[c]
	ch.once.Do(func() { ch.tokens = d.tokenize(ch.Range) })
	return ch.tokens
}

func (d *Doc) tokenize(r Range) []morpheme {
	if strings.TrimSpace(d.Text[r.Start:r.End]) == "" {
		return nil
	}
	morphs := d.tok.Tokenize(d.Text[r.Start:r.End])
	out := make([]morpheme, 0, len(morphs))
	for _, t := range morphs {
		if t.Class == tokenizer.DUMMY {
			continue
		}
		at := r.Start + t.Position
		out = append(out, morpheme{Start: at, End: at + len(t.Surface), id: int32(t.ID), class: t.Class})
	}
	return out
}

// tokenRef is a place in the sequence of a Doc's tokens.
type tokenRef struct {
	d        *Doc
	chunk, i int
}

// tokenAt returns the first token that ends after offset off, when it
// starts before limit. Only chunks that start before limit are tokenized.
func (d *Doc) tokenAt(off, limit int) (tokenRef, bool) {
	c := sort.Search(len(d.chunks), func(c int) bool { return d.chunks[c].End > off })
	for ; c < len(d.chunks) && d.chunks[c].Start < limit; c++ {
		toks := d.chunkTokens(c)
		if i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off }); i < len(toks) {
			t := tokenRef{d, c, i}
			return t, t.Start() < limit
		}
	}
	return tokenRef{}, false
}

// next returns the token after t, when it starts before limit.
func (t tokenRef) next(limit int) (tokenRef, bool) {
	if t.i+1 < len(t.d.chunks[t.chunk].tokens) {
		n := tokenRef{t.d, t.chunk, t.i + 1}
		return n, n.Start() < limit
	}
	for c := t.chunk + 1; c < len(t.d.chunks) && t.d.chunks[c].Start < limit; c++ {
		if len(t.d.chunkTokens(c)) > 0 {
			n := tokenRef{t.d, c, 0}
			return n, n.Start() < limit
		}
	}
	return tokenRef{}, false
}

// prev returns the token before t, when it ends after floor.
func (t tokenRef) prev(floor int) (tokenRef, bool) {
	if t.i > 0 {
		p := tokenRef{t.d, t.chunk, t.i - 1}
		return p, p.End() > floor
	}
	for c := t.chunk - 1; c >= 0 && t.d.chunks[c].End > floor; c-- {
		if toks := t.d.chunkTokens(c); len(toks) > 0 {
			p := tokenRef{t.d, c, len(toks) - 1}
			return p, p.End() > floor
		}
	}
	return tokenRef{}, false
}

func (t tokenRef) token() morpheme { return t.d.chunks[t.chunk].tokens[t.i] }

// Start returns the offset in Doc.Text where the token starts.
func (t tokenRef) Start() int { return t.token().Start }

// End returns the offset in Doc.Text where the token ends.
func (t tokenRef) End() int { return t.token().End }

// surface returns the token's text.
func (t tokenRef) surface() string {
	tk := t.token()
	return t.d.Text[tk.Start:tk.End]
}

// pos returns the token's part of speech at level 0 (名詞), 1 (固有名詞) or
// 2 (人名), "*" or "" where the dictionary has none. Parts of speech are
// the only features a token has: the tokenizer's shrunk IPA dictionary
// holds no base forms or readings (see dict.Tokenizer).
func (t tokenRef) pos(level int) string {
	if t.token().class == tokenizer.USER && level > 0 {
		return "" // a user entry has one part of speech
	}
	s, _ := t.morph().FeatureAt(level)
	return s
}

// morph returns kagome's token for t: the tokens of one tokenizer differ
// only in their ID and class as far as features go.
func (t tokenRef) morph() tokenizer.Token {
	m := t.d.proto
	tk := t.token()
	m.ID, m.Class = int(tk.id), tk.class
	return m
}
