package dict

import (
	"slices"
	"strings"
	"testing"
)

// schemaFields are the field ids of SCHEMA.md.
var schemaFields = []string{"name", "card_holder_name", "card_number", "card_expiry",
	"card_security_code", "address", "postal_code", "phone", "email", "birth_date", "gender",
	"age", "employer", "account_id", "password", "my_number", "bank_account",
	"purchase_history", "health", "id_document", "other"}

// schemaCauses are the cause ids of SCHEMA.md ("unknown" is not a wording).
var schemaCauses = []string{"unauthorized_access", "payment_tampering", "vulnerability",
	"sql_injection", "os_command_injection", "malware", "ransomware", "credential_stuffing",
	"phishing", "misconfiguration", "misdelivery", "loss_or_theft", "insider",
	"vendor_breach", "dos"}

func TestVocabularyCoversSchema(t *testing.T) {
	v := Load()
	have := map[string]bool{}
	for _, f := range v.Fields {
		have[f.Field] = true
	}
	for _, id := range schemaFields {
		if !have[id] {
			t.Errorf("no wording for field %s", id)
		}
	}
	if len(have) != len(schemaFields) {
		t.Errorf("fields.tsv has %d field ids, SCHEMA.md %d", len(have), len(schemaFields))
	}
	causes := map[string]bool{}
	for _, c := range v.Causes {
		causes[c.Cause] = true
	}
	for _, id := range schemaCauses {
		if !causes[id] {
			t.Errorf("no wording for cause %s", id)
		}
	}
	for _, class := range []string{"leak", "negation", "nominal", "advice", "leak_heading",
		"exposure", "not_exposure", "discovery", "not_discovery", "announce", "notice_word",
		"addressee", "representative", "self", "investigation", "told", "contact_label",
		"not_phone", "service_word"} {
		if len(v.Words(class)) == 0 {
			t.Errorf("word class %s is empty", class)
		}
	}
	if len(v.LegalForms) == 0 || v.LegalForms[0] == "" || len(v.Authorities) == 0 {
		t.Error("legal forms or authorities missing")
	}
}

func TestFieldsLongestFirst(t *testing.T) {
	v := Load()
	for i := 1; i < len(v.Fields); i++ {
		if len(v.Fields[i].Wording) > len(v.Fields[i-1].Wording) {
			t.Fatalf("%q after %q", v.Fields[i].Wording, v.Fields[i-1].Wording)
		}
	}
}

func TestTokenizerKeepsDomainTermsWhole(t *testing.T) {
	tok, err := Tokenizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"セキュリティコードは含まれておりません", "セキュリティコード"},
		{"クレジットカード番号、有効期限", "クレジットカード番号"},
		{"OSコマンドインジェクションの脆弱性", "OSコマンドインジェクション"},
		{"氏名(カード名義人名)", "カード名義人名"},
		{"フリーダイヤル 0120-726-491", "フリーダイヤル"},
		{"ログインパスワードやマイナンバーなど", "マイナンバー"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tok.Tokenize(tt.text) {
			got = append(got, tk.Surface)
		}
		found := false
		for _, s := range got {
			found = found || s == tt.want
		}
		if !found {
			t.Errorf("%s: tokens %s; want %s as one token", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

func TestUserDictionaryParses(t *testing.T) {
	ud := UserDictionary()
	for _, l := range strings.Split(strings.TrimSpace(ud), "\n") {
		if n := len(strings.Split(l, ",")); n != 4 {
			t.Errorf("entry %q has %d columns", l, n)
		}
	}
}

// Every match of a cause wording holds one of its anchors and is no wider
// than its reach, which is what lets ReadCauses search only near them.
func TestCauseAnchors(t *testing.T) {
	const text = "第三者の不正アクセスによりSQLインジェクションの脆弱性を悪用され、元従業員が持ち出した。Emotetに感染し、ランサムウェアで暗号化された"
	for _, r := range Load().Causes {
		for _, m := range r.Match.FindAllString(text, -1) {
			if len(m) > r.Reach {
				t.Errorf("%s: match %q is wider than its reach %d", r.Match, m, r.Reach)
			}
			if r.Anchors != nil && !slices.ContainsFunc(r.Anchors, func(a string) bool { return strings.Contains(m, a) }) {
				t.Errorf("%s: match %q holds none of its anchors %q", r.Match, m, r.Anchors)
			}
		}
	}
}

func TestTokenizerIsBuiltOnce(t *testing.T) {
	const n = 16
	got := make(chan any, n)
	for range n {
		go func() {
			tok, err := Tokenizer()
			if err != nil {
				got <- err
				return
			}
			got <- tok
		}()
	}
	first := <-got
	for range n - 1 {
		if tok := <-got; tok != first {
			t.Fatalf("goroutines got different tokenizers: %p and %p", tok, first)
		}
	}
}

func TestBodies(t *testing.T) {
	v := Load()
	suffixKinds := map[string]bool{}
	for _, w := range v.BodySuffixes {
		suffixKinds[w.Kind] = true
	}
	// A notice that calls itself by a kind's word is resolved to a name of
	// that kind, so every such kind needs suffixes.
	for _, w := range v.BodySelves {
		if !suffixKinds[w.Kind] {
			t.Errorf("self word %s of kind %s, which has no suffix", w.Wording, w.Kind)
		}
	}
	var found []string
	v.FindBodySuffixes("長浜市教育委員会と長浜短期大学", func(end int, w BodyWord) {
		found = append(found, w.Wording)
	})
	// At each end the longest suffix is given (短期大学, not 大学).
	if want := []string{"市", "委員会", "短期大学"}; !slices.Equal(found, want) {
		t.Errorf("FindBodySuffixes found %q; want %q", found, want)
	}
}
