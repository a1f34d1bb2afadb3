package main

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// seedDir holds the seed notices shipped with the repository.
const seedDir = "../../testdata/seeds"

// runCmd runs the command in-process and returns its exit code, stdout
// and stderr.
func runCmd(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	code := run(args, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

// seeds returns the seed files, sorted.
func seeds(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "testdata/seeds is missing")
	return files
}

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func TestHelpDocumentsEveryFlag(t *testing.T) {
	code, out, errOut := runCmd(t, nil, "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out, "help goes to stderr")
	for _, name := range []string{"o", "j", "format", "rows", "keywords", "units", "errors", "resume", "stream", "q", "max-bytes"} {
		assert.Regexp(t, regexp.MustCompile(`(?m)^  -`+regexp.QuoteMeta(name)+`\b`), errOut, "flag -%s is not documented", name)
	}
	for _, want := range []string{"Exit codes", "0 all inputs converted", "2 usage error", `"-" for stdin`, "content_base64"} {
		assert.Contains(t, errOut, want)
	}
}

func TestUsageErrors(t *testing.T) {
	seed := seeds(t)[0]
	for _, args := range [][]string{
		{},
		{"-format", "yaml", seed},
		{"-rows", "cell", seed},
		{"-j", "0", seed},
		{"-nosuchflag", seed},
		{"-stream", seed},
		{"-stream", "-format", "csv"},
		{"-resume", seed},
		{"-resume", "-o", t.TempDir(), "-format", "csv", seed},
		{"-", "-"},
		{"[", seed},
	} {
		code, out, errOut := runCmd(t, nil, args...)
		assert.Equal(t, exitUsage, code, "args %q", args)
		assert.Empty(t, out, "args %q", args)
		assert.NotEmpty(t, errOut, "args %q", args)
	}
}

func TestSingleFileIsOneObject(t *testing.T) {
	seed := seeds(t)[0]
	code, out, errOut := runCmd(t, nil, seed)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut, "one file: no summary")
	var doc model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, filepath.Base(seed), doc.Source.Name)
	assert.True(t, strings.HasPrefix(out, "{\n  \""), "indented object")
}

func TestStdinInput(t *testing.T) {
	data, err := os.ReadFile(seeds(t)[1])
	require.NoError(t, err)
	code, out, errOut := runCmd(t, bytes.NewReader(data), "-")
	require.Equal(t, exitOK, code, errOut)
	var doc model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, stdinName, doc.Source.Name)
	assert.Equal(t, len(data), doc.Source.Size)
}

func TestSeveralFilesAreAnArrayInInputOrderAndFailuresAreReported(t *testing.T) {
	files := seeds(t)
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", nil)
	missing := filepath.Join(dir, "missing.txt")
	// Reverse order, with two failures in the middle, parsed by 3 workers.
	args := []string{"-j", "3"}
	for i := len(files) - 1; i >= 0; i-- {
		args = append(args, files[i])
		if i == 2 {
			args = append(args, empty, missing)
		}
	}
	code, out, errOut := runCmd(t, nil, args...)
	assert.Equal(t, exitFailed, code)
	var docs []model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &docs))
	require.Len(t, docs, len(files))
	for i, d := range docs {
		assert.Equal(t, filepath.Base(files[len(files)-1-i]), d.Source.Name)
	}
	assert.Contains(t, errOut, empty+": ")
	assert.Contains(t, errOut, missing+": no such file or directory")
	assert.Contains(t, errOut, "2 failed")
	assert.NotContains(t, errOut, "\r", "no progress bar when stderr is not a terminal")
	assert.Less(t, strings.Index(errOut, empty), strings.Index(errOut, missing), "failures in input order")
}

func TestOutputDirWritesOneJSONPerInput(t *testing.T) {
	files := seeds(t)
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, errOut := runCmd(t, nil, append([]string{"-q", "-o", out, "-j", "2"}, files...)...)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, stdout)
	assert.Empty(t, errOut, "-q: no summary")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt") + ".json"
		data, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err, name)
		var doc model.Document
		require.NoError(t, json.Unmarshal(data, &doc), name)
		assert.Equal(t, filepath.Base(f), doc.Source.Name)
	}
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, len(files), "no temporary files left behind")
}

func TestDeterministicOrderAcrossWorkerCounts(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i, f := range seeds(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for k := range 8 { // sizes differ, so workers finish out of order
			args = append(args, writeFile(t, dir, filepath.Join("d", string(rune('a'+k)), filepath.Base(f)), data[:len(data)*(k+1)/8]))
		}
		if i == 2 {
			args = append(args, writeFile(t, dir, "bad.txt", []byte{0xff, 0xfe, 0x00, 0x81}))
		}
	}
	_, want, wantErr := runCmd(t, nil, append([]string{"-q", "-j", "1"}, args...)...)
	for _, j := range []string{"2", "5", "16"} {
		_, got, gotErr := runCmd(t, nil, append([]string{"-q", "-j", j}, args...)...)
		assert.Equal(t, want, got, "-j %s", j)
		assert.Equal(t, wantErr, gotErr, "-j %s", j)
	}
}

// TestNeverPanics feeds every testdata file, an empty file, whitespace and
// random bytes through the converter: each input must either convert or
// fail with a message, never crash the run.
func TestNeverPanics(t *testing.T) {
	dir := t.TempDir()
	args := []string{"-q", "-j", "2"}
	rng := rand.New(rand.NewPCG(1, 2))
	var bad []string
	add := func(name string, data []byte) {
		p := writeFile(t, dir, name, data)
		args = append(args, p)
		bad = append(bad, p)
	}
	add("empty.txt", nil)
	add("spaces.txt", []byte(" \n\t\u3000\n"))
	add("bom.txt", []byte("\xef\xbb\xbf"))
	add("fake.pdf", []byte("%PDF-1.7\n%garbage"))
	add("fake.docx", []byte("PK\x03\x04garbage"))
	for i := range 20 {
		data := make([]byte, rng.IntN(4096))
		for k := range data {
			data[k] = byte(rng.UintN(256))
		}
		add(filepath.Join("random", string(rune('a'+i))+".txt"), data)
	}
	require.NoError(t, filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			args = append(args, p)
		}
		return err
	}))
	code, out, errOut := runCmd(t, nil, args...)
	assert.Contains(t, []int{exitOK, exitFailed}, code, errOut)
	assert.NotContains(t, errOut, "panic")
	var docs []json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &docs), "stdout stays valid JSON")
	failed := strings.Count(errOut, "\n")
	assert.Equal(t, len(args)-3, len(docs)+failed, "every input either converted or reported")
	for _, p := range bad[:3] {
		assert.Contains(t, errOut, p+": ", "empty input must be reported")
	}
}

func TestSafeParseTurnsPanicIntoError(t *testing.T) {
	doc, err := recoverParse(func() (*model.Document, error) { panic("boom") })
	assert.Nil(t, doc)
	require.ErrorIs(t, err, errPanic)
	assert.Equal(t, kindPanic, errorKind(err))
	assert.Contains(t, err.Error(), "boom")
	assert.Contains(t, err.Error(), "main_test.go", "names where it panicked")
}
