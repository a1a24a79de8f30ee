package main

import (
	"io"
	"sync"

	"github.com/jpbreach/jpbreach/notice"
)

// result is the outcome of one input.
type result struct {
	source string
	rec    *notice.Notice
	err    error
}

// parseAll parses the inputs with workers goroutines and returns the results
// in input order. done is called once per finished input.
func parseAll(inputs []input, stdin io.Reader, workers int, done func()) []result {
	results := make([]result, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(1, len(inputs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in := inputs[i]
				r := result{source: in.source}
				b, err := in.read(stdin)
				if err == nil {
					r.rec, err = notice.Parse(b)
				}
				r.err = err
				results[i] = r
				done()
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}
