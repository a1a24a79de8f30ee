package notice_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/japanese"

	"github.com/jpbreach/jpbreach/notice"
)

func ExampleParse() {
	text := `2017年7月25日
お客様各位
株式会社サンプル商会
代表取締役 山田 太郎

不正アクセスによる個人情報流出に関するお詫び

弊社オンラインショップが第三者による不正アクセスを受け、お客様のクレジットカード情報が流出した可能性があることが判明いたしました。
【流出した可能性のある情報】
カード名義人名、クレジットカード番号、有効期限、セキュリティコード
【流出の規模】
最大1,234件
パスワードは含まれておりません。
【お問い合わせ先】
専用ダイヤル 0120-000-123 平日10:00~18:00`
	n, err := notice.Parse([]byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Organization, n.Representative.Name, n.Published)
	fmt.Println(n.Affected, n.Counts[0].Qualifier)
	fmt.Println(n.LeakedFields)
	fmt.Println(n.NotLeakedFields, n.Causes)
	fmt.Println(n.Contacts[0].Value, n.Contacts[0].TollFree, n.Contacts[0].Hours)
	s := n.Counts[0].Span
	fmt.Println(text[s[0]:s[1]])
	// Output:
	// 株式会社サンプル商会 山田 太郎 2017-07-25
	// 1234 max
	// [card_number card_holder_name card_expiry card_security_code]
	// [password] [unauthorized_access]
	// 0120-000-123 true 平日10:00~18:00
	// 最大1,234件
}

// ParseReader reads a notice from any io.Reader: a file, a request body, a
// mail part.
func ExampleParseReader() {
	r := strings.NewReader("2021年3月1日\nお客様各位\n株式会社見本工房\n\n" +
		"弊社サーバーへの不正アクセスにより、お客様のメールアドレス 2,500件が流出した可能性があります。\n")
	n, err := notice.ParseReader(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Published, n.Organization, n.Affected, n.LeakedFields, n.Causes, n.Encoding)
	// Output:
	// 2021-03-01 株式会社見本工房 2500 [email] [unauthorized_access] UTF-8
}

// Every value carries the span of the input it was read from: byte offsets
// into Notice.Source, the input decoded to UTF-8. For a Shift_JIS file, the
// spans index its UTF-8 decoding; Evidence holds the spans of the values
// that are plain strings.
func Example_spans() {
	utf8Text := "令和3年4月1日\n株式会社見本工房\n\n" +
		"不正アクセスにより、クレジットカード番号 約1万2000件が流出した可能性があります。\n"
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(utf8Text)
	n, err := notice.Parse([]byte(sjis))
	if err != nil {
		fmt.Println(err)
		return
	}
	at := func(s notice.Span) string { return n.Source[s[0]:s[1]] }
	fmt.Println(n.Encoding)
	for _, d := range n.Dates {
		fmt.Println(d.Value, at(d.Span), d.Text == at(d.Span))
	}
	for _, c := range n.Counts {
		fmt.Println(c.Value, c.Qualifier, at(c.Span))
	}
	fmt.Println(n.Organization, at(n.Evidence["organization"][0]))
	fmt.Println(at(n.Evidence["leaked_fields.card_number"][0]))
	// Output:
	// Shift_JIS
	// 2021-04-01 令和3年4月1日 true
	// 12000 approx 約1万2000件
	// 株式会社見本工房 株式会社見本工房
	// クレジットカード番号
}
