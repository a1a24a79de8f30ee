package pdftext

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
)

// wasmEngine hands out pdfium instances, each from a wazero runtime of its
// own: wazero v1.9.0 lets instances of one runtime race on the function
// types of emscripten's invoke_ imports (a lazily cached key), so runtimes
// are never shared by goroutines running at once. Runtimes are started on
// demand, at most GOMAXPROCS of them, and kept for the process.
type wasmEngine struct {
	idle  chan pdfium.Pool // runtimes not in use
	mu    sync.Mutex
	made  int // runtimes started
	limit int
}

// engine returns the process's engine; it starts no runtime.
var engine = sync.OnceValue(func() *wasmEngine {
	n := runtime.GOMAXPROCS(0)
	return &wasmEngine{idle: make(chan pdfium.Pool, n), limit: n}
})

// instance is a pdfium instance and the runtime it belongs to.
type instance struct {
	pdfium.Pdfium
	pool pdfium.Pool
}

// acquire returns a fresh pdfium instance from an idle runtime, or a new
// runtime while fewer than the limit are started. When all are busy it waits
// if wait is set and returns nil otherwise.
func (e *wasmEngine) acquire(wait bool) (*instance, error) {
	var pool pdfium.Pool
	select {
	case pool = <-e.idle:
	default:
		e.mu.Lock()
		start := e.made < e.limit
		if start {
			e.made++
		}
		e.mu.Unlock()
		switch {
		case start:
			p, err := startRuntime()
			if err != nil {
				e.mu.Lock()
				e.made--
				e.mu.Unlock()
				return nil, err
			}
			pool = p
		case wait:
			pool = <-e.idle
		default:
			return nil, nil
		}
	}
	inst, err := pool.GetInstance(time.Minute)
	if err != nil {
		e.idle <- pool
		return nil, fmt.Errorf("starting a pdfium instance: %w", err)
	}
	return &instance{inst, pool}, nil
}

// release discards an instance, so that no document's memory or state
// outlives it, and returns its runtime to the idle ones.
func (e *wasmEngine) release(inst *instance) {
	inst.Close()
	e.idle <- inst.pool
}

// startRuntime compiles pdfium into a new wazero runtime that serves one
// instance at a time.
func startRuntime() (pdfium.Pool, error) {
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:  0,
		MaxIdle:  1,
		MaxTotal: 1,
		// No file system: documents are handed over as bytes.
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: runtimeConfig(),
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
	if err != nil {
		return nil, fmt.Errorf("starting pdfium: %w", err)
	}
	return pool, nil
}

// runtimeConfig keeps wazero's compiled pdfium in the user's cache
// directory, which makes later starts some twenty times cheaper; without
// one, each runtime compiles.
func runtimeConfig() wazero.RuntimeConfig {
	config := wazero.NewRuntimeConfig()
	dir, err := os.UserCacheDir()
	if err != nil {
		return config
	}
	cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "jpbreach", "wazero"))
	if err != nil {
		return config
	}
	return config.WithCompilationCache(cache)
}
