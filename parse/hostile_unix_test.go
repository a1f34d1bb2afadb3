//go:build unix

package parse_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse"
)

// TestFileRefusesAFIFO: File on a named pipe returns at once with
// ErrUnsupportedFormat instead of blocking until a writer comes.
func TestFileRefusesAFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := parse.File(path)
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, parse.ErrUnsupportedFormat)
		assert.ErrorContains(t, err, "named pipe")
	case <-time.After(10 * time.Second):
		f, _ := os.OpenFile(path, os.O_WRONLY, 0) // release the blocked reader
		f.Close()
		t.Fatal("File blocked on a named pipe")
	}
}
