package extract

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"9,822", 9822, true},
		{"9822", 9822, true},
		{"1,244", 1244, true},
		{"1万2千", 12000, true},
		{"一万二千", 12000, true},
		{"12万", 120000, true},
		{"13.2万", 132000, true},
		{"1万8000", 18000, true},
		{"22万5,846", 225846, true},
		{"863万7405", 8637405, true},
		{"119万336", 1190336, true},
		{"二千三百四十五", 2345, true},
		{"二〇二〇", 2020, true},
		{"三十一", 31, true},
		{"十", 10, true},
		{"千", 1000, true},
		{"万", 10000, true},
		{"1億2345万6789", 123456789, true},
		{"0", 0, true},
		{"", 0, false},
		{"1.5", 0, false},
		{"1.23456万", 0, false},
		{"12a", 0, false},
		{"万万", 0, false},
		{"9999999999999999999999", 0, false},
		{"9999兆", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"9,822", "1万2千", "13.2万", "二千三百四十五", "二〇二〇", "22万5,846", "1億", "..", "万."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (v < 0 || v >= maxNumber) {
			t.Fatalf("ParseNumber(%q) = %d out of range", s, v)
		}
		if !ok && v != 0 {
			t.Fatalf("ParseNumber(%q) failed but returned %d", s, v)
		}
	})
}
