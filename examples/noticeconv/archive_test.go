package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/examples/noticeconv/archivegen"
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

var (
	archiveFiles = flag.Int("archive.files", 10000, "BenchmarkArchive: number of notices to generate")
	archiveJobs  = flag.Int("archive.j", 2, "BenchmarkArchive: -j for noticeconv")
)

// archive is a generated archive with the signatures its outputs must have.
type archive struct {
	in      string
	entries []archivegen.Entry
	refs    []archivegen.Signature // by seed index
	bytes   int64
}

// makeArchive generates n notices (10 % corrupt) from the seeds under dir.
func makeArchive(tb testing.TB, dir string, n int) *archive {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	a := &archive{in: filepath.Join(dir, "in")}
	var seedTexts [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(tb, err)
		seedTexts = append(seedTexts, data)
		doc, err := parse.Bytes(data, parse.WithName(f))
		require.NoError(tb, err, "seed %s must parse", f)
		a.refs = append(a.refs, archivegen.Sign(doc))
	}
	a.entries, err = archivegen.Generate(a.in, seedTexts, n, 10, 1)
	require.NoError(tb, err)
	for _, e := range a.entries {
		st, err := os.Stat(e.Path)
		require.NoError(tb, err)
		a.bytes += st.Size()
	}
	return a
}

// verify proves that nothing was lost: every corrupt file is in the errors
// log and has no output, every good file has an output whose signature is
// its seed's (adjusted for the variant), and nothing else was written.
func (a *archive) verify(tb testing.TB, out, errFile string) (good, bad int) {
	tb.Helper()
	failed := map[string]string{}
	f, err := os.Open(errFile)
	require.NoError(tb, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var fl failure
		require.NoError(tb, json.Unmarshal(sc.Bytes(), &fl))
		failed[fl.Path] = string(fl.Kind)
	}
	mismatches := 0
	for _, e := range a.entries {
		rel, err := filepath.Rel(a.in, e.Path)
		require.NoError(tb, err)
		outPath := filepath.Join(out, strings.TrimSuffix(rel, filepath.Ext(rel))+".json")
		data, readErr := os.ReadFile(outPath)
		if e.Corrupt {
			bad++
			assert.Contains(tb, failed, filepath.ToSlash(rel), "corrupt file %s (%s) not reported by its path below the input", e.Path, e.Variant)
			assert.Error(tb, readErr, "corrupt file %s has an output", e.Path)
			continue
		}
		good++
		if !assert.NotContains(tb, failed, filepath.ToSlash(rel), "good file %s (%s) failed", e.Path, e.Variant) ||
			!assert.NoError(tb, readErr, "good file %s has no output", e.Path) {
			mismatches++
			continue
		}
		var doc model.Document
		require.NoError(tb, json.Unmarshal(data, &doc), outPath)
		want := archivegen.Expect(e, a.refs[e.Seed])
		if got := archivegen.Sign(&doc); got != want {
			mismatches++
			if mismatches <= 10 {
				tb.Errorf("%s (seed %d, %s): output %+v, want %+v", e.Path, e.Seed, e.Variant, got, want)
			}
		}
	}
	assert.Zero(tb, mismatches, "good files whose output is missing or wrong")
	assert.Len(tb, failed, bad, "only the corrupt files failed")
	var written int
	require.NoError(tb, filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			written++
			assert.Equal(tb, ".json", filepath.Ext(p), "stray file %s", p)
		}
		return err
	}))
	assert.Equal(tb, good, written, "one output per good file, no temporary files")
	return good, bad
}

// TestArchiveBatchLosesNothing converts a small generated archive in
// process and checks every output. It depends on the core parser and the
// GB18030 reader for the variants to match their seeds.
func TestArchiveBatchLosesNothing(t *testing.T) {
	dir := t.TempDir()
	a := makeArchive(t, dir, 200)
	out, errFile := filepath.Join(dir, "out"), filepath.Join(dir, "errors.jsonl")
	code, _, errOut := runCmd(t, nil, "-j", "2", "-o", out, "-errors", errFile, a.in)
	assert.Equal(t, exitFailed, code)
	good, bad := a.verify(t, out, errFile)
	assert.Equal(t, 180, good)
	assert.Equal(t, 20, bad)
	assert.Contains(t, errOut, "180 ok, 20 failed, 0 skipped")

	// A second run with -resume redoes nothing but the failures.
	code, _, errOut = runCmd(t, nil, "-j", "2", "-resume", "-o", out, "-errors", errFile, a.in)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "0 ok, 20 failed, 180 skipped")
}

// BenchmarkArchive converts a generated archive of -archive.files notices
// (default 10,000: the five seeds in four variants each, 10 % corrupt)
// with the real binary and -j -archive.j (default 2), then proves that
// every good file's output exists and is correct and every corrupt file
// is reported. It reports docs/s, MB/s and the peak RSS of the converter.
//
//	go test ./examples/noticeconv -run '^$' -bench Archive -benchtime 1x
func BenchmarkArchive(b *testing.B) {
	dir := b.TempDir()
	start := time.Now()
	a := makeArchive(b, dir, *archiveFiles)
	b.Logf("generated %d files, %.1f MB in %s", len(a.entries), float64(a.bytes)/1e6, time.Since(start).Round(time.Millisecond))
	bin := filepath.Join(dir, "noticeconv")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(b, build.Run())

	var out, errFile string
	var rssKB int64
	var cpu time.Duration
	b.SetBytes(a.bytes)
	b.ResetTimer()
	runs := 0
	for b.Loop() {
		runs++
		out, errFile = filepath.Join(dir, fmt.Sprintf("out%d", runs)), filepath.Join(dir, fmt.Sprintf("errors%d.jsonl", runs))
		cmd := exec.Command(bin, "-j", strconv.Itoa(*archiveJobs), "-o", out, "-errors", errFile, a.in)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		require.Equal(b, exitFailed, cmd.ProcessState.ExitCode(), "%v\n%s", err, stderr.String())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rssKB = max(rssKB, ru.Maxrss)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if runs == 1 {
			b.Logf("noticeconv summary:\n%s", lastLines(stderr.String(), 4))
		}
	}
	elapsed := b.Elapsed()
	b.StopTimer()
	good, bad := a.verify(b, out, errFile)
	b.Logf("verified: %d good files with correct output, %d corrupt files reported", good, bad)
	b.ReportMetric(float64(len(a.entries)*runs)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(rssKB)/1024, "peak-RSS-MB")
	// CPU time does not depend on how busy the machine is, wall time does.
	b.ReportMetric(float64(len(a.entries)*runs)/cpu.Seconds(), "docs/cpu-s")
	b.ReportMetric(float64(a.bytes)*float64(runs)/1e6/cpu.Seconds(), "MB/cpu-s")
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
