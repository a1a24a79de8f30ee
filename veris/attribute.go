package veris

import (
	"slices"
	"unicode/utf8"

	"github.com/jpbreach/jpbreach/notice"
)

// confidentiality maps the leaked fields to data varieties (fields.tsv),
// with the largest count the text ties to a variety's fields as its amount,
// and the affected number as data_total.
func confidentiality(n *notice.Notice) Confidentiality {
	c := Confidentiality{DataDisclosure: disclosure(n), DataTotal: n.Affected}
	fields := table().fields
	var varieties []string
	for _, f := range n.LeakedFields {
		v := fields[f]
		if v == "" {
			v = "Other"
		}
		varieties = appendNew(varieties, v)
	}
	amount := map[string]int64{}
	for _, cnt := range n.Counts {
		tied := []string{fields["count:"+cnt.Basis]}
		for _, f := range cnt.Fields {
			tied = append(tied, fields[f])
		}
		for _, v := range tied {
			if slices.Contains(varieties, v) {
				amount[v] = max(amount[v], cnt.Value)
			}
		}
	}
	for _, v := range varieties {
		c.Data = append(c.Data, Data{Variety: v, Amount: amount[v]})
	}
	if c.Data == nil && c.DataDisclosure != unknown {
		c.Data = []Data{{Variety: unknown}}
	}
	c.DataVictim = dataVictims(n)
	return c
}

// dataVictims reads whose data leaked from the words just before a leaked
// field: a noun before の (お客様の氏名, 患者さんの診療情報; cues.tsv:
// data_victim), within ownerReach bytes of the field and in its sentence,
// so that who acted (職員の操作の誤りにより…氏名) is not taken for whose.
func dataVictims(n *notice.Notice) []string {
	var out []string
	for _, f := range n.LeakedFields {
		for _, sp := range n.Evidence["leaked_fields."+f] {
			s, _ := sentenceAt(n.Source, sp[0], sp[1])
			from := max(s, sp[0]-ownerReach)
			for from < sp[0] && !utf8.RuneStart(n.Source[from]) {
				from++
			}
			before := n.Source[from:sp[0]]
			for _, c := range table().cues["data_victim"] {
				if standsBefore(before, c.wording, "の") {
					out = appendNew(out, c.value)
				}
			}
		}
	}
	return out
}

// ownerReach bounds how far before a field its owner is named, in bytes
// (some sixteen characters).
const ownerReach = 48

// disclosure is Yes where a sentence of the text says data leaked, with a
// confirming form and no hedge (流出したことを確認しました), Potentially where
// the text only says it may have (流出した可能性) or names leaked data or a
// number affected without saying which, and Unknown otherwise. A negated
// sentence (流出はしていない, 確認されていない) decides nothing: whether a
// denial is a finding or an investigation not yet done is not for this
// reading to tell.
func disclosure(n *notice.Notice) string {
	confirmed, hedged := false, false
	leakSentences(n.Source, func(s string) {
		switch {
		case has(s, "negation"):
		case has(s, "hedge"):
			hedged = true
		case has(s, "confirm"):
			confirmed = true
		}
	})
	switch {
	case confirmed:
		return "Yes"
	case hedged || len(n.LeakedFields) > 0 || n.Affected > 0:
		return "Potentially"
	}
	return unknown
}
