package extract

import "testing"

func TestTitle(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"notice line", "お客様各位\n\n不正アクセスに関するお詫びとお知らせ\n\n本文です。", "不正アクセスに関するお詫びとお知らせ"},
		{"last step of a breadcrumb", "ホーム > お知らせ > 名簿の紛失について(総務課)\n\n本文です。", "名簿の紛失について(総務課)"},
		{"a numbered section is no headline", "1.流出した情報について\n氏名と住所です。", ""},
		{"a dotted date opens a headline, and is no part of it", "2020.01.02メール誤送信についてのお詫び\n本文です。", "メール誤送信についてのお詫び"},
		{"a headline that ends with its date", "メール誤送信についてのお詫び 2020年1月2日\n本文です。", "メール誤送信についてのお詫び"},
		{"news headline without a notice word", "架空商事、顧客情報3万件が流出か\n\n架空商事は5日、発表した。", "架空商事、顧客情報3万件が流出か"},
		{"a bracketed section is no news headline", "【漏洩した可能性のある情報】\n氏名、住所", ""},
		{"a short line is no news headline", "流出\n本文です。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text)
			got := ""
			if f := title(d, ReadDates(d).Published); f != nil {
				got = f.Value
			}
			if got != tt.want {
				t.Errorf("title %q; want %q", got, tt.want)
			}
		})
	}
}
