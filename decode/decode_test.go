package decode

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "不正アクセスによる個人情報流出に関するお詫び\n2017年7月26日 お客様各位 ①氏名"

func TestDecodeEncodings(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(sample))
	euc, _ := japanese.EUCJP.NewEncoder().Bytes([]byte(sample))
	jis, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte("不正アクセスに関するお詫び 2017年7月26日"))
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sample))
	tests := []struct {
		name  string
		input []byte
		enc   string
		text  string
	}{
		{"UTF-8", []byte(sample), "UTF-8", sample},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, sample...), "UTF-8", sample},
		{"UTF-16LE", u16le, "UTF-16LE", sample},
		{"UTF-16BE", u16be, "UTF-16BE", sample},
		{"Shift_JIS", sjis, "Shift_JIS", sample},
		{"EUC-JP", euc, "EUC-JP", sample},
		{"ISO-2022-JP", jis, "ISO-2022-JP", "不正アクセスに関するお詫び 2017年7月26日"},
	}
	for _, tt := range tests {
		doc, err := Decode(tt.input)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if doc.Encoding != tt.enc || doc.Text != tt.text || doc.HTML {
			t.Errorf("%s: got %s %q", tt.name, doc.Encoding, doc.Text)
		}
	}
}

func TestShortShiftJISIsNotBrokenUTF8(t *testing.T) {
	text := strings.Repeat("Notice of incident. ", 20) + "漢"
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(text))
	doc, err := Decode(sjis)
	if err != nil || doc.Encoding != "Shift_JIS" || doc.Text != text {
		t.Errorf("got %v %+v", err, doc)
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name   string
		input  []byte
		reason error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \r\n\t"), ErrEmpty},
		{"NUL", []byte("abc\x00def"), ErrBinary},
		{"controls", []byte("\x01\x02\x03\x04\x05\x06abc"), ErrBinary},
		{"undecodable", []byte{0x80, 0xff, 0xfd, 0x80, 0xff, 0x81, 0xff, 0x80}, ErrUndecodable},
		{"too large", make([]byte, MaxInput+1), ErrTooLarge},
	}
	for _, tt := range tests {
		_, err := Decode(tt.input)
		var de *Error
		if !errors.Is(err, tt.reason) || !errors.As(err, &de) {
			t.Errorf("%s: err %v; want %v", tt.name, err, tt.reason)
		}
	}
}

func TestDecodeRepairsStrayBytes(t *testing.T) {
	in := []byte(strings.Repeat("不正アクセスに関するお詫び。", 20))
	in = append(append(append([]byte{}, in[:30]...), 0xff), in[30:]...)
	doc, err := Decode(in)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(doc.Text) || len(doc.Warnings) != 1 {
		t.Errorf("text valid %v, warnings %q", utf8.ValidString(doc.Text), doc.Warnings)
	}
}

func TestVisibleText(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>お詫び</title><style>p{color:red}</style>
<script>var d = "2016年1月1日";</script></head><body>
<div>弊社&amp;関係者   各位<br>2017年7月26日</div><table><tr><td>氏名</td><td>1,234件</td></tr></table>
<noscript>2015年1月1日</noscript><p>A&nbsp;B</p></body></html>`
	doc, err := Decode([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !doc.HTML {
		t.Fatal("not seen as HTML")
	}
	for _, want := range []string{"お詫び\n", "弊社&関係者 各位\n2017年7月26日", "氏名 | 1,234件", "A B"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("visible text %q lacks %q", doc.Text, want)
		}
	}
	for _, hidden := range []string{"2016年1月1日", "2015年1月1日", "color:red"} {
		if strings.Contains(doc.Text, hidden) {
			t.Errorf("visible text shows %q", hidden)
		}
	}
	i := strings.Index(doc.Text, "弊社&関係者")
	s, e := doc.Map.Source(i, i+len("弊社&関係者"))
	if doc.Source[s:e] != "弊社&amp;関係者" {
		t.Errorf("span maps to %q", doc.Source[s:e])
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("<html><body><p>2017年&amp;<br>お詫び</p></body></html>"))
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(sample))
	f.Add(sjis)
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Decode(b)
		if err != nil {
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		if !utf8.ValidString(doc.Source) || !utf8.ValidString(doc.Text) {
			t.Fatal("decoded text is not UTF-8")
		}
		if doc.Map != nil {
			if doc.Map.Len() != len(doc.Text) {
				t.Fatalf("map covers %d of %d bytes", doc.Map.Len(), len(doc.Text))
			}
			for i := 0; i < len(doc.Text); i++ {
				if s, e := doc.Map.Source(i, i+1); s < 0 || s > e || e > len(doc.Source) {
					t.Fatalf("byte %d maps to [%d,%d) of %d", i, s, e, len(doc.Source))
				}
			}
		}
	})
}
