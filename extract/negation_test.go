package extract

import (
	"strings"
	"testing"
)

// TestNegationReadsConjugatedForms checks that a negation is found in any
// conjugated form: tokens carry no base form, so each form is matched on
// its surface (dict/conjugations.tsv).
func TestNegationReadsConjugatedForms(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"会員のパスワードは流出しなかったと聞いています。", negative},    // なかっ
		{"会員のパスワードは流出せず、安全に保管されています。", negative},  // ず
		{"会員のパスワードの流出はなく、安全に保管されています。", negative}, // なく
		{"会員のパスワードは流出しておらず、安全です。", negative},      // ず after おら
		{"会員のパスワードは流出が無かったと聞いています。", negative},    // 無かっ
		{"会員のパスワードは流出しておりません。", negative},         // ん
		{"会員のパスワードは流出した可能性がございます。", affirmed},
		{"会員のパスワードは流出が深刻な状態です。", affirmed}, // な of だ, not of ない
	}
	for _, tc := range tests {
		d := testDoc(t, tc.text)
		at := strings.Index(d.Text, "流出") + len("流出")
		if got := d.negated(at, len(d.Text)); got != tc.want {
			t.Errorf("%s: negated = %d, want %d", tc.text, got, tc.want)
		}
	}
}
