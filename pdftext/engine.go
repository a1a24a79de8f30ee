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

// wasmEngine is pdfium compiled once, with instances made from it on demand.
type wasmEngine struct {
	pool  pdfium.Pool
	slots chan struct{} // one per instance in use: at most GOMAXPROCS
}

// engine compiles pdfium on the first call and returns the process's engine.
var engine = sync.OnceValues(func() (*wasmEngine, error) {
	n := runtime.GOMAXPROCS(0)
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:  0,
		MaxIdle:  n,
		MaxTotal: n,
		// No file system: documents are handed over as bytes.
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: runtimeConfig(),
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
	if err != nil {
		return nil, fmt.Errorf("starting pdfium: %w", err)
	}
	return &wasmEngine{pool: pool, slots: make(chan struct{}, n)}, nil
})

// runtimeConfig keeps wazero's compiled pdfium in the user's cache
// directory, which makes later starts some ten times cheaper; without one,
// each process compiles.
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

// acquire returns a fresh pdfium instance: waiting for a free slot when
// wait is set, or else nil when none is free. Each instance is discarded on
// release, so that no document's memory or state outlives it.
func (e *wasmEngine) acquire(wait bool) (pdfium.Pdfium, error) {
	if wait {
		e.slots <- struct{}{}
	} else {
		select {
		case e.slots <- struct{}{}:
		default:
			return nil, nil
		}
	}
	inst, err := e.pool.GetInstance(time.Minute)
	if err != nil {
		<-e.slots
		return nil, fmt.Errorf("starting a pdfium instance: %w", err)
	}
	return inst, nil
}

// release discards an instance and frees its slot.
func (e *wasmEngine) release(inst pdfium.Pdfium) {
	inst.Close()
	<-e.slots
}
