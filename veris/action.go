package veris

import (
	"slices"
	"strings"

	"github.com/jpbreach/jpbreach/notice"
)

// actions fills the actions, actors, assets and implied attributes of inc
// from the notice's causes (causes.tsv), reading the text only for what a
// cause id leaves open: whether a loss_or_theft was a loss or a theft, and
// what was lost.
func actions(n *notice.Notice, inc *Incident) {
	steps := map[string]*Step{}
	add := func(category, variety, vector string) {
		s := steps[category]
		if s == nil {
			s = &Step{}
			steps[category] = s
		}
		s.Variety = appendNew(s.Variety, variety)
		s.Vector = appendNew(s.Vector, vector)
	}
	var implied, assets []string
	note := ""
	for _, c := range table().causes {
		if !slices.Contains(n.Causes, c.cause) {
			continue
		}
		if c.category == "unknown" {
			continue // action.unknown, below, where nothing else is known
		}
		add(c.category, c.variety, c.vector)
		implied = append(implied, c.implies...)
	}
	if slices.Contains(n.Causes, "loss_or_theft") {
		loss, theft, lost := lossOrTheft(n)
		switch {
		case loss && !theft:
			add("error", "Loss", unknown)
		case theft && !loss:
			add("physical", "Theft", unknown)
		default:
			note = "loss or theft: the text does not say which"
		}
		assets = append(assets, lost...)
	}
	a := &inc.Action
	a.Hacking, a.Malware, a.Social = tidy(steps["hacking"]), tidy(steps["malware"]), tidy(steps["social"])
	a.Error, a.Misuse, a.Physical = tidy(steps["error"]), tidy(steps["misuse"]), tidy(steps["physical"])
	if a.Hacking != nil {
		a.Hacking.CVE = strings.Join(n.CVEs, ", ")
	}
	if a.Social != nil {
		a.Social.Target = []string{unknown}
	}
	if len(steps) == 0 {
		a.Unknown = &Unknown{Notes: note}
	}
	vendor := slices.Contains(n.Causes, "vendor_breach")
	inc.Actor = actor(a, vendor)
	inc.Asset = asset(implied, assets, vendor)
	for _, imp := range implied {
		kind, variety, _ := strings.Cut(imp, ":")
		switch kind {
		case "integrity":
			inc.Attribute.Integrity = addVariety(inc.Attribute.Integrity, variety)
		case "availability":
			inc.Attribute.Availability = addVariety(inc.Attribute.Availability, variety)
		}
	}
}

// tidy drops Unknown from a list that names something known: a hacking
// action that is both Unknown (unauthorized_access) and SQLi is SQLi.
func tidy(s *Step) *Step {
	if s == nil {
		return nil
	}
	s.Variety, s.Vector = known(s.Variety), known(s.Vector)
	return s
}

func known(list []string) []string {
	if len(list) < 2 {
		return list
	}
	return slices.DeleteFunc(list, func(v string) bool { return v == unknown })
}

// actor names who acted, by the action categories: an attacker (hacking,
// malware, social, physical) is external; an error or misuse is the
// organization's own people, or the contractor's where the leak happened
// at a contractor (vendor_breach). Variety, motive and country stay
// Unknown; an error has no motive (NA).
func actor(a *Action, vendor bool) Actor {
	var act Actor
	if a.Hacking != nil || a.Malware != nil || a.Social != nil || a.Physical != nil {
		act.External = &Agent{Variety: []string{unknown}, Motive: []string{unknown}}
	}
	var motive []string
	if a.Error != nil {
		motive = append(motive, "NA")
	}
	if a.Misuse != nil {
		motive = append(motive, unknown)
	}
	switch {
	case motive == nil:
	case vendor:
		act.Partner = &Agent{Motive: motive, Country: []string{unknown}}
	default:
		act.Internal = &Agent{Variety: []string{unknown}, Motive: motive}
	}
	if act.External == nil && act.Internal == nil && act.Partner == nil {
		act.Unknown = &Unknown{}
	}
	return act
}

// asset lists the assets the causes imply and the text names; a leak at a
// contractor (vendor_breach) was on assets the partner owns and runs.
func asset(implied, named []string, vendor bool) Asset {
	var as Asset
	var varieties []string
	for _, imp := range implied {
		if v, ok := strings.CutPrefix(imp, "asset:"); ok {
			varieties = appendNew(varieties, v)
		}
	}
	for _, v := range named {
		varieties = appendNew(varieties, v)
	}
	if len(varieties) == 0 {
		varieties = []string{unknown}
	}
	for _, v := range narrowest(varieties) {
		as.Assets = append(as.Assets, AssetItem{Variety: v})
	}
	as.Cloud = []string{unknown}
	if vendor {
		as.Ownership, as.Management = []string{"Partner"}, []string{"External"}
	}
	return as
}

// narrowest drops a variety of two alternatives (U - Desktop or laptop)
// where one of them is listed too (U - Laptop): two sentences that name the
// same lost thing less and more precisely.
func narrowest(varieties []string) []string {
	return slices.DeleteFunc(slices.Clone(varieties), func(v string) bool {
		kind, rest, _ := strings.Cut(v, " - ")
		a, b, ok := strings.Cut(rest, " or ")
		if !ok {
			return false
		}
		for _, w := range varieties {
			k, r, _ := strings.Cut(w, " - ")
			if k == kind && (strings.EqualFold(r, a) || strings.EqualFold(r, b)) {
				return true
			}
		}
		return false
	})
}

// lossOrTheft reads the sentences the loss_or_theft cause was read from:
// whether they tell a loss (紛失) or a theft (盗難), a hedged sentence
// (盗難の可能性) telling neither, and what was lost, hedged or not
// (cues.tsv: asset).
func lossOrTheft(n *notice.Notice) (loss, theft bool, assets []string) {
	for _, sp := range n.Evidence["causes.loss_or_theft"] {
		s := sentence(n.Source, sp[0], sp[1])
		scan(s, "asset", func(c *cue) bool {
			assets = appendNew(assets, c.value)
			return true
		})
		if !has(s, "hedge") {
			loss = loss || has(s, "loss")
			theft = theft || has(s, "theft")
		}
	}
	return loss, theft, assets
}

func addVariety(v *Varieties, variety string) *Varieties {
	if v == nil {
		v = &Varieties{}
	}
	v.Variety = appendNew(v.Variety, variety)
	return v
}

// appendNew appends s to list unless it is there.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
