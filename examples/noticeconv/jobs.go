package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// peakPerInputByte is how many bytes of memory parsing takes per byte of
// input at its peak: 100 MB of text took 2.7 GB (the decoded text, its
// lines, blocks and the document with spans), so 30 with some margin.
const peakPerInputByte = 30

// defaultJobs sizes -j when it is not given: the CPUs, but no more
// workers than half the available memory can hold at the peak of parsing
// the largest input (at least one). avail is 0 when unknown.
func defaultJobs(cpus int, avail, largest int64) int {
	if avail <= 0 || largest <= 0 {
		return cpus
	}
	fit := avail / 2 / (largest * peakPerInputByte)
	return int(max(1, min(int64(cpus), fit)))
}

// largestInput is the size of the largest input file (0 if none).
func largestInput(inputs []input) int64 {
	var n int64
	for _, in := range inputs {
		if in.err != nil || in.path == "-" {
			continue
		}
		if st, err := os.Stat(in.path); err == nil {
			n = max(n, st.Size())
		}
	}
	return n
}

// availableMemory returns MemAvailable from /proc/meminfo in bytes, or 0
// where it cannot be read (not Linux).
func availableMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
