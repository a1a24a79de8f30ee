package veris_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jpbreach/jpbreach/notice"
	"github.com/jpbreach/jpbreach/veris"
)

func ExampleFromNotice() {
	n, err := notice.Parse([]byte(`2024年5月10日
お客様各位
株式会社サンプル商事

弊社通販サイトへの不正アクセスによる個人情報流出に関するお詫び

第三者の不正アクセスにより弊社サイトの決済画面が改ざんされ、2023年11月1日から2024年2月29日までの間に決済されたお客様のクレジットカード情報1,024件が流出したことを確認いたしました。

流出した情報は、カード名義人名、クレジットカード番号、有効期限、セキュリティコードです。

経緯
2024年3月4日、クレジットカード会社から、カード情報の漏えいの懸念について連絡を受けました。
`))
	if err != nil {
		panic(err)
	}
	inc, err := veris.FromNotice(n, "https://example.jp/news/20240510.html")
	if err != nil {
		panic(err)
	}
	show := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	fmt.Println("victim:   ", show(inc.Victim))
	fmt.Println("action:   ", show(inc.Action))
	fmt.Println("data:     ", show(inc.Attribute.Confidentiality))
	fmt.Println("timeline: ", show(inc.Timeline))
	fmt.Println("found by: ", show(inc.DiscoveryMethod))
	// Output:
	// victim:    {"victim_id":"株式会社サンプル商事","country":["JP"],"employee_count":"Unknown","industry":"000","government":["NA"]}
	// action:    {"hacking":{"variety":["Unknown"],"vector":["Web application"]},"malware":{"variety":["Capture app data"],"vector":["Unknown"]}}
	// data:      {"data_disclosure":"Yes","data_total":1024,"data":[{"variety":"Payment","amount":1024}],"data_victim":["Customer"]}
	// timeline:  {"incident":{"year":2023,"month":11,"day":1},"discovery":{"unit":"Months","value":4.1}}
	// found by:  {"external":{"variety":["Fraud detection"]}}
}

// A notice that states no date at all has no record unless the caller
// supplies the year; the record then says so in notes.
func ExampleOptions_FromNotice() {
	n, err := notice.Parse([]byte("会員サイトへの不正アクセスにより、お客様の氏名とメールアドレスが流出した可能性があります。\n"))
	if err != nil {
		panic(err)
	}
	_, err = veris.FromNotice(n, "notice.txt")
	fmt.Println(errors.Is(err, veris.ErrNoDate))
	inc, err := veris.Options{FallbackYear: 2024}.FromNotice(n, "notice.txt")
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(inc.Timeline)
	fmt.Println(string(b))
	fmt.Println(inc.Notes)
	// Output:
	// true
	// {"incident":{"year":2024},"discovery":{"unit":"Unknown"}}
	// timeline.incident: the notice states no date at all; the year was supplied by the caller, not read from the text
}
