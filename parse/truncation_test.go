package parse

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTruncatedInputsNeverPanic cuts every notice the repository holds
// (seeds and layouts) at 80 byte offsets each, drawn at random with a
// fixed seed — mid-rune, mid-table,
// mid-clause, as archives and excerpts cut them — and parses each prefix:
// a truncated notice may parse badly, but must never panic.
func TestTruncatedInputsNeverPanic(t *testing.T) {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	layouts, err := filepath.Glob("../testdata/layouts/*.txt")
	require.NoError(t, err)
	files = append(files, layouts...)
	require.NotEmpty(t, files)
	cuts := 80
	if testing.Short() {
		cuts = 10
	}
	rng := rand.New(rand.NewPCG(9704, 2012)) // fixed: the same cuts every run
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for range cuts {
			cut := 1 + rng.IntN(len(data)-1)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s cut at byte %d: panic: %v", filepath.Base(f), cut, r)
					}
				}()
				_, _ = Bytes(data[:cut], WithReplaceInvalid())
			}()
		}
	}
}
