package extract

import (
	"strings"
	"testing"
)

// desksIn returns the phone contacts of text as "value;label;hours".
func desksIn(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for _, c := range Contacts(testDoc(t, text)) {
		if c.Kind == "phone" {
			got = append(got, c.Value+";"+c.Label+";"+c.Hours)
		}
	}
	return got
}

func TestContactLabelsAndHours(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"お客様相談窓口 0120-345-678", []string{"0120-345-678;お客様相談窓口;"}},
		{"【照会先】\n電話:03-6789-0123", []string{"03-6789-0123;照会先;"}},
		{"◆カード専用ダイヤル TEL:0120-345-678", []string{"0120-345-678;カード専用ダイヤル;"}},
		{"ご不明な点は、サポート事務局(0120-345-678)まで", []string{"0120-345-678;サポート事務局;"}},
		{"フリーダイヤル 0120-345-678", []string{"0120-345-678;;"}},
		{"窓口 0120-345-678\n受付時間:9:00~17:00(土日祝日を除く)",
			[]string{"0120-345-678;窓口;9:00~17:00(土日祝日を除く)"}},
		{"窓口 0120-345-678(平日 午前10時~午後5時)", []string{"0120-345-678;窓口;平日 午前10時~午後5時"}},
		{"窓口 0120-345-678 受付時間 月~金 9時~18時", []string{"0120-345-678;窓口;月~金 9時~18時"}},
		{"窓口 0120-345-678 年中無休・24時間受付", []string{"0120-345-678;窓口;年中無休・24時間"}},
		{"窓口 0120-345-678\n(期間限定: 2024年3月31日まで)", []string{"0120-345-678;窓口;期間限定: 2024年3月31日まで"}},
		{"窓口 0120-345-678 平日9:00~17:00(土・日・祝日を除く)",
			[]string{"0120-345-678;窓口;平日9:00~17:00(土・日・祝日を除く)"}},
		// Two desks in one block keep their own label and hours.
		{"【お問い合わせ先】\n■カードに関するお問い合わせ\nカードデスク 0120-345-678\n受付時間:平日10:00~18:00\n" +
			"■その他のお問い合わせ\nお客様相談室\n電話:03-6789-0123\n受付時間:9:00~21:00(年中無休)",
			[]string{"0120-345-678;カードデスク;平日10:00~18:00", "03-6789-0123;お客様相談室;9:00~21:00(年中無休)"}},
		{"窓口 0120-345-678(平日9時~17時)、携帯電話からは 03-6789-0123", []string{
			"0120-345-678;窓口;平日9時~17時", "03-6789-0123;;"}},
	} {
		if got := desksIn(t, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
