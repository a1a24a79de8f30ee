package extract_test

import (
	"fmt"
	"strings"

	"github.com/jpbreach/jpbreach/decode"
	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/extract"
	"github.com/jpbreach/jpbreach/normalize"
)

// The extractors read one prepared Doc: the decoded input, its normalized
// text with the map back to the input, and the shared tokenizer. This is
// what notice.Parse does; a caller who needs only some of the record can
// run only those extractors.
func Example() {
	input := []byte("令和2年10月5日\n\n弊社サイトが不正アクセスを受け、お客様のメールアドレス(最大３,４５６件)が流出した可能性があります。\n" +
		"なお、パスワードは含まれておりません。\n")
	doc, err := decode.Decode(input)
	if err != nil {
		fmt.Println(err)
		return
	}
	tok, err := dict.Tokenizer()
	if err != nil {
		fmt.Println(err)
		return
	}
	text, toSource := normalize.Normalize(doc.Text, doc.Map)
	d := extract.NewDoc(doc.Source, text, toSource, tok)

	dates := extract.ReadDates(d)
	fmt.Println(dates.Published.Value, dates.Published.Text)
	for _, c := range extract.Counts(d) {
		// The count is read on the normalized text (3,456); its text and
		// span are the input's (３,４５６).
		fmt.Println(c.Value, c.Qualifier, c.Text, doc.Source[c.Span[0]:c.Span[1]])
	}
	f := extract.ReadFields(d)
	fmt.Println(f.Leaked, f.NotLeaked, extract.ReadCauses(d).Causes)
	// Output:
	// 2020-10-05 令和2年10月5日
	// 3456 max 最大３,４５６件 最大３,４５６件
	// [email] [password] [unauthorized_access]
}

// Doc.Value and Doc.Span widen a range of the normalized text to whole
// characters, so that a value and its span never part a kana from a
// separate voiced sound mark (ゴ has no composed form with a second one).
func ExampleDoc_Value() {
	input := "株式会社ゴ\u3099お知らせ"
	tok, err := dict.Tokenizer()
	if err != nil {
		fmt.Println(err)
		return
	}
	text, toSource := normalize.Normalize(input, nil)
	d := extract.NewDoc(input, text, toSource, tok)
	end := len("株式会社ゴ") // a range that stops before the mark
	v, s := d.Value(0, end), d.Span(0, end)
	fmt.Println(strings.HasSuffix(v, "\u3099"), v == input[s[0]:s[1]], s)
	// Output:
	// true true [0 18]
}
