package dict

import (
	"slices"
	"strings"
	"testing"

	kdict "github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// ipaEntries calls found with the surface and ID of every entry of the IPA
// dictionary, walking the double-array trie of its index.
func ipaEntries(d *kdict.Dict, found func(surface string, id int)) {
	da := d.Index.Da
	child := func(p, c int) (int, bool) {
		q := int(da[p].Base) + c
		return q, q >= 0 && q < len(da) && int(da[q].Check) == p
	}
	var walk func(p int, prefix []byte)
	walk = func(p int, prefix []byte) {
		if q, ok := child(p, 0); ok && da[q].Base <= 0 { // a keyword ends here
			id := int(-da[q].Base)
			for i := id; i <= id+int(d.Index.Dup[int32(id)]); i++ {
				found(string(prefix), i)
			}
		}
		for c := 1; c < 256; c++ {
			if q, ok := child(p, c); ok {
				walk(q, append(prefix, byte(c)))
			}
		}
	}
	walk(0, nil)
}

// TestConjugationsMatchIPA checks conjugations.tsv against the full IPA
// dictionary, for the word classes whose words are inflected auxiliaries or
// adjectives: the forms Words gives a class are exactly the surfaces of those
// words' auxiliary and adjective entries, less the surfaces another word's
// entry of the same part of speech shares.
func TestConjugationsMatchIPA(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the full IPA dictionary")
	}
	full := ipa.Dict()
	feature := func(id, i int) string {
		pos := full.POSTable.POSs[id]
		if i < len(pos) {
			return full.POSTable.NameList[pos[i]]
		}
		return full.Contents[id][i-len(pos)]
	}
	for _, class := range []string{"negation"} {
		words := Load().Words(class)
		inflects := map[string]bool{}  // surfaces of the class's inflected entries
		otherWord := map[string]bool{} // surfaces another word's entry shares
		ipaEntries(full, func(surface string, id int) {
			if pos := feature(id, 0); pos != "助動詞" && pos != "形容詞" {
				return
			}
			if slices.Contains(words, feature(id, ipa.BaseForm)) {
				inflects[surface] = true
			} else {
				otherWord[surface] = true
			}
		})
		for s := range inflects {
			if !otherWord[s] && !slices.Contains(words, s) {
				t.Errorf("%s: IPA form %s missing from conjugations.tsv", class, s)
			}
		}
		for _, l := range lines(conjugationsData) {
			base, form, _ := strings.Cut(l, "\t")
			if !slices.Contains(words, base) {
				continue
			}
			if !inflects[form] || otherWord[form] {
				t.Errorf("conjugations.tsv: %s is not only a form of %s in the IPA dictionary", form, base)
			}
		}
	}
}

// TestTokenizerLoadsShrunkDictionary checks that the tokenizer reads parts of
// speech and nothing more: the full dictionary costs three times the memory
// and is slow to load.
func TestTokenizerLoadsShrunkDictionary(t *testing.T) {
	tok, err := Tokenizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range tok.Tokenize("情報は流出していない") {
		if pos, _ := m.FeatureAt(0); pos == "" {
			t.Errorf("%s has no part of speech", m.Surface)
		}
		if base, ok := m.BaseForm(); ok {
			t.Errorf("%s has a base form %s: the full dictionary is loaded", m.Surface, base)
		}
	}
}

func TestWordsHoldConjugatedForms(t *testing.T) {
	neg := Load().Words("negation")
	for _, form := range []string{"ない", "なかっ", "なく", "ず", "ん", "無く"} {
		if !slices.Contains(neg, form) {
			t.Errorf("negation lacks %s", form)
		}
	}
	for _, other := range []string{"な", "ある", "だ"} {
		if slices.Contains(neg, other) {
			t.Errorf("negation holds %s", other)
		}
	}
	seen := map[string]bool{}
	for _, w := range neg {
		if seen[w] {
			t.Errorf("negation lists %s twice", w)
		}
		seen[w] = true
	}
}
