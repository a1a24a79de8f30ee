package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jpbreach/jpbreach/internal/costcheck"
)

// phoneShown shows a phone contact as its value, marked when toll-free.
func phoneShown(c Contact) string {
	if c.TollFree {
		return c.Value + " free"
	}
	return c.Value
}

func TestPhoneWrittenForms(t *testing.T) {
	checkContacts(t, "phone", phoneShown, []contactCase{
		{"専用ダイヤル 0120-345-678", "0120-345-678 free"},
		{"専用ダイヤル 0120-345678", "0120-345678 free"},
		{"専用ダイヤル 0120345678", "0120345678 free"},
		{"専用ダイヤル 0120 345 678", "0120 345 678 free"},
		{"専用ダイヤル (0120)345678", "(0120)345678 free"},
		{"専用ダイヤル(0120)345678(平日)", "(0120)345678 free"},
		{"代表 03(6789)0123", "03(6789)0123"},
		{"代表 03 (6789) 0123", "03 (6789) 0123"},
		{"窓口 0570(012)345", "0570(012)345"},
		{"窓口 0570-012-345", "0570-012-345"},
		{"窓口 0800-123-4567", "0800-123-4567 free"},
		{"窓口 ０１２０－３４５－６７８", "0120-345-678 free"},
		{"窓口 ０１２０ー３４５ー６７８", "0120-345-678 free"},
		{"窓口 0120‐345‐678", "0120-345-678 free"},
		{"窓口 0120–345–678", "0120-345-678 free"},
		{"窓口 0120—345—678", "0120-345-678 free"},
		{"窓口 0120−345678", "0120-345678 free"},
		{"窓口 098ー765ー4321", "098-765-4321"},
		{"窓口 098ｰ765ｰ4321", "098-765-4321"},
		{"窓口 098─765─4321", "098-765-4321"},
		{"窓口 098━765━4321", "098-765-4321"},
		{"窓口 0120・345・678", "0120・345・678 free"},
		{"窓口 03.6789.0123", "03.6789.0123"},
		{"IP電話 050-1234-5678", "050-1234-5678"},
		{"携帯 090-1234-5678、080-2345-6789、070-3456-7890", "090-1234-5678|080-2345-6789|070-3456-7890"},
		{"携帯 09012345678", "09012345678"},
		{"本社 03-6789-0123", "03-6789-0123"},
		{"支店 045-678-9012", "045-678-9012"},
		{"支店 0466-78-9012", "0466-78-9012"},
		{"出張所 04992-7-8901", "04992-7-8901"},
		{"電話 045-6789012", "045-6789012"},
		{"電話 0456789012", "0456789012"},
		{"TEL03-6789-0123", "03-6789-0123"},
		{"Tel.03-6789-0123", "03-6789-0123"},
		{"℡ 0120-345-678", "0120-345-678 free"},
		{"ＴＥＬ：０３－６７８９－０１２３", "03-6789-0123"},
		{"TEL:03-6789-0123 9:00~17:00", "03-6789-0123"},
		{"専用ダイヤル 0120-345678 10時~17時", "0120-345678 free"},
		{"TEL/FAX 03-6789-0123", "03-6789-0123"},
		{"お問い合わせは0120-345-678まで", "0120-345-678 free"},
		{"0120-345-678 (フリーダイヤル)", "0120-345-678 free"},
	})
}

// Numbers of the wrong length for their prefix, or grouped where the plan
// puts no break, are not phones.
func TestPhoneNumberingPlan(t *testing.T) {
	var cases []contactCase
	for _, text := range []string{
		"電話 0120-345-6789",     // toll-free with eleven digits
		"電話 012-034-5678",      // 0 after the prefix digit
		"電話 03-6789-012",       // nine digits
		"電話 090-1234-567",      // a mobile of ten digits
		"電話 050-123-4567",      // an IP phone of ten digits
		"電話 0201-234-5678",     // 020 is not for people to call
		"電話 03-678-90123",      // a subscriber number of five digits
		"電話 0456-789-012",      // area code and exchange of seven digits
		"電話 012-0345-678",      // toll-free prefix split
		"電話 0120-345-678-901",  // a fourth group
		"電話 03-6789-0123-4567", // card-like run of groups
		"電話 031234567890",      // twelve digits
	} {
		cases = append(cases, contactCase{text, ""})
	}
	checkContacts(t, "phone", phoneShown, cases)
}

func TestPhoneLookAlikes(t *testing.T) {
	checkContacts(t, "phone", phoneShown, []contactCase{
		{"TEL 03-6789-0123 FAX 03-6789-0124", "03-6789-0123"},
		{"FAX:03-6789-0124", ""},
		{"ファクス 03-6789-0124", ""},
		{"03-6789-0124(FAX)", ""},
		{"登録番号 0120-345-678", ""},
		{"第0120-345-678号", ""},
		{"登録 03-6789-0123号", ""},
		{"会員番号 0456-78-9012", ""},
		{"会員専用ダイヤル 0120-345-678", "0120-345-678 free"},
		{"お客様番号:0312345678", ""},
		{"お問い合わせ番号 01-2345-6789", ""},
		{"お問い合わせ窓口 01-2345-6789", "01-2345-6789"},
		{"注文 0312345678 の件", ""}, // one run of digits without a phone word
		{"〒105-0011 東京都", ""},
		{"法人番号 1234567890123", ""},
		{"カード番号 0123-4567-8901-2345", ""},
		{"期間 2023-01-05~2023-03-31", ""},
		{"03-06 から 04-10 まで", ""},
		{"金額 0.120345678円", ""},
		{"https://shop.sample-store.jp/0120345678/", ""},
		{"ID:A0312345678", ""},
		{"No.0312345678", ""},
		{"バージョン1.0312345678", ""},
	})
}

// Reading numbers costs time in proportion to the text also when it is
// all separators and zeros, on one line or many.
func TestPhonesTimeGrowsLinearly(t *testing.T) {
	for _, unit := range []string{"0 0 0 0 ", "0ー0ー", "(0120)(0", "窓口 03(6789)0123 平日9:00~17:00\n", "xxx@sample-shop.jp "} {
		t.Run(firstRunes(unit, 12), func(t *testing.T) {
			n := 2048/len(unit) + 1
			docs := map[int]*Doc{}
			for _, size := range []int{n, costcheck.Factor * n} {
				docs[size] = testDoc(t, strings.Repeat(unit, size))
			}
			costcheck.Linear(t, n, func(size int) { Contacts(uncached(docs[size])) })
		})
	}
}

// A long line above a line of many numbers is read once per number at most
// up to a bound, not to its end.
func TestPhonesUnderLongLineTimeGrowsLinearly(t *testing.T) {
	n := 16
	docs := map[int]*Doc{}
	for _, size := range []int{n, costcheck.Factor * n} {
		var b strings.Builder
		b.WriteString(strings.Repeat("窓口", 64*size) + "\n")
		for i := range 8 * size {
			fmt.Fprintf(&b, "0120-%03d-%03d ", i/1000, i%1000)
		}
		docs[size] = testDoc(t, b.String())
	}
	costcheck.Linear(t, n, func(size int) { Contacts(uncached(docs[size])) })
}
