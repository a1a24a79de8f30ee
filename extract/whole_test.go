package extract

import (
	"strings"
	"testing"
)

// A value and its span hold whole characters: a range that stops before a
// combining mark, starts on one, or cuts an expansion (平成 from ㍻) is
// widened, and the value, the span and the original text agree.
func TestWholeCharacters(t *testing.T) {
	tests := []struct {
		name, input string
		find        string // the range asked for, in the normalized text
		value, orig string
	}{
		{"kana and a separate voiced mark", "株式会社ゴ\u3099お詫び", "株式会社ゴ", "株式会社ゴ\u3099", "株式会社ゴ\u3099"},
		{"range starting on a mark", "ア\u309aイ", "\u309aイ", "ア\u309aイ", "ア\u309aイ"},
		{"letter and accents", "Tax\u0301\u0327 shop", "Tax", "Tax\u0327\u0301", "Tax\u0301\u0327"}, // NFKC orders the marks,
		{"expansion cut at its end", "㍻29年", "平", "平成", "㍻"},
		{"expansion cut at its start", "㍻29年", "成29", "平成29", "㍻29"},
		{"composed by NFKC", "カ\u3099ス", "ガ", "ガ", "カ\u3099"},
		{"nothing to widen", "株式会社ゴお詫び", "株式会社ゴ", "株式会社ゴ", "株式会社ゴ"},
		{"mark after full-width digits", "１２\u20dd件", "12", "12\u20dd", "１２\u20dd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.input)
			i := strings.Index(d.Text, tt.find)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.find, d.Text)
			}
			j := i + len(tt.find)
			s := d.Span(i, j)
			if got := d.Value(i, j); got != tt.value {
				t.Errorf("Value = %q; want %q", got, tt.value)
			}
			if got := tt.input[s[0]:s[1]]; got != tt.orig {
				t.Errorf("input[Span] = %q; want %q", got, tt.orig)
			}
			if got := d.Original(i, j); got != tt.orig {
				t.Errorf("Original = %q; want %q", got, tt.orig)
			}
		})
	}
}

// An event's text is the input at its span, and starts at a clause: after
// what parts it from its date, or at the date when nothing does.
func TestEventText(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // the events' texts
	}{
		{"wrapped sentence keeps its line break",
			"1. 2019年4月1日、社内の定期点検の結果として、外部から送られた不審なファイルが置かれている\nことが判明しました。\n2. 2019年4月3日、調査を開始しました。\n",
			[]string{"社内の定期点検の結果として、外部から送られた不審なファイルが置かれている\nことが判明しました。", "調査を開始しました。"}},
		{"date inside the first phrase",
			"2019年4月1日の夕方、不審な通信を検知しました。\n2019年4月2日発表の資料にてお知らせしました。\n",
			[]string{"2019年4月1日の夕方、不審な通信を検知しました。", "2019年4月2日発表の資料にてお知らせしました。"}},
		{"に parts the date",
			"2019年4月1日に不審な通信を検知。\n2019年4月2日(火) 調査会社へ依頼。\n",
			[]string{"不審な通信を検知。", "調査会社へ依頼。"}},
		{"written as in the input",
			"２０１９年４月１日　サーバーを停止（１０台）。\r\n２０１９年４月２日　再開。\r\n",
			[]string{"サーバーを停止（１０台）。", "再開。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ReadDates(testDoc(t, tt.input))
			var got []string
			for _, e := range r.Timeline {
				got = append(got, e.Text)
				if s := tt.input[e.Span[0]:e.Span[1]]; s != e.Text {
					t.Errorf("input[span] = %q; text %q", s, e.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("events %q; want %q", got, tt.want)
			}
		})
	}
}
