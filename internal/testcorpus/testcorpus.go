// Package testcorpus finds the development corpus that tests measure on.
//
// The corpus is other people's words and stays outside the repository, in
// ../shared/corpus beside the checkout (or $JPBREACH_CORPUS). A test that
// needs it skips where it is absent, unless $JPBREACH_REQUIRE_CORPUS is set,
// as CI sets it, so that a missing corpus fails rather than passes quietly.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the corpus folder (holding texts/ and gold/) for a test run
// in a package one level below the module root, skipping or failing tb
// where it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("JPBREACH_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, "texts")); err != nil {
		if os.Getenv("JPBREACH_REQUIRE_CORPUS") != "" {
			tb.Fatalf("no corpus at %s: %v", dir, err)
		}
		tb.Skipf("no corpus at %s (set JPBREACH_CORPUS): %v", dir, err)
	}
	return dir
}
