package extract

import (
	"unicode"
	"unicode/utf8"
)

// The predicates a data wording hangs on: a leak word after it (流出, 含まれ),
// a word of what a document showed (記載, 表示) when the data is its subject
// or object, and a predicate before a list that is its topic.

// elsewhereBytes is how far before a leak word the place it happened at is
// read.
const elsewhereBytes = 30

// leakedElsewhere reports whether the leak word at offset at is said of
// another company's service (他社サービスから流出したID・パスワード).
func (d *Doc) leakedElsewhere(at int) bool {
	from := max(0, at-elsewhereBytes)
	for from < at && !utf8.RuneStart(d.Text[from]) {
		from++
	}
	return hasAny(d.Text[from:at], d.vocab.Words("elsewhere"))
}

// leakAfter returns the offset and the word of the first leak predicate
// after mention m before clause: a word that says data got out (流出,
// 含まれ), or one that says what a document or screen showed (記載, 表示,
// 添付) when m is its subject or object, not where something went
// (メールアドレスに送信) or what was used (電話で連絡).
func (d *Doc) leakAfter(m fieldMention, clause int) (int, string) {
	v := d.vocab
	end := clause
	at, w := indexAny(d.Text[m.End:clause], v.Words("leak"))
	if at >= 0 {
		end = m.End + at
	}
	if wat, ww := indexAny(d.Text[m.End:end], v.Words("leak_exposed")); wat >= 0 && d.isObjectOf(m.End, m.End+wat) &&
		(d.isPredicate(m.End+wat, ww) || d.isNominalPredicate(m.End+wat+len(ww))) &&
		!hasAny(d.Text[m.End+wat:clause], v.Words("future_form")) {
		return m.End + wat, ww // not 住所を記載した書面を郵送いたします
	}
	if at < 0 || d.hasDestination(m.End, m.End+at) {
		return -1, ""
	}
	return m.End + at, w
}

// hasDestination reports whether a word between from and to makes a data
// wording an address mail went to (メールアドレス宛に「流出のお詫び」を送付).
func (d *Doc) hasDestination(from, to int) bool {
	for t, ok := d.tokenAt(from, to); ok; t, ok = t.next(to) {
		if contains(d.vocab.Words("destination"), t.surface()) {
			return true
		}
	}
	return false
}

// maxObjectTokens bounds the list between a mention and the predicate it is
// the subject or object of (氏名、住所、電話番号等が記載).
const maxObjectTokens = 40

// isObjectOf reports whether a mention ending at from is what a predicate
// at to says: only the rest of a list and a particle of subject or object
// (が, を, は, の) lie between, no particle of place or means (に, へ, で),
// no verb and no bound noun (のため).
func (d *Doc) isObjectOf(from, to int) bool {
	v := d.vocab
	t, ok := d.tokenAt(from, to)
	for n := 0; ok; n++ {
		s, pos := t.surface(), t.pos(0)
		if w := prefixIn(d.Text[t.Start():to], v.Words("manner")); w != "" {
			t, ok = d.tokenAt(t.Start()+len(w), to) // 誤って添付: how, not where
			continue
		}
		switch {
		case n >= maxObjectTokens || contains(v.Words("not_object"), s):
			return false
		case pos == "名詞" && t.pos(1) == "非自立", pos == "動詞", pos == "助動詞", pos == "形容詞":
			return false
		case pos == "助詞" && !contains(v.Words("object_particle"), s) && t.pos(1) != "並立助詞":
			return false
		}
		t, ok = t.next(to)
	}
	return true
}

// isPredicate reports whether word w at offset at is a predicate: a verb
// form (記され, 含んだ), or a noun a verb, an auxiliary or the sentence end
// follows (送付した, …を添付。; not 送付には or 送信相手).
func (d *Doc) isPredicate(at int, w string) bool {
	if last, _ := utf8.DecodeLastRuneInString(w); unicode.Is(unicode.Hiragana, last) {
		return true
	}
	t, ok := d.tokenAt(at+len(w), len(d.Text))
	if ok && t.Start() < at+len(w) {
		return t.pos(0) == "動詞" // 持ち出し: the word is inside a verb
	}
	return ok && (t.pos(0) == "動詞" || t.pos(0) == "助動詞" || t.surface() == "。")
}

// isNominalPredicate reports whether the noun before offset off is the
// subject of the predicate that follows (口座番号の記載はありません).
func (d *Doc) isNominalPredicate(off int) bool {
	t, ok := d.tokenAt(off, len(d.Text))
	return ok && t.Start() == off && t.pos(0) == "助詞" && contains(d.vocab.Words("nominal_particle"), t.surface())
}

// isPlainPath reports whether no predicate lies between from and to, within
// maxObjectTokens tokens: what follows is said of the data before it
// (カード情報は当社サーバーに保存されていない).
func (d *Doc) isPlainPath(from, to int) bool {
	t, ok := d.tokenAt(from, to)
	for n := 0; ok; n++ {
		if pos := t.pos(0); n >= maxObjectTokens || pos == "動詞" || pos == "助動詞" || pos == "形容詞" {
			return false
		}
		t, ok = t.next(to)
	}
	return true
}

// hasTopic reports whether data is the topic between from and to: what a
// predicate before a list says is the list (閲覧された情報は、氏名…,
// 記載内容:氏名…), not the cause of something (誤送信の原因は、…).
func (d *Doc) hasTopic(from, to int) bool {
	var prev tokenRef
	seen := false
	for t, ok := d.tokenAt(from, to); ok; t, ok = t.next(to) {
		s := t.surface()
		if (s == ":" || s == "は" && t.pos(0) == "助詞") && seen && contains(d.vocab.Words("data_topic"), prev.surface()) {
			return true
		}
		prev, seen = t, true
	}
	return false
}
