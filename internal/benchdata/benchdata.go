// Package benchdata loads the saved notices that benchmarks and cost
// measurements run on: each plain-text seed notice of testdata/, and about
// a megabyte made of them.
package benchdata

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Megabyte is the name Notices gives the concatenation.
const Megabyte = "1MB"

// Notices reads testdata/seed-00?.txt under root (the module root) and
// returns them by file name, with, under Megabyte, the notices repeated
// whole to about 1 MB, so that no character is cut.
func Notices(root string) (map[string][]byte, error) {
	files, err := filepath.Glob(filepath.Join(root, "testdata", "seed-00?.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("benchdata: no testdata/seed-00?.txt under %s", root)
	}
	in := map[string][]byte{}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		in[filepath.Base(f)] = data
		all = append(all, data...)
	}
	in[Megabyte] = bytes.Repeat(all, (1<<20)/len(all)+1)
	return in, nil
}
