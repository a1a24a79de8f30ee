// Command dictload builds a kagome tokenizer with an IPA dictionary, tokenizes
// one word and exits: the least any program that tokenizes Japanese with
// kagome pays at start, against which the start of the example extractor is
// measured (see the README's performance section).
//
//	dictload [full|shrink|flat]
//
// full (the default) loads kagome's full IPA dictionary, shrink kagome's
// shrunk one (no base forms or readings), flat the same shrunk dictionary
// from package ipadict, as package dict does.
package main

import (
	"fmt"
	"os"

	kdict "github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/jpbreach/jpbreach/internal/ipadict"
)

func main() {
	var d *kdict.Dict
	switch mode := append(os.Args[1:], "full")[0]; mode {
	case "full":
		d = ipa.Dict()
	case "shrink":
		d = ipa.DictShrink()
	case "flat":
		var err error
		if d, err = ipadict.Dict(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: dictload [full|shrink|flat]")
		os.Exit(2)
	}
	tok, err := tokenizer.New(d, tokenizer.OmitBosEos())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if len(tok.Tokenize("流出")) == 0 {
		fmt.Fprintln(os.Stderr, "dictload: no tokens")
		os.Exit(1)
	}
}
