//go:build !linux

package costcheck

import "time"

var processStart = time.Now()

// threadTime stands in for the thread's CPU time where the system has no
// such clock: wall time, which a busy machine inflates.
func threadTime() time.Duration { return time.Since(processStart) }
