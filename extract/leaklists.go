package extract

import (
	"regexp"
	"sort"
	"strings"
)

// A list under a leak heading runs over at most maxListLines lines and ends
// after maxListMisses lines in a row that name no field.
const (
	maxListLines  = 16
	maxListMisses = 5
)

// leakLists returns a test of whether an offset is on a list line under a
// leak heading (【流出した可能性のある情報】, 流出した情報), and the first
// cells of the table rows among them that name no field. A list is the
// lines with a field after such a heading, up to another heading, prose
// after the list, or maxListMisses lines in a row without a field.
func (d *Doc) leakLists() (inList func(int) bool, tableItems []Range) {
	var ranges []Range
	for li := range d.Lines {
		if cell, ok := d.firstCell(d.Lines[li]); ok && d.leakHeading(d.Text[cell.Start:cell.End]) {
			// A table row labelled as what leaked: 流出した情報 | 氏名、住所 |
			ranges = append(ranges, Range{cell.End, d.Lines[li].End})
		}
		if !d.leakHeading(d.Line(li)) {
			continue
		}
		misses, listed := 0, false
		for j := li + 1; j < len(d.Lines) && j <= li+maxListLines && misses < maxListMisses; j++ {
			line := d.Line(j)
			if line == "" {
				continue
			}
			if j > li+1 && (strings.HasPrefix(line, "【") || headingNumber(line) || sectionNumberRe.MatchString(line)) && len(d.fieldsIn(d.Lines[j])) == 0 {
				break
			}
			if strings.Contains(line, "。") && listed {
				break // prose again: the list is over
			}
			if cell, ok := d.firstCell(d.Lines[j]); ok && listed && len(d.fieldsIn(d.Lines[j])) == 0 && d.isOtherItem(cell) {
				tableItems = append(tableItems, cell) // 配送先情報 | 9,000件 |
				continue
			}
			if strings.Contains(line, "。") || len(d.fieldsIn(d.Lines[j])) == 0 {
				misses++ // a sub-heading, a count, a bare bullet, who is affected
				continue
			}
			misses, listed = 0, true
			ranges = append(ranges, d.Lines[j])
		}
		// The heading's own line after its label: 流出した情報: 氏名、住所
		l := d.Lines[li]
		if i := strings.IndexAny(d.Text[l.Start:l.End], ":】"); i >= 0 {
			ranges = append(ranges, Range{l.Start + i, l.End})
		}
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i].Start < ranges[j].Start })
	return func(off int) bool {
		i := sort.Search(len(ranges), func(i int) bool { return ranges[i].End > off })
		return i < len(ranges) && ranges[i].Start <= off
	}, tableItems
}

// firstCell returns the first cell of a table row (項目 | 件数 |), trimmed.
func (d *Doc) firstCell(line Range) (Range, bool) {
	text := d.Text[line.Start:line.End]
	bar := strings.IndexByte(text, '|')
	if bar <= 0 {
		return Range{}, false
	}
	cell := Range{line.Start, line.Start + bar}
	for cell.Start < cell.End && d.Text[cell.Start] == ' ' {
		cell.Start++
	}
	for cell.End > cell.Start && d.Text[cell.End-1] == ' ' {
		cell.End--
	}
	return cell, cell.End > cell.Start
}

// leakHeading reports whether a line heads a list of leaked data: a short
// line with a leak heading word, a line that ends in a bracketed one
// (…ご利用されたお客様 - 【流出した可能性がある個人情報】), or a sentence that
// says the data follows (流出した情報は以下のとおりです。).
func (d *Doc) leakHeading(line string) bool {
	if strings.HasSuffix(line, "】") {
		if open := strings.LastIndex(line, "【"); open > 0 {
			line = line[open:]
		}
	}
	v := d.vocab
	if strings.HasSuffix(line, "。") && runesAtMost(line, maxIntroRunes) && hasAny(line, v.Words("list_intro")) {
		// 添付ファイルの記載内容は以下のとおりです。
		return hasAny(line, v.Words("leak_heading")) || hasAny(line, v.Words("leak_exposed"))
	}
	if line == "" || !runesAtMost(line, 40) || strings.Contains(line, "。") {
		return false
	}
	return hasAny(line, v.Words("leak_heading"))
}

// maxIntroRunes bounds a sentence that introduces a list of leaked data.
const maxIntroRunes = 80

// sectionNumberRe matches a section number with its title right after it
// (4.経過, (3)対応), which ends a list of data.
var sectionNumberRe = regexp.MustCompile(`^(?:\d{1,2}[.)]|\(\d{1,2}\))\S`)

// headingNumber reports whether a line starts with a section number: 1. (2) 3)
func headingNumber(line string) bool {
	return listMarkerRe.MatchString(firstRunes(line, 3)) && line != "" && (isDigit(line[0]) || line[0] == '(')
}
