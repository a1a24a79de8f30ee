package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"text/tabwriter"
)

// topFields is how many of the most frequent leaked fields the summary lists.
const topFields = 10

// writeSummary prints a table of the batch: notices per cause and per year
// of publication, the total and median affected, and the most frequent
// leaked fields. total counts the inputs, failed ones included.
func writeSummary(w io.Writer, results []result, total int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "notices\t%d\t\n", len(results))
	if total > len(results) {
		fmt.Fprintf(tw, "failed\t%d\t\n", total-len(results))
	}
	causes, years, fields := map[string]int{}, map[string]int{}, map[string]int{}
	var affected []int64
	var sum int64
	for _, r := range results {
		n := r.rec
		for _, c := range n.Causes {
			causes[c]++
		}
		if len(n.Causes) == 0 {
			causes["(none stated)"]++
		}
		year := "(no date)"
		if n.Published != nil {
			year = strconv.Itoa(n.Published.Year)
		}
		years[year]++
		for _, f := range n.LeakedFields {
			fields[f]++
		}
		if n.Affected > 0 {
			affected = append(affected, n.Affected)
			sum += n.Affected
		}
	}
	fmt.Fprintf(tw, "affected, total\t%d\t\n", sum)
	fmt.Fprintf(tw, "affected, median\t%s\t\n", median(affected))
	fmt.Fprintf(tw, "notices stating a number\t%d\t\n", len(affected))
	section(tw, "per cause", byCount(causes, 0))
	section(tw, "per year published", byKey(years))
	section(tw, "most frequent leaked fields", byCount(fields, topFields))
	return tw.Flush()
}

type row struct {
	key string
	n   int
}

func section(w io.Writer, title string, rows []row) {
	fmt.Fprintf(w, "\t\t\n%s\t\t\n", title)
	for _, r := range rows {
		fmt.Fprintf(w, "  %s\t%d\t\n", r.key, r.n)
	}
}

// byCount returns the rows most frequent first (ties by key), at most limit
// of them when limit > 0.
func byCount(m map[string]int, limit int) []row {
	rows := rowsOf(m)
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].key < rows[j].key
	})
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return rows
}

// byKey returns the rows in key order.
func byKey(m map[string]int) []row {
	rows := rowsOf(m)
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	return rows
}

func rowsOf(m map[string]int) []row {
	rows := make([]row, 0, len(m))
	for k, n := range m {
		rows = append(rows, row{k, n})
	}
	return rows
}

// median returns the median of v, or "-" for none.
func median(v []int64) string {
	if len(v) == 0 {
		return "-"
	}
	s := append([]int64(nil), v...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return strconv.FormatInt(s[len(s)/2], 10)
	}
	return strconv.FormatInt((s[len(s)/2-1]+s[len(s)/2])/2, 10)
}
