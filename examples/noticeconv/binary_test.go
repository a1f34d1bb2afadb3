package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// TestMain removes the binary built by binary.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// binary builds the noticeconv command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "noticeconv-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "noticeconv")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("%v\n%s", err, out)
		}
	})
	require.NoError(t, binErr)
	return binPath
}

// TestBinaryAsStreamingMapper runs the real binary the way Hadoop
// Streaming does: requests written to its stdin pipe, one result read back
// per request while the pipe stays open.
func TestBinaryAsStreamingMapper(t *testing.T) {
	cmd := exec.Command(binary(t), "-stream", "-q", "-j", "2")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	out := bufio.NewScanner(stdout)
	out.Buffer(nil, 64<<20)
	files := seeds(t)
	for i := range 20 {
		f := files[i%len(files)]
		if i%4 == 3 {
			f = filepath.Join(t.TempDir(), "missing.txt")
		}
		_, err := fmt.Fprintf(stdin, "{\"path\": %q}\n", f)
		require.NoError(t, err)
		require.True(t, out.Scan(), "result %d", i+1)
		var res streamResult
		require.NoError(t, json.Unmarshal(out.Bytes(), &res))
		assert.Equal(t, i+1, res.Line)
		assert.Equal(t, f, res.Name)
		assert.Equal(t, i%4 != 3, res.OK)
	}
	require.NoError(t, stdin.Close())
	assert.False(t, out.Scan())
	require.NoError(t, cmd.Wait(), "exit 0 although some requests failed")
}

// TestBinaryInterrupt sends SIGINT to a running batch: it must stop with
// exit code 130 and leave only complete outputs.
func TestBinaryInterrupt(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seeds(t)[2])
	require.NoError(t, err)
	for i := range 300 {
		writeFile(t, dir, fmt.Sprintf("in/%03d.txt", i), seed)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(binary(t), "-j", "1", "-o", out, filepath.Join(dir, "in"))
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(out, "002.json")); err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = cmd.Wait()
	if cmd.ProcessState.ExitCode() == exitOK {
		t.Skip("the batch finished before the signal arrived")
	}
	assert.Equal(t, exitSignal, cmd.ProcessState.ExitCode(), "%v", err)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Less(t, len(entries), 300)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(out, e.Name()))
		require.NoError(t, err)
		assert.True(t, json.Valid(data), "%s is complete", e.Name())
	}
}
