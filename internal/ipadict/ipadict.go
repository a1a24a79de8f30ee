// Package ipadict holds kagome's shrunk IPA dictionary (parts of speech,
// costs and the word index; no base forms or readings) in a form that loads
// in milliseconds.
//
// kagome's own copy is a zip archive read with encoding/binary one number at
// a time and with encoding/gob: loading it costs about half a second of CPU
// and allocates three times what it keeps. ipa.bin holds the same
// dictionary as flat little-endian arrays, decoded in one pass each;
// the package's test checks that Dict equals kagome's ipa.DictShrink field
// for field, and rewrites ipa.bin with -update after a kagome-dict upgrade.
// The data is mecab-ipadic's (see NOTICE.txt).
package ipadict

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	kdict "github.com/ikawaha/kagome-dict/dict"
)

//go:embed ipa.bin
var data string

// magic starts ipa.bin and names its layout.
const magic = "jpbreach ipa shrunk v1\n"

// Dict returns the shrunk IPA dictionary, decoded on first use. It is
// shared: callers must not modify it.
func Dict() (*kdict.Dict, error) {
	return load()
}

var load = sync.OnceValues(func() (*kdict.Dict, error) {
	d, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("ipadict: %w", err)
	}
	return d, nil
})

// decode reads the layout encode writes.
func decode(s string) (*kdict.Dict, error) {
	if !strings.HasPrefix(s, magic) {
		return nil, errors.New("not an ipa.bin of this version")
	}
	r := &reader{s: s, at: len(magic)}
	d := &kdict.Dict{}

	d.Morphs = make(kdict.Morphs, r.count())
	for i := range d.Morphs {
		d.Morphs[i] = kdict.Morph{LeftID: r.int16(), RightID: r.int16(), Weight: r.int16()}
	}

	d.POSTable.NameList = make([]string, r.count())
	for i := range d.POSTable.NameList {
		d.POSTable.NameList[i] = r.str()
	}
	kinds := make([]kdict.POS, r.count()) // the distinct tuples of POS ids, 69 in IPA
	for i := range kinds {
		kinds[i] = make(kdict.POS, r.count())
		for j := range kinds[i] {
			kinds[i][j] = kdict.POSID(r.uint16())
		}
	}
	d.POSTable.POSs = make([]kdict.POS, r.count())
	for i := range d.POSTable.POSs {
		k := int(r.uint16())
		if k >= len(kinds) {
			return nil, errors.New("bad part-of-speech index")
		}
		d.POSTable.POSs[i] = kinds[k] // shared: kagome only reads them
	}

	d.Index.Da = make([]struct{ Base, Check int32 }, r.count())
	for i := range d.Index.Da {
		d.Index.Da[i].Base, d.Index.Da[i].Check = r.int32(), r.int32()
	}
	d.Index.Dup = r.int32Map()

	d.Connection.Row, d.Connection.Col = int64(r.count()), int64(r.count())
	d.Connection.Vec = make([]int16, d.Connection.Row*d.Connection.Col)
	for i := range d.Connection.Vec {
		d.Connection.Vec[i] = r.int16()
	}

	// The small parts in kagome's own formats.
	var err error
	if d.ContentsMeta, err = kdict.ReadContentsMeta(r.blob()); err != nil {
		return nil, err
	}
	def, err := kdict.ReadCharDef(r.blob())
	if err != nil {
		return nil, err
	}
	d.CharClass, d.CharCategory, d.InvokeList, d.GroupList = def.CharClass, def.CharCategory, def.InvokeList, def.GroupList
	if d.UnkDict, err = kdict.ReadUnkDic(r.blob()); err != nil {
		return nil, err
	}
	d.SetInfo(kdict.ReadDictInfo(r.blob()))
	if r.err != nil {
		return nil, r.err
	}
	if r.at != len(s) {
		return nil, errors.New("trailing bytes")
	}
	return d, nil
}

// reader reads little-endian numbers from a string; past its end it
// returns zeros and sets err.
type reader struct {
	s   string
	at  int
	err error
}

func (r *reader) next(n int) string {
	if r.err != nil || len(r.s)-r.at < n {
		r.err = errors.New("truncated")
		return strings.Repeat("\x00", n)
	}
	r.at += n
	return r.s[r.at-n : r.at]
}

func (r *reader) uint16() uint16 {
	b := r.next(2)
	return uint16(b[0]) | uint16(b[1])<<8
}

func (r *reader) int16() int16 { return int16(r.uint16()) }

func (r *reader) uint32() uint32 {
	b := r.next(4)
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (r *reader) int32() int32 { return int32(r.uint32()) }

// count reads a length or an index, bounded by what is left to read so that
// a damaged file cannot ask for a huge allocation.
func (r *reader) count() int {
	n := int(r.uint32())
	if n > len(r.s)-r.at && n > 1<<16 {
		r.err = errors.New("bad length")
		return 0
	}
	return n
}

func (r *reader) str() string { return r.next(r.count()) }

func (r *reader) blob() *strings.Reader { return strings.NewReader(r.str()) }

func (r *reader) int32Map() map[int32]int32 {
	n := r.count()
	m := make(map[int32]int32, n)
	for range n {
		k := r.int32()
		m[k] = r.int32()
	}
	return m
}
