package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommittedTables: the committed t2s.txt and s2t.txt are what gen
// writes from OpenCC's dictionary — s2t.txt from the committed t2s.txt,
// which this test embeds as the second go:generate command does. A table
// edited by hand, or a t2s.txt written without the s2t.txt it implies,
// fails.
func TestCommittedTables(t *testing.T) {
	dir := openccDictionary(goEnv("GOMODCACHE"))
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("OpenCC's dictionary is not in the module cache (go mod download %s): %v", openccModule, err)
	}
	for name, text := range map[string]func(string) (string, error){"t2s.txt": t2sText, "s2t.txt": s2tText} {
		want, err := text(dir)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join("..", "..", "script", name))
		require.NoError(t, err)
		assert.Equal(t, want, string(got), "%s is not what gen writes: go generate ./segment", name)
	}
}
