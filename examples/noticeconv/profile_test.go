package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
		code int
	}{
		{"written", filepath.Join(dir, "cpu.out"), exitOK},
		{"unwritable", filepath.Join(dir, "missing", "cpu.out"), exitOutput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, nil, "-q", "-format", "jsonl", "-cpuprofile", tt.path, seeds(t)[0])
			require.Equal(t, tt.code, code, errOut)
			st, err := os.Stat(tt.path)
			if tt.code != exitOK {
				assert.Contains(t, errOut, "-cpuprofile")
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Positive(t, st.Size(), "a profile has at least its header")
		})
	}
}
