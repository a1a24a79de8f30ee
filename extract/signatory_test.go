package extract

import "testing"

func TestRepresentativeForms(t *testing.T) {
	tests := []struct{ text, title, name string }{
		{"株式会社サンプル\n代表取締役社長 井上直美", "代表取締役社長", "井上直美"},
		{"サンプル市\n市長 山田 太郎", "市長", "山田 太郎"},
		{"委員長 | 相浦 一成 | 代表取締役社長 |", "", ""},
		{"長浜市長 山田 太郎", "市長", "山田 太郎"},
		{"日本架空心理学会理事長 佐藤 花子", "理事長", "佐藤 花子"},
		{"長浜市教育委員会\n教育長 山田 太郎", "教育長", "山田 太郎"},
		{"架空電機健康保険組合\n常務理事 中村 一郎", "常務理事", "中村 一郎"},
		{"各小学校のPTA会長及び副会長のメールアドレス", "", ""},
	}
	for _, tt := range tests {
		p := ReadParties(testDoc(t, tt.text), nil)
		title, name := "", ""
		if p.Representative != nil {
			title, name = p.Representative.Title, p.Representative.Name
		}
		if title != tt.title || name != tt.name {
			t.Errorf("%q: representative %q %q; want %q %q", tt.text, title, name, tt.title, tt.name)
		}
	}
}

// A line of prose is no signature: reading it as one tokenizes nothing.
func TestSignatureSkipsProse(t *testing.T) {
	tests := []struct {
		line      string
		tokenized bool
	}{
		{"サンプル市", true},
		{"サンプル市長 山田 太郎", true},
		{"サンプル市が運営する架空の施設において職員が利用者の名簿を置き忘れる事案が発生いたしましたことをお知らせいたします", false},
	}
	for _, tt := range tests {
		d := testDoc(t, tt.line)
		d.readSignature(0)
		if got := d.chunks[0].tokens != nil; got != tt.tokenized {
			t.Errorf("%q: tokenized %v; want %v", tt.line, got, tt.tokenized)
		}
	}
}
