package notice_test

import (
	"fmt"

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
