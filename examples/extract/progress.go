package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progressMin is the smallest batch that gets a progress bar.
const progressMin = 4

// progress draws a progress bar on a terminal: files done, total, rate and
// time left. On anything but a terminal it draws nothing.
type progress struct {
	w     io.Writer // nil: draw nothing
	total int
	start time.Time
	mu    sync.Mutex
	n     int
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok && total >= progressMin && isTerminal(f) {
		p.w = w
	}
	return p
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// done records one finished file and redraws the bar.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if p.w != nil {
		fmt.Fprint(p.w, "\r"+progressLine(p.n, p.total, time.Since(p.start)))
	}
}

// finish clears the bar.
func (p *progress) finish() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", 72)+"\r")
	}
}

// barWidth is the width of the bar in characters.
const barWidth = 30

// progressLine renders the bar for n of total files done in elapsed time.
func progressLine(n, total int, elapsed time.Duration) string {
	filled := barWidth * n / max(total, 1)
	rate := float64(n) / max(elapsed.Seconds(), 1e-9)
	left := "?"
	if rate > 0 {
		left = time.Duration(float64(total-n) / rate * float64(time.Second)).Round(time.Second).String()
	}
	return fmt.Sprintf("[%s%s] %d/%d files  %.1f files/s  %s left",
		strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), n, total, rate, left)
}
