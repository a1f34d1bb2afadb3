//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// noticeText is a small notice of our own.
const noticeText = "某府办〔2024〕3号\n某市人民政府办公室关于印发工作要点的通知\n某市2024年政务公开工作要点\n一、推进决策公开\n（一）做好决策预公开。（市司法局牵头）\n"

// runWithin runs the command in process and fails the test instead of
// hanging when it does not return.
func runWithin(t *testing.T, d time.Duration, args ...string) (int, string, string) {
	t.Helper()
	type res struct {
		code     int
		out, err string
	}
	done := make(chan res, 1)
	go func() {
		code, out, errOut := runCmd(t, nil, args...)
		done <- res{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(d):
		t.Fatalf("noticeconv %v did not return within %v (hang)", args, d)
		return 0, "", ""
	}
}

// readFailures reads an -errors log.
func readFailures(t *testing.T, path string) []failure {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []failure
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var fl failure
		require.NoError(t, json.Unmarshal(sc.Bytes(), &fl))
		out = append(out, fl)
	}
	return out
}

// sourceNames lists source.name of each JSON Lines document in out.
func sourceNames(t *testing.T, out string) []string {
	t.Helper()
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d model.Document
		require.NoError(t, json.Unmarshal([]byte(l), &d))
		names = append(names, d.Source.Name)
	}
	return names
}

// TestFIFOsAreReportedNotRead: a named pipe given on the command line, and
// a symbolic link to one inside an input directory, are reported as
// not_regular and skipped; the batch finishes and converts the rest.
func TestFIFOsAreReportedNotRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	writeFile(t, dir, "in/good.txt", []byte(noticeText))
	require.NoError(t, os.Symlink(fifo, filepath.Join(dir, "in", "link.txt")))
	errFile := filepath.Join(dir, "errors.jsonl")
	code, out, errOut := runWithin(t, 30*time.Second, "-format", "jsonl", "-errors", errFile, fifo, filepath.Join(dir, "in"))
	assert.Equal(t, exitFailed, code, errOut)
	assert.Equal(t, 1, strings.Count(out, "\n"), "the good file converted")
	assert.Contains(t, errOut, "named pipe")
	var kinds []parse.ErrorKind
	for _, f := range readFailures(t, errFile) {
		kinds = append(kinds, f.Kind)
	}
	assert.Equal(t, []parse.ErrorKind{kindNotRegular, kindNotRegular}, kinds)
}

// TestSymlinkEscapeIsRefused: a link inside the input directory that
// leads outside it is reported and not read; -follow-outside allows it.
// A link that stays inside is followed.
func TestSymlinkEscapeIsRefused(t *testing.T) {
	dir := t.TempDir()
	secret := writeFile(t, dir, "outside/secret.txt", []byte(noticeText))
	in := filepath.Join(dir, "in")
	inner := writeFile(t, in, "sub/inner.txt", []byte(noticeText))
	require.NoError(t, os.Symlink(secret, filepath.Join(in, "escape.txt")))
	require.NoError(t, os.Symlink(inner, filepath.Join(in, "alias.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "outside"), filepath.Join(in, "dirlink"))) // not followed at all

	code, out, errOut := runWithin(t, 30*time.Second, "-format", "jsonl", in)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "escape.txt: symbolic link leads outside the input directory")
	assert.NotContains(t, out, `"escape.txt"`)
	names := sourceNames(t, out)
	assert.Equal(t, []string{"alias.txt", "sub/inner.txt"}, names)

	code, out, errOut = runWithin(t, 30*time.Second, "-format", "jsonl", "-follow-outside", in)
	assert.Equal(t, exitOK, code, errOut)
	assert.Equal(t, 3, strings.Count(out, "\n"))
}

// TestRelativePathsInEveryOutput: two notice.txt of different years stay
// apart in JSON Lines (source.name), CSV rows and the -errors log.
func TestRelativePathsInEveryOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "archive")
	writeFile(t, in, "2019/notice.txt", []byte(noticeText))
	writeFile(t, in, "2020/notice.txt", []byte(noticeText))
	writeFile(t, in, "2020/empty/notice.txt", nil)
	errFile := filepath.Join(dir, "e.jsonl")

	_, out, _ := runWithin(t, 30*time.Second, "-format", "jsonl", "-errors", errFile, in)
	names := sourceNames(t, out)
	assert.Equal(t, []string{"2019/notice.txt", "2020/notice.txt"}, names)
	fails := readFailures(t, errFile)
	require.Len(t, fails, 1)
	assert.Equal(t, "2020/empty/notice.txt", fails[0].Path)
	assert.Equal(t, "2020/empty/notice.txt: empty input", fails[0].Message)

	_, out, _ = runWithin(t, 30*time.Second, "-format", "csv", filepath.Join(in, "*", "notice.txt"))
	recs := strings.Split(strings.TrimSpace(strings.TrimPrefix(out, utf8BOM)), "\n")
	require.Len(t, recs, 3)
	assert.True(t, strings.HasPrefix(recs[1], "2019/notice.txt,"), recs[1])
	assert.True(t, strings.HasPrefix(recs[2], "2020/notice.txt,"), recs[2])
}

// TestEmptyDirectoryIsAnError: a directory with no notice files fails
// (exit 1, kind no_match) instead of printing [] and exiting 0.
func TestEmptyDirectoryIsAnError(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "readme.md", []byte("not a notice"))
	errFile := filepath.Join(t.TempDir(), "e.jsonl")
	code, out, errOut := runWithin(t, 30*time.Second, "-errors", errFile, dir)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "no .txt, .html")
	assert.Equal(t, "[]\n", out)
	fails := readFailures(t, errFile)
	require.Len(t, fails, 1)
	assert.Equal(t, kindNoMatch, fails[0].Kind)
}

// TestWalkFindsMHTAndReportsLegacyWord: .mht files are converted, .doc and
// .wps files are reported as unsupported instead of skipped silently.
func TestWalkFindsMHTAndReportsLegacyWord(t *testing.T) {
	dir := t.TempDir()
	mht := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body>" +
		strings.ReplaceAll(noticeText, "\n", "<br>") + "</body></html>\r\n--b--\r\n"
	writeFile(t, dir, "page.mht", []byte(mht))
	writeFile(t, dir, "old.doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0})
	writeFile(t, dir, "old.wps", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0})
	code, out, errOut := runWithin(t, 30*time.Second, "-format", "jsonl", dir)
	assert.Equal(t, exitFailed, code)
	var d model.Document
	require.NoError(t, json.Unmarshal([]byte(strings.TrimSpace(out)), &d))
	assert.Equal(t, model.FormatMHTML, d.Source.Format)
	assert.Equal(t, "page.mht", d.Source.Name)
	assert.Contains(t, errOut, "old.doc: unsupported format")
	assert.Contains(t, errOut, "old.wps: unsupported format")
	assert.Contains(t, errOut, "failed: unsupported_format 2")
}

// TestResumeRemovesStaleTemporaryFiles: the temporary files a killed run
// leaves beside its outputs are removed by -resume; other dot files stay.
func TestResumeRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "in/a.txt", []byte(noticeText))
	out := filepath.Join(dir, "out")
	stale := []string{writeFile(t, out, ".a.json8812734", []byte("{")), writeFile(t, out, ".a.json.tmp123", []byte("{"))}
	keep := writeFile(t, out, ".a.json.notes", []byte("mine"))
	code, _, errOut := runWithin(t, 30*time.Second, "-o", out, "-resume", filepath.Dir(in))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "removed 2 temporary files")
	for _, p := range stale {
		assert.NoFileExists(t, p)
	}
	assert.FileExists(t, keep)
	assert.FileExists(t, filepath.Join(out, "a.json"))
}

// TestQuotedNamesOnStderr: a file name with a newline is printed quoted,
// so each failure stays one line.
func TestQuotedNamesOnStderr(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bad\nname.txt", nil)
	code, _, errOut := runWithin(t, 30*time.Second, dir)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, `"`+filepath.Join(dir, "bad\\nname.txt")+`": empty input`)
}

// TestEncodingFlags: the hint of an encoding error names the converter's
// flags, and the flags do what the hint says.
func TestEncodingFlags(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(noticeText))
	require.NoError(t, err)
	path := writeFile(t, t.TempDir(), "gbk.txt", gbk)
	code, _, errOut := runWithin(t, 30*time.Second, "-encoding", "utf-8", path)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "-encoding chooses another, -replace-invalid replaces")
	assert.NotContains(t, errOut, "WithEncoding")

	code, out, errOut := runWithin(t, 30*time.Second, "-encoding", "gbk", path)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "某府办〔2024〕3号")
	code, out, _ = runWithin(t, 30*time.Second, "-encoding", "utf-8", "-replace-invalid", path)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, `"code": "encoding"`)
}

// TestTimeoutPerFile: a file that takes longer than -timeout is reported
// with kind timeout and the batch goes on.
func TestTimeoutPerFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte(noticeText))
	errFile := filepath.Join(dir, "e.jsonl")
	code, _, errOut := runWithin(t, 30*time.Second, "-timeout", "1ns", "-errors", errFile, filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitFailed, code)
	fails := readFailures(t, errFile)
	require.Len(t, fails, 1)
	assert.Equal(t, parse.KindTimeout, fails[0].Kind, errOut)

	code, _, errOut = runWithin(t, 30*time.Second, "-timeout", "1m", filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitOK, code, errOut)
}

// TestDefaultJobsFitMemory sizes the default -j.
func TestDefaultJobsFitMemory(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		cpus           int
		avail, largest int64
		want           int
	}{
		{8, 0, 100 * mb, 8},        // memory unknown: the CPUs
		{8, 16 << 30, 1 * mb, 8},   // small inputs: the CPUs
		{8, 16 << 30, 100 * mb, 2}, // 100 MB needs about 3 GB each; half of 16 GB holds 2
		{4, 2 << 30, 200 * mb, 1},  // never below one
		{2, 64 << 30, 256 * mb, 2}, // never above the CPUs
		{2, 16 << 30, 0, 2},        // no file input
	} {
		assert.Equal(t, tc.want, defaultJobs(tc.cpus, tc.avail, tc.largest), "%+v", tc)
	}
	assert.GreaterOrEqual(t, availableMemory(), int64(0))
}

// TestBrokenStdoutInStreamIsExit3 runs the real binary in -stream mode
// with a stdout whose reader has gone: exit code 3, not death by SIGPIPE.
func TestBrokenStdoutInStreamIsExit3(t *testing.T) {
	for _, args := range [][]string{{"-stream", "-q"}, {"-q", "-format", "jsonl", seedDir}} {
		cmd := exec.Command(binary(t), args...)
		pr, pw, err := os.Pipe()
		require.NoError(t, err)
		pr.Close() // nobody will read
		cmd.Stdout = pw
		var reqs strings.Builder
		for range 50 {
			reqs.WriteString(`{"name":"a.txt","content_base64":"5p+Q5bqc5Yqe44CUMjAyNOOAlTPlj7cK"}` + "\n")
		}
		cmd.Stdin = strings.NewReader(reqs.String())
		err = cmd.Run()
		pw.Close()
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "%v", args)
		assert.Equal(t, exitOutput, ee.ExitCode(), "%v: %v", args, err)
	}
}
