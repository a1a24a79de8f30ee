package decode_test

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/japanese"

	"github.com/jpbreach/jpbreach/decode"
)

// Decode detects the encoding from the bytes alone.
func ExampleDecode() {
	eucjp, _ := japanese.EUCJP.NewEncoder().String("個人情報流出に関するお詫びとお知らせ")
	doc, err := decode.Decode([]byte(eucjp))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Encoding, doc.HTML, doc.Source)
	// Output:
	// EUC-JP false 個人情報流出に関するお詫びとお知らせ
}

// For an HTML page, Text is what a reader sees and Map leads from Text back
// into the page.
func ExampleDecode_html() {
	page := "<html><body><p>氏名&amp;住所</p><p>電話 0120-000-123</p></body></html>"
	doc, err := decode.Decode([]byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q\n", doc.Encoding, strings.TrimSpace(doc.Text))
	i := strings.Index(doc.Text, "&")
	s, e := doc.Map.Source(i, i+1)
	fmt.Println(doc.Source[s:e])
	// Output:
	// UTF-8 "氏名&住所\n\n電話 0120-000-123"
	// &amp;
}

// Input that is not text gets an *Error with one of the sentinel reasons.
func ExampleDecode_error() {
	_, err := decode.Decode([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	var de *decode.Error
	fmt.Println(errors.As(err, &de), errors.Is(err, decode.ErrBinary))
	// Output:
	// true true
}
