// Command parsecost runs Parse, or kagome alone, once on about 1 MB of the
// saved notices, so that an instruction counter can compare the two where
// a busy machine makes timings useless:
//
//	go build -o /tmp/parsecost ./internal/cmd/parsecost
//	for mode in parse tokenize; do
//		GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind \
//			--toggle-collect=main.measure --callgrind-out-file=/tmp/$mode.out /tmp/parsecost $mode
//	done
//
// Only main.measure is counted: not the dictionary load, not the garbage
// collector (GOGC=off; the bytes each mode allocates are printed instead,
// since collection costs in proportion to them). GOMAXPROCS=1 keeps the
// measured goroutine on one thread, which callgrind's toggle follows;
// asyncpreemptoff spares callgrind Go's preemption signals.
//
// Modes: parse (notice.Parse on the raw bytes), tokenize (kagome's Tokenize
// on every non-blank line of the normalized text, what Parse would cost if
// it did nothing but tokenize), normalize.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/internal/benchdata"
	"github.com/jpbreach/jpbreach/normalize"
	"github.com/jpbreach/jpbreach/notice"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: parsecost parse|tokenize|normalize (run from the module root)")
		os.Exit(2)
	}
	mode := os.Args[1]
	tok, err := dict.Tokenizer()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	in, err := benchdata.Notices(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	input := in[benchdata.Megabyte]
	text, _ := normalize.Normalize(string(input), nil)
	if _, err := notice.Parse([]byte("2017年7月26日 お知らせ")); err != nil { // compile what Parse compiles once
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	measure(mode, input, text, tok)
	runtime.ReadMemStats(&after)
	fmt.Printf("%s: %d bytes in, %d bytes allocated\n", mode, len(input), after.TotalAlloc-before.TotalAlloc)
}

// measure is the function callgrind counts.
//
//go:noinline
func measure(mode string, input []byte, text string, tok *tokenizer.Tokenizer) {
	switch mode {
	case "parse":
		if _, err := notice.Parse(input); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "tokenize":
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) != "" {
				tok.Tokenize(l)
			}
		}
	case "normalize":
		normalize.Normalize(string(input), nil)
	default:
		fmt.Fprintln(os.Stderr, "parsecost: unknown mode", mode)
		os.Exit(2)
	}
}
