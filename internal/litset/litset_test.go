package litset

import (
	"regexp/syntax"
	"slices"
	"testing"
)

func TestAnchors(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
		width   int
	}{
		{"脆弱性", []string{"脆弱性"}, 9},
		{"(元|前)?(従業員|社員)が.{0,40}持ち出", []string{"持ち出"}, 3 + 9 + 3 + 160 + 9},
		{"(パスワード)?リスト型(攻撃|アカウントハッキング)", []string{"リスト型"}, 15 + 12 + 30},
		{"DDoS|DoS攻撃", []string{"DoS", "oS攻撃"}, 9}, // the common D is factored out
		{"マルウェア|ランサム", []string{"マルウェア", "ランサム"}, 15},
		{"Emotet|エモテット", []string{"Emotet", "エモテット"}, 15},
		{"(?i)emotet|エモテット", nil, 24},
		{"ウ[イィ]ルス(に)?感染", []string{"ルス"}, 3 + 3 + 6 + 3 + 6},
		{"SQL\\s*インジェクション", []string{"インジェクション"}, unboundedReach},
		{"(不正|)アクセス", []string{"アクセス"}, 18},
		{"[都道府県]警察", []string{"警察"}, 9},
		{"[都道府県]の?", []string{"府", "県", "道", "都"}, 6},
		{"[a-z]+県", []string{"県"}, unboundedReach},
		// Equal shortest literals: the set of one (入力) beats the set of four.
		{"(カード|決済|支払|送金)入力(画面|ページ)", []string{"入力"}, 9 + 6 + 9},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re = re.Simplify()
		if got := Anchors(re); !slices.Equal(got, tt.want) {
			t.Errorf("%s: anchors %q; want %q", tt.pattern, got, tt.want)
		}
		if got := MaxWidth(re); got != tt.width {
			t.Errorf("%s: width %d; want %d", tt.pattern, got, tt.width)
		}
	}
}

func TestFinder(t *testing.T) {
	f := NewFinder([]string{"不正アクセス", "不正", "a.b", "", "𠮷野"})
	text := "x不正アクセスa.b不正𠮷野家"
	type hit struct{ at, lit int }
	var got []hit
	f.FindAll(text, func(at, lit int) { got = append(got, hit{at, lit}) })
	want := []hit{{1, 0}, {1, 1}, {19, 2}, {22, 1}, {28, 4}}
	if !slices.Equal(got, want) {
		t.Errorf("found %v; want %v", got, want)
	}
}
