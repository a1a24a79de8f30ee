package notice

import "testing"

// Inputs whose values end or start beside a combining mark NFKC leaves
// apart, or beside a character NFKC expands: every span and value must
// still hold whole characters, and every text must be the input at its span.
func TestSpansHoldWholeCharacters(t *testing.T) {
	for _, tt := range []struct{ name, input string }{
		{"voiced mark after an organization", "000000株式会社ゴ\u3099お詫び"},
		{"semi-voiced mark after an organization", "2020年1月10日\n株式会社ア\u309a\nお客様各位\n不正アクセスのお詫び"},
		{"accent after a phone number", "お問い合わせ 0120-000-123\u0301 まで"},
		{"mark after a date and a count", "2019年3月4日\u3099 お客様情報 1,000件\u0301が流出"},
		{"mark after a mail address", "窓口 info@example.jp\u0308 へ"},
		{"expanded era in a timeline", "【経緯】\n㍻31年4月1日 不審な通信を検知\u3099。\n㍻31年4月2日 調査を開始。\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, tt.name, n, []byte(tt.input))
		})
	}
}
