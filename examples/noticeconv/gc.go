package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the GOGC noticeconv runs with: the heap may grow to five
// times the live data between collections. A batch of small notices keeps
// little alive (a few documents per worker) and allocates tens of bytes
// per input byte, so with Go's default (100) it collected every few
// notices, about 10 % of the CPU of `scripts/bench.sh batch`.
const gcPercent = 400

// tuneGC sets GOGC to gcPercent with a soft memory limit of half the
// available memory (avail bytes; 0 when unknown, then nothing changes), so
// that the larger heap target never reaches into memory that large inputs
// need: defaultJobs sizes -j to keep their live data within that half.
// GOGC or GOMEMLIMIT in the environment take precedence.
func tuneGC(avail int64) {
	if avail <= 0 || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(avail / 2)
	debug.SetGCPercent(gcPercent)
}
