package pdftext

import (
	"strings"
	"testing"
)

// The synthetic pages below are A4 (595 pt wide) with 10 pt glyphs on a
// 10 pt advance from a 50 pt left margin: a full line holds 49 characters
// and ends at 540 pt, the mirror of the left margin.
const (
	pageWidth = 595
	marginX   = 50
	advance   = 10
	fullLine  = 49
	lineStep  = 14 // baseline to baseline, leaving a 4 pt gap between lines
)

// layoutLine lays out one line of text at row y (counted from the top) of a
// page, starting indent characters in; characters of ASCII take half an
// advance. pdfium's generated line end follows it.
func layoutLine(s string, y, indent int) []char {
	var out []char
	top := 800 - float64(y)*lineStep
	x := float64(marginX + indent*advance)
	for _, r := range s {
		w := float64(advance)
		if r < 0x80 {
			w = advance / 2
		}
		if r != ' ' {
			out = append(out, char{text: string(r), left: x + 0.5, right: x + w - 0.5, top: top, bottom: top - 10})
		} else {
			out = append(out, char{text: " "})
		}
		x += w
	}
	return append(out, char{text: "\r"}, char{text: "\n"})
}

// layoutPage lays out lines one row apart; a line "" leaves a row empty.
func layoutPage(lines ...string) page {
	var chars []char
	for y, l := range lines {
		chars = append(chars, layoutLine(l, y, 0)...)
	}
	return pageLines(chars, pageWidth)
}

// halves returns the width of s in half advances.
func halves(s string) int {
	n := 0
	for _, r := range s {
		n += 2
		if r < 0x80 {
			n--
		}
	}
	return n
}

// full returns s padded with 〇 before end to fill a line.
func full(s string, end string) string {
	return s + strings.Repeat("〇", (2*fullLine-halves(s+end))/2) + end
}

func TestJoin(t *testing.T) {
	tests := []struct {
		name  string
		pages []page
		want  string
	}{
		{"a date wrapped at the margin reads as one",
			[]page{layoutPage(full("弊社は", "2024年3"), "月15日に不正アクセスを確認しました。")},
			full("弊社は", "2024年3") + "月15日に不正アクセスを確認しました。"},
		{"a phone number wrapped onto the next page reads as one",
			[]page{layoutPage("お問い合わせ", full("専用ダイヤル", "0120-")), layoutPage("123-456(平日)")},
			"お問い合わせ\n" + full("専用ダイヤル", "0120-") + "123-456(平日)"},
		{"short lines stay lines",
			[]page{layoutPage("【漏えいした情報】", "氏名", "メールアドレス")},
			"【漏えいした情報】\n氏名\nメールアドレス"},
		{"a sentence ending at the margin ends its line",
			[]page{layoutPage(full("本件について", "た。"), "今後の対応")},
			full("本件について", "た。") + "\n今後の対応"},
		{"a heading reaching the margin does not take the next item",
			[]page{layoutPage(full("対象のお客様", "】"), "・氏名")},
			full("対象のお客様", "】") + "\n・氏名"},
		{"a quotation reaching the margin goes on before a particle",
			[]page{layoutPage(full("「", "サービス」"), "が停止しました")},
			full("「", "サービス」") + "が停止しました"},
		{"a line short of the margin by more than the next word ends",
			[]page{layoutPage(full("本文", "。"), strings.TrimSuffix(full("受付", "〇〇〇"), "〇〇〇"), "窓口")},
			full("本文", "。") + "\n" + strings.TrimSuffix(full("受付", "〇〇〇"), "〇〇〇") + "\n窓口"},
		{"a Latin word that did not fit keeps its space",
			[]page{layoutPage(full("調査会社", "Payment Card"), "Forensics株式会社")},
			full("調査会社", "Payment Card") + " Forensics株式会社"},
		{"a bracketed address that did not fit joins its line",
			[]page{layoutPage(full("通販サイト", "「ショップ"), "(https://shop.example.jp/)」が")},
			full("通販サイト", "「ショップ") + "(https://shop.example.jp/)」が"},
		{"page numbers at the foot and head of a page are dropped",
			[]page{layoutPage("一頁目の本文", "- 1 -"), layoutPage("2/3", "二頁目の本文")},
			"一頁目の本文\n二頁目の本文"},
		{"an empty row is a paragraph break",
			[]page{layoutPage("一段落目", "", "二段落目", "続き")},
			"一段落目\n\n二段落目\n続き"},
		{"no line near the margin: nothing joins",
			[]page{layoutPage("二〇二四年三月一五日", "株式会社サンプル")},
			"二〇二四年三月一五日\n株式会社サンプル"},
	}
	for _, tt := range tests {
		if got := join(tt.pages); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestPageLinesSplitsWhereALineStartsBelowAndLeft(t *testing.T) {
	// pdfium reports no line end after a lone small glyph: the next line
	// starts left of it and below it.
	dash := char{text: "-", left: 50, right: 54, top: 796, bottom: 795}
	chars := append([]char{dash}, layoutLine("対象期間", 1, 0)...)
	p := pageLines(chars, pageWidth)
	if len(p.lines) != 2 || p.lines[0].text != "-" || p.lines[1].text != "対象期間" {
		t.Fatalf("lines %+v", p.lines)
	}
}

func TestRightAlignedLinesStayLines(t *testing.T) {
	// A dateline and a signature set flush right reach the margin but are
	// short: not wrapped.
	date, name := "2024年3月15日", "株式会社サンプル"
	chars := layoutLine(full("本文", "。"), 0, 0)
	chars = append(chars, layoutLine(date, 1, fullLine-(halves(date)+1)/2)...)
	chars = append(chars, layoutLine(name, 2, fullLine-halves(name)/2)...)
	got := join([]page{pageLines(chars, pageWidth)})
	if want := full("本文", "。") + "\n" + date + "\n" + name; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCleanDropsControlsAndUnmappedGlyphs(t *testing.T) {
	if got := clean("a\x00b\ufffe\ufffdc\td"); got != "abc\td" {
		t.Errorf("clean = %q", got)
	}
}

func TestRunningHeadersAndFootersAreDropped(t *testing.T) {
	// A browser's header (print date, title) and footer (address, page
	// count) on each page; the notice's own title stays, and the sentence
	// wrapped from one page onto the next reads as one.
	header := []string{"2026/01/05 9:30", "お知らせ"}
	page1 := append(header, "お知らせ", full("弊社は", "2024年3"), "https://example.jp/notice", "1/2")
	page2 := append(header, "月15日に確認しました。", "https://example.jp/notice", "2/2")
	got := join([]page{layoutPage(page1...), layoutPage(page2...)})
	if want := "お知らせ\n" + full("弊社は", "2024年3") + "月15日に確認しました。"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestHeadersAndFootersInTheMarginDoNotMoveIt(t *testing.T) {
	// A browser prints its header and footer in the page margin, further
	// left and right than the text: the body's margins are where most lines
	// start and where lines end near the mirror of that.
	chars := layoutLine("2026/01/05 9:30", 0, -3)
	chars = append(chars, layoutLine(full("弊社は", "2024年3"), 1, 0)...)
	chars = append(chars, layoutLine("月15日に確認しました。", 2, 0)...)
	chars = append(chars, layoutLine("以上", 3, 0)...)
	chars = append(chars, layoutLine("file:///notice.html", 4, 47)...)
	got := join([]page{pageLines(chars, pageWidth)})
	if want := "2026/01/05 9:30\n" + full("弊社は", "2024年3") + "月15日に確認しました。\n以上\nfile:///notice.html"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
