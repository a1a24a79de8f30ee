package normalize_test

import (
	"fmt"
	"strings"

	"github.com/jpbreach/jpbreach/normalize"
)

// Normalize folds the text and returns a map from every byte of the result
// back to the input: a value found in the normalized text is reported with
// the span of the input it came from.
func ExampleNormalize() {
	input := "㍻２９年７月２６日〜　①氏名　９，８２２件"
	text, m := normalize.Normalize(input, nil)
	fmt.Println(text)
	for _, find := range []string{"平成29年", "~", "(1)", "9,822件"} {
		i := strings.Index(text, find)
		s, e := m.Source(i, i+len(find))
		fmt.Printf("%s ← %s [%d,%d)\n", find, input[s:e], s, e)
	}
	// Output:
	// 平成29年7月26日~ (1)氏名 9,822件
	// 平成29年 ← ㍻２９年 [0,12)
	// ~ ← 〜 [27,30)
	// (1) ← ① [33,36)
	// 9,822件 ← ９，８２２件 [45,63)
}
