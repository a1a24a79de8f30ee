package decode

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/jpbreach/jpbreach/textmap"
)

// looksLikeHTML reports whether src is an HTML page rather than text that
// happens to contain a tag.
func looksLikeHTML(src string) bool {
	head := strings.TrimSpace(src)
	if len(head) > 1024 {
		head = head[:1024]
	}
	if !strings.HasPrefix(head, "<") {
		return false
	}
	head = strings.ToLower(head)
	for _, marker := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<title"} {
		if strings.Contains(head, marker) {
			return true
		}
	}
	return false
}

// blockElements end a line of visible text.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Table: true, atom.Title: true, atom.Tr: true, atom.Ul: true,
}

// hiddenElements hold no visible text.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// visibleText extracts the text a browser shows: block elements become line
// breaks, table cells are separated by " | ", runs of white space collapse,
// scripts and styles are dropped. The map leads back into src.
func visibleText(src string) (string, *textmap.Map) {
	w := textWriter{m: textmap.New(len(src), len(src)/2)}
	w.b.Grow(len(src) / 2)
	z := xhtml.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	pos := 0
	hidden := 0 // depth inside hidden elements
	pre := 0
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := len(z.Raw())
		switch tt {
		case xhtml.TextToken:
			if hidden == 0 {
				w.text(src[pos:pos+raw], pos, pre > 0)
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != xhtml.EndTagToken
			switch {
			case hiddenElements[a]:
				if tt == xhtml.StartTagToken {
					hidden++
				} else if tt == xhtml.EndTagToken && hidden > 0 {
					hidden--
				}
			case a == atom.Td || a == atom.Th:
				if start && hidden == 0 {
					w.cell(pos)
				}
			case blockElements[a]:
				if a == atom.Pre {
					if tt == xhtml.StartTagToken {
						pre++
					} else if tt == xhtml.EndTagToken && pre > 0 {
						pre--
					}
				}
				if hidden == 0 {
					w.newline(pos)
				}
			}
		}
		pos += raw
	}
	return w.b.String(), w.m
}

// textWriter builds visible text and its map.
type textWriter struct {
	b     strings.Builder
	m     *textmap.Map
	space bool // the last byte written is white space (or nothing was written)
}

func (w *textWriter) put(s string, start, end int) {
	w.b.WriteString(s)
	w.m.Append(len(s), start, end)
}

func (w *textWriter) newline(at int) {
	s := w.b.String()
	if strings.HasSuffix(s, "\n\n") || s == "" {
		return
	}
	w.put("\n", at, at)
	w.space = true
}

func (w *textWriter) cell(at int) {
	s := w.b.String()
	if s == "" || strings.HasSuffix(s, "\n") {
		return
	}
	w.put(" | ", at, at)
	w.space = true
}

// text writes raw text found at src offset off, decoding entities and
// collapsing white space unless inside <pre>.
func (w *textWriter) text(raw string, off int, keepSpace bool) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			if j := strings.IndexByte(raw[i:min(len(raw), i+40)], ';'); j > 0 {
				ent := raw[i : i+j+1]
				if dec := html.UnescapeString(ent); dec != ent {
					if dec == "\u00a0" {
						dec = " "
					}
					w.put(dec, off+i, off+i+j+1)
					w.space = dec == " "
					i += j + 1
					continue
				}
			}
			w.put("&", off+i, off+i+1)
			w.space = false
			i++
		case !keepSpace && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'):
			if !w.space {
				w.put(" ", off+i, off+i+1)
				w.space = true
			}
			i++
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && (keepSpace || !isSpaceByte(raw[j])) {
				j++
			}
			w.b.WriteString(raw[i:j])
			w.m.AppendCopy(j-i, off+i)
			w.space = false
			i = j
		}
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
