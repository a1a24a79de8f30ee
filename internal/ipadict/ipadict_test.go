package ipadict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"io"
	"os"
	"reflect"
	"slices"
	"testing"

	kdict "github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

var update = flag.Bool("update", false, "rewrite ipa.bin from kagome's shrunk IPA dictionary")

// TestDictEqualsKagomes checks that Dict is kagome's ipa.DictShrink, field
// for field, so that tokens are the same; with -update it first rewrites
// ipa.bin from it.
func TestDictEqualsKagomes(t *testing.T) {
	want := ipa.DictShrink()
	if want.Contents != nil {
		t.Fatal("kagome's dictionary is the full one: was ipa.Dict called first?")
	}
	if *update {
		var b bytes.Buffer
		if err := encode(&b, want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("ipa.bin", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("ipa.bin rewritten: run again without -update to check it")
	}
	got, err := Dict()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("ipa.bin differs from kagome's shrunk IPA dictionary: rewrite it with -update")
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	for _, s := range []string{"", "not a dictionary", data[:len(data)/2], data + "x", magic + "\xff\xff\xff\xff"} {
		if _, err := decode(s); err == nil {
			t.Errorf("decode of %d bytes: no error", len(s))
		}
	}
}

// encode writes d in the layout decode reads: for each part a count, then
// its little-endian numbers; the small parts in kagome's own formats.
func encode(w io.Writer, d *kdict.Dict) error {
	var b bytes.Buffer
	b.WriteString(magic)
	put := func(v ...any) {
		for _, x := range v {
			binary.Write(&b, binary.LittleEndian, x) // a bytes.Buffer does not fail
		}
	}
	count := func(n int) { put(uint32(n)) }
	str := func(s string) { count(len(s)); b.WriteString(s) }
	blob := func(part io.WriterTo) error {
		var p bytes.Buffer
		if _, err := part.WriteTo(&p); err != nil {
			return err
		}
		str(p.String())
		return nil
	}

	count(len(d.Morphs))
	for _, m := range d.Morphs {
		put(m.LeftID, m.RightID, m.Weight)
	}

	count(len(d.POSTable.NameList))
	for _, n := range d.POSTable.NameList {
		str(n)
	}
	var kinds []kdict.POS
	kindOf := make([]int, len(d.POSTable.POSs))
	for i, p := range d.POSTable.POSs {
		k := slices.IndexFunc(kinds, func(q kdict.POS) bool { return slices.Equal(p, q) })
		if k < 0 {
			k = len(kinds)
			kinds = append(kinds, p)
		}
		kindOf[i] = k
	}
	count(len(kinds))
	for _, p := range kinds {
		count(len(p))
		for _, id := range p {
			put(uint16(id))
		}
	}
	if len(kinds) > 1<<16 {
		return errors.New("more part-of-speech tuples than a uint16 numbers")
	}
	count(len(kindOf))
	for _, k := range kindOf {
		put(uint16(k))
	}

	count(len(d.Index.Da))
	for _, c := range d.Index.Da {
		put(c.Base, c.Check)
	}
	keys := make([]int32, 0, len(d.Index.Dup))
	for k := range d.Index.Dup {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	count(len(keys))
	for _, k := range keys {
		put(k, d.Index.Dup[k])
	}

	count(int(d.Connection.Row))
	count(int(d.Connection.Col))
	put(d.Connection.Vec)

	def := kdict.CharDef{CharClass: d.CharClass, CharCategory: d.CharCategory, InvokeList: d.InvokeList, GroupList: d.GroupList}
	for _, part := range []io.WriterTo{d.ContentsMeta, def, d.UnkDict, d.Info()} {
		if err := blob(part); err != nil {
			return err
		}
	}
	_, err := b.WriteTo(w)
	return err
}
