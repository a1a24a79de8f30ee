package dict_test

import (
	"fmt"

	"github.com/jpbreach/jpbreach/dict"
)

// The vocabularies are data: each wording of a kind of personal data names
// its field id.
func ExampleLoad() {
	v := dict.Load()
	for _, f := range v.FieldsStartingWith('ク') {
		if f.Wording == "クレジットカード番号" {
			fmt.Println(f.Wording, f.Field)
		}
	}
	// Output:
	// クレジットカード番号 card_number
}

// The shared tokenizer reads a field wording of four or more characters as
// one token, from the user dictionary built out of fields.tsv.
func ExampleTokenizer() {
	tok, err := dict.Tokenizer()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range tok.Tokenize("クレジットカード番号が流出") {
		fmt.Println(t.Surface, t.POS()[0])
	}
	// Output:
	// クレジットカード番号 名詞
	// が 助詞
	// 流出 名詞
}
