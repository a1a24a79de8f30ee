package extract

import (
	"strings"
	"testing"
)

// contactsIn returns the contacts of text as "kind;value;free;hours;label".
func contactsIn(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for _, c := range Contacts(testDoc(t, text)) {
		free := ""
		if c.TollFree {
			free = "free"
		}
		got = append(got, strings.Join([]string{c.Kind, c.Value, free, c.Hours, c.Label}, ";"))
		if c.Span[0] >= c.Span[1] || c.Span[1] > len(text) {
			t.Errorf("%s: bad span %v", c.Value, c.Span)
		}
	}
	return got
}

// contactCase is a text and the contacts of one kind wanted from it, as
// shown by the test's show function and joined by "|".
type contactCase struct{ text, want string }

// checkContacts checks the contacts of kind read from each case's text.
func checkContacts(t *testing.T, kind string, show func(Contact) string, cases []contactCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, c := range Contacts(testDoc(t, tc.text)) {
			if c.Kind == kind {
				got = append(got, show(c))
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestContacts(t *testing.T) {
	text := "【本件に関するお問い合わせ先】\nお客様お問い合わせ窓口\nフリーダイヤル 0120-987-654 平日10:00~19:00\n" +
		"お問合せ窓口http://www.sample-shop.jp/inquiry\n関東財務局長(金商)第1234号\n日本証券業協会会員 012-03456\n" +
		"<専用ダイヤル>\nフリーダイヤル: ０１２０－８７６－５４３\n(平日:月~金 10:00~18:00)\nメールアドレス: Support@Sample-Shop.jp\n" +
		"専用ダイヤル:0120-765-432(フリーダイヤル)\n受付時間 | 午前9時~午後9時\n" +
		"TEL 03-6543-2109 FAX 03-6543-2100\n本件専用ダイヤル(0120‐654‐321)\n窓口 0120・543・210\n〒100-0001 東京都\n" +
		"会員番号 0123456789 をご用意ください。"
	want := []string{
		"phone;0120-987-654;free;平日10:00~19:00;お客様お問い合わせ窓口",
		"phone;0120-876-543;free;平日:月~金 10:00~18:00;専用ダイヤル",
		"phone;0120-765-432;free;午前9時~午後9時;専用ダイヤル",
		"phone;03-6543-2109;;;",
		"phone;0120-654-321;free;;本件専用ダイヤル",
		"phone;0120・543・210;free;;窓口",
		"email;support@sample-shop.jp;;;",
		"url;http://www.sample-shop.jp/inquiry;;;お問合せ窓口",
	}
	if got := contactsIn(t, text); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("contacts\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEmailContacts(t *testing.T) {
	checkContacts(t, "email", func(c Contact) string { return c.Value }, []contactCase{
		{"お問い合わせ窓口 info@sample-shop.jp", "info@sample-shop.jp"},
		{"E-mail:help@sample-shop.co.jp", "help@sample-shop.co.jp"},
		{"【連絡先】\nsupport@sample-shop.jp", "support@sample-shop.jp"},
		{"ご質問は、メール(desk@sample-shop.jp)でお問い合わせください。", "desk@sample-shop.jp"},
		{`<a href="mailto:desk@sample-shop.jp">`, "desk@sample-shop.jp"},
		{"窓口 0120-345-678\n受付時間 平日9時~17時\nsupport@sample-shop.jp", "support@sample-shop.jp"},
		// Masked and placeholder addresses are no one's.
		{"お問い合わせ窓口 xxx@xxx.xxx.xxx", ""},
		{"お問い合わせ窓口 xxxx@sample-shop.jp", ""},
		{"お問い合わせ窓口 info@xx.co.jp", ""},
		{"お問い合わせ窓口 *****@sample-shop.jp", ""},
		{"お問い合わせ窓口 ab***cd@sample-shop.jp", ""},
		{"お問い合わせ窓口 ●●●@sample-shop.jp", ""},
		{"お問い合わせ窓口 info@example.com", ""},
		{"お問い合わせ窓口 info@mail.example.co.jp", ""},
		// An address the text tells about is not one to write to.
		{"乗っ取られたのは、研修に使っていたアドレス「seminar@sample-assoc.or.jp」です。", ""},
		{"送信元メールアドレス:promo-news@sample-mailer.net", ""},
		{"E-mail:desk@sample-shop.jp\nお問い合わせフォーム:https://www.sample-shop.jp/form\n" +
			"※弊社を装ったメール(送信元:promo@sample-mailer.net)にご注意ください。", "desk@sample-shop.jp"},
		{"不審なメールの送信元は promo-news@sample-mailer.net でした。", ""},
	})
}

func TestURLContacts(t *testing.T) {
	checkContacts(t, "url", func(c Contact) string { return c.Value + ";" + c.Label }, []contactCase{
		{"お問い合わせフォーム:https://www.sample-shop.jp/contact/", "https://www.sample-shop.jp/contact/;お問い合わせフォーム"},
		{"下記のお問い合わせフォームよりご連絡ください。\nhttps://www.sample-shop.jp/form", "https://www.sample-shop.jp/form;下記のお問い合わせフォームよりご連絡ください。"},
		{"詳細は https://www.sample-shop.jp/news をご覧ください。", ""},
		{"弊社サイト\nhttps://www.sample-shop.jp/", ""},
	})
}
