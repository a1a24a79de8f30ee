//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStart times whole processes, side by side: the example extractor
// on one saved notice (its time to the first record, dictionary load
// included) and dictload, which only loads kagome's full IPA dictionary. The
// two run in turn, so that a machine's changing load falls on both; run with
//
//	go test ./internal/cmd/dictload -run XXX -bench Start -benchtime 10x
//
// and read the least wall time of each and their ratio (a busy machine only
// adds to wall time), and the largest peak RSS of each.
func BenchmarkStart(b *testing.B) {
	dir := b.TempDir()
	extract, dictload := filepath.Join(dir, "extract"), filepath.Join(dir, "dictload")
	for bin, pkg := range map[string]string{extract: "../../../examples/extract", dictload: "."} {
		if out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			b.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	notice := "../../../testdata/seed-000.txt"
	if _, err := os.Stat(notice); err != nil {
		b.Fatal(err)
	}
	leastExtract, leastLoad := time.Duration(1<<62), time.Duration(1<<62)
	var peakExtract, peakLoad int64
	for b.Loop() {
		d, rss := run(b, extract, notice)
		leastExtract, peakExtract = min(leastExtract, d), max(peakExtract, rss)
		d, rss = run(b, dictload, "full")
		leastLoad, peakLoad = min(leastLoad, d), max(peakLoad, rss)
	}
	b.ReportMetric(float64(leastExtract)/float64(time.Millisecond), "extract-ms")
	b.ReportMetric(float64(leastLoad)/float64(time.Millisecond), "fullipa-ms")
	b.ReportMetric(float64(leastExtract)/float64(leastLoad), "ratio")
	b.ReportMetric(float64(peakExtract)/1024, "extract-MiB")
	b.ReportMetric(float64(peakLoad)/1024, "fullipa-MiB")
}

// run runs a command to its end and returns its wall time and peak RSS in
// KiB.
func run(b *testing.B, name string, args ...string) (time.Duration, int64) {
	cmd := exec.Command(name, args...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s: %v", name, err)
	}
	return time.Since(start), cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
}
