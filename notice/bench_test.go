package notice

import (
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jpbreach/jpbreach/dict"
	"github.com/jpbreach/jpbreach/internal/benchdata"
	"github.com/jpbreach/jpbreach/normalize"
)

// The benchmarks put Parse beside what it cannot avoid: kagome tokenizing the
// same normalized text, line by line as Parse does, and nothing else. Run with
//
//	go test ./notice -run XXX -bench . -benchmem
//
// and compare Parse/X with Tokenize/X: MB/s, allocs/op over the input size,
// and cpu-ms/op, the process's CPU time per operation, which a shared or
// throttled machine does not inflate as it does wall time.

func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	in, err := benchdata.Notices("..")
	if err != nil {
		b.Fatal(err)
	}
	return in
}

func BenchmarkParse(b *testing.B) {
	if _, err := dict.Tokenizer(); err != nil {
		b.Fatal(err)
	}
	for name, input := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := Parse(input); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

func BenchmarkTokenize(b *testing.B) {
	tok, err := dict.Tokenizer()
	if err != nil {
		b.Fatal(err)
	}
	for name, input := range benchInputs(b) {
		text, _ := normalize.Normalize(string(input), nil)
		lines := strings.Split(text, "\n")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				for _, l := range lines {
					if strings.TrimSpace(l) != "" {
						tok.Tokenize(l)
					}
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkBatch parses the saved notices as a batch run does, one worker per
// GOMAXPROCS. Compare
//
//	go test ./notice -run XXX -bench Batch -cpu 1,2
//
// for how a batch scales with cores: the tokenizer and the vocabularies are
// shared, so nothing but the machine should hold a second core back.
func BenchmarkBatch(b *testing.B) {
	if _, err := dict.Tokenizer(); err != nil {
		b.Fatal(err)
	}
	var batch [][]byte
	size := 0
	for name, input := range benchInputs(b) {
		if name != benchdata.Megabyte {
			for range 4 {
				batch = append(batch, input)
				size += len(input)
			}
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		work := make(chan []byte)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for input := range work {
					if _, err := Parse(input); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, input := range batch {
			work <- input
		}
		close(work)
		wg.Wait()
	}
}
