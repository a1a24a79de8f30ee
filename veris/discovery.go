package veris

import (
	"strings"

	"github.com/jpbreach/jpbreach/notice"
)

// discoveryMethod reads how the incident was found from the passages about
// its first sign: the sentence of the discovered date and the chronology's
// entries of that day. A report from someone named (カード会社から連絡を受け,
// お客様からのご指摘) is an external discovery of that kind (cues.tsv:
// reporter); failing one, a finding of the organization's own (アクセスログ,
// 検知) is internal (cues.tsv: found). Otherwise the method is unknown.
func discoveryMethod(n *notice.Notice) DiscoveryMethod {
	var passages []string
	for _, sp := range n.Evidence["discovered"] {
		passages = append(passages, sentence(n.Source, sp[0], sp[1]))
	}
	for _, ev := range n.Timeline {
		if n.Discovered != nil && ev.Date == *n.Discovered {
			passages = append(passages, ev.Text)
		}
	}
	var m DiscoveryMethod
	for _, p := range passages {
		if has(p, "report") {
			for _, c := range table().cues["reporter"] {
				if standsBefore(p, c.wording, "から", "より") {
					m.add(c.value)
				}
			}
		}
	}
	if m.External == nil && m.Partner == nil {
		for _, p := range passages {
			if c := first(p, "found"); c != nil {
				m.add(c.value)
			}
		}
	}
	if m.External == nil && m.Internal == nil && m.Partner == nil {
		m.Unknown = true
	}
	return m
}

// standsBefore reports whether the wording stands in p before one of the
// particles, after an optional suffix (cues.tsv: noun_suffix): カード会社等から
// for から, お客様の for の.
func standsBefore(p, wording string, particles ...string) bool {
	for i := 0; ; {
		j := strings.Index(p[i:], wording)
		if j < 0 {
			return false
		}
		i += j + len(wording)
		rest := p[i:]
		for _, c := range table().cues["noun_suffix"] {
			rest = strings.TrimPrefix(rest, c.wording)
		}
		for _, particle := range particles {
			if strings.HasPrefix(rest, particle) {
				return true
			}
		}
	}
}

// add records a method written side:variety (external:Customer).
func (m *DiscoveryMethod) add(method string) {
	side, variety, _ := strings.Cut(method, ":")
	switch side {
	case "external":
		m.External = addVariety(m.External, variety)
	case "internal":
		m.Internal = addVariety(m.Internal, variety)
	case "partner":
		m.Partner = addVariety(m.Partner, variety)
	}
}
