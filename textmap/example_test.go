package textmap_test

import (
	"fmt"

	"github.com/jpbreach/jpbreach/textmap"
)

// A Map built while rewriting "x&amp;y ㍻" into "x&y 平成" reports, for any
// range of the result, the source bytes that produced it.
func ExampleMap() {
	src := "x&amp;y ㍻"
	m := textmap.New(len(src), 0)
	m.AppendCopy(1, 0)               // x
	m.Append(1, 1, 6)                // & from &amp;
	m.AppendCopy(2, 6)               // "y "
	m.Append(len("平成"), 8, len(src)) // 平成 from ㍻
	derived := "x&y 平成"
	for _, r := range [][2]int{{1, 2}, {0, 3}, {4, 7}} {
		s, e := m.Source(r[0], r[1])
		fmt.Printf("%q ← %q\n", derived[r[0]:r[1]], src[s:e])
	}
	// 平 alone would split ㍻: Whole widens it to 平成.
	i, j := m.Whole(4, 7)
	fmt.Printf("%q\n", derived[i:j])
	// Output:
	// "&" ← "&amp;"
	// "x&y" ← "x&amp;y"
	// "平" ← "㍻"
	// "平成"
}
