package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkConvertSeeds converts the five seeds to JSON Lines in process,
// one batch per iteration, with two workers: the converter's own overhead
// on top of parsing (expansion, reorder buffer, encoding, writing).
func BenchmarkConvertSeeds(b *testing.B) {
	files := seeds(b)
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		require.NoError(b, err)
		size += st.Size()
	}
	args := append([]string{"-q", "-j", "2", "-format", "jsonl"}, files...)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkAppendString quotes the lines of the seeds, short and long
// strings of Chinese text as a Document holds them, with appendString.
func BenchmarkAppendString(b *testing.B) {
	var lines []string
	var size int64
	for _, f := range seeds(b) {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l)
			size += int64(len(l))
		}
	}
	b.SetBytes(size)
	buf := make([]byte, 0, 64<<10)
	for b.Loop() {
		for _, l := range lines {
			buf = appendString(buf[:0], l)
		}
	}
}
