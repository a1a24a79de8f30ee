package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/jpbreach/jpbreach/dict"
)

// Searching near the anchors must find what a search of the whole text
// finds, for every cause wording, wherever the anchors fall: at the start, at the end, close
// together, far apart.
func TestFindNearAgreesWithWholeText(t *testing.T) {
	filler := strings.Repeat("お客様にはご迷惑をおかけしております。", 20)
	texts := []string{
		"不正アクセス",
		"第三者による不正アクセスを受け、SQLインジェクションの脆弱性を悪用されました。" + filler + "元従業員が顧客情報を持ち出しました。",
		filler + "ランサムウェアに感染し、Emotetにも感染。マルウエアが検出された" + filler + "フィッシングメール",
		"脆弱性診断を実施。" + filler + "脆弱性を突かれた。委託先のサーバーが不正アクセスを受けた",
		"SQL   インジェクション\nOSコマンドインジェクション" + filler,
	}
	for i, rule := range dict.Load().Causes {
		if rule.Anchors == nil {
			continue
		}
		for _, text := range texts {
			var near []Range
			dict.Load().FindCauseAnchors(text, func(at, length, r int) {
				if r == i {
					near = append(near, Range{at - rule.Reach, at + length + rule.Reach})
				}
			})
			got := findNear(rule.Match, text, near)
			want := rule.Match.FindAllStringSubmatchIndex(text, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s in %.30q…: found %v; the whole text has %v", rule.Match, text, got, want)
			}
		}
	}
	// And for a pattern of several anchors whose windows overlap.
	re := regexp.MustCompile(`(?:赤|青)い(?:花|鳥)`)
	text := "赤い鳥と青い花と" + filler + "青い鳥"
	var near []Range
	for _, anchor := range []string{"い花", "い鳥"} {
		for _, at := range []int{strings.Index(text, anchor), strings.LastIndex(text, anchor)} {
			near = append(near, Range{at - 9, at + len(anchor) + 9})
		}
	}
	sort.Slice(near, func(i, j int) bool { return near[i].Start < near[j].Start })
	got := findNear(re, text, near)
	want := re.FindAllStringSubmatchIndex(text, -1)
	if len(want) != 3 || !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("found %v; want %v", got, want)
	}
}
