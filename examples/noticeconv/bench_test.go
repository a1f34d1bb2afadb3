package main

import (
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkConvertSeeds converts the five seeds to JSON Lines in process,
// one batch per iteration, with two workers: the converter's own overhead
// on top of parsing (expansion, reorder buffer, encoding, writing).
func BenchmarkConvertSeeds(b *testing.B) {
	files := seeds(&testing.T{})
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
