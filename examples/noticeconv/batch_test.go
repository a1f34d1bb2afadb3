package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

func TestExpandInputs(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"a/2019/x.txt", "a/2019/y.HTML", "a/2019/z.doc", "a/2020/x.pdf", "a/.git/h.txt",
		"a/w.docx", "a/v.htm", "a/readme.md", "b/one.txt", "b/two.txt",
	} {
		writeFile(t, dir, name, []byte("x"))
	}
	got, err := expandInputs([]string{
		filepath.Join(dir, "a"),
		filepath.Join(dir, "b", "*.txt"),
		filepath.Join(dir, "b", "one.txt"), // again: converted once
		filepath.Join(dir, "nothing", "*.txt"),
		filepath.Join(dir, "missing.txt"),
		"-",
	}, walkOptions{})
	require.NoError(t, err)
	var rels []string
	for _, in := range got {
		rels = append(rels, in.rel)
	}
	assert.Equal(t, []string{
		"2019/x.txt", "2019/y.HTML", "2019/z.doc", "2020/x.pdf", "v.htm", "w.docx",
		"one.txt", "two.txt", "*.txt", "missing.txt", stdinName,
	}, rels, ".doc is listed, to be reported as unsupported")
	assert.ErrorIs(t, got[8].err, errNoMatch)
	assert.NoError(t, got[9].err, "a missing file fails when parsed, with the parser's reason")
	assert.Equal(t, "-", got[10].path)

	_, err = expandInputs([]string{"[bad"}, walkOptions{})
	assert.ErrorIs(t, err, errUsage)
}

func TestAssignOutputs(t *testing.T) {
	list := []input{
		{path: "a/2019/x.txt", rel: "2019/x.txt"},
		{path: "a/2020/x.txt", rel: "2020/x.txt"},
		{path: "b/n.txt", rel: "n.txt"},
		{path: "b/n.pdf", rel: "n.pdf"},
		{path: "-", rel: stdinName},
	}
	require.NoError(t, assignOutputs(list, "out", ".json"))
	var outs []string
	for _, in := range list {
		outs = append(outs, in.out)
	}
	assert.Equal(t, []string{"out/2019/x.json", "out/2020/x.json", "out/n.txt.json", "out/n.pdf.json", "out/stdin.json"}, outs)

	clash := []input{{path: "a/n.txt", rel: "n.txt"}, {path: "b/n.txt", rel: "n.txt"}}
	err := assignOutputs(clash, "out", ".json")
	require.ErrorIs(t, err, errUsage)
	assert.Contains(t, err.Error(), "a/n.txt and b/n.txt")
}

func TestClashingOutputsAreAUsageError(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a/n.txt", []byte("x"))
	b := writeFile(t, dir, "b/n.txt", []byte("x"))
	code, _, errOut := runCmd(t, nil, "-o", filepath.Join(dir, "out"), a, b)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "would both be written")
}

// failingInputs writes a directory with the seeds and some bad files and
// returns it with the number of good and bad files.
func failingInputs(t *testing.T) (dir string, good, bad int) {
	dir = t.TempDir()
	for _, f := range seeds(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		writeFile(t, dir, filepath.Join("in", filepath.Base(f)), data)
		good++
	}
	writeFile(t, dir, "in/bad/empty.txt", nil)
	writeFile(t, dir, "in/bad/blank.html", []byte("\n\n \u3000\n"))
	return dir, good, 2
}

func TestErrorsFile(t *testing.T) {
	dir, good, bad := failingInputs(t)
	errFile := filepath.Join(dir, "errors.jsonl")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := runCmd(t, nil, "-format", "jsonl", "-errors", errFile, "-j", "2", filepath.Join(dir, "in"), missing, filepath.Join(dir, "none", "*.txt"))
	assert.Equal(t, exitFailed, code)
	assert.Len(t, strings.Split(strings.TrimSpace(out), "\n"), good)
	assert.Contains(t, errOut, "failed: ")
	f, err := os.Open(errFile)
	require.NoError(t, err)
	defer f.Close()
	var kinds []parse.ErrorKind
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var fl failure
		require.NoError(t, json.Unmarshal(sc.Bytes(), &fl))
		assert.NotEmpty(t, fl.Path)
		assert.True(t, strings.HasPrefix(fl.Message, fl.Path+": "), fl.Message)
		kinds = append(kinds, fl.Kind)
	}
	assert.Equal(t, []parse.ErrorKind{parse.KindEmpty, parse.KindEmpty, parse.KindNotFound, kindNoMatch}, kinds, "in input order")
	assert.Equal(t, bad+2, len(kinds))
	assert.Contains(t, errOut, "failed: empty 2, no_match 1, not_found 1")
}

func TestErrorKinds(t *testing.T) {
	for _, tc := range []struct {
		err  error
		kind parse.ErrorKind
	}{
		{errors.New("x"), parse.KindIO},
		{os.ErrNotExist, parse.KindNotFound},
		{errNoMatch, kindNoMatch},
		{errPanic, kindPanic},
	} {
		assert.Equal(t, tc.kind, errorKind(tc.err))
	}
	// A real error from the parser.
	code, _, errOut := runCmd(t, nil, "-errors", filepath.Join(t.TempDir(), "e"), filepath.Join(t.TempDir(), "nope.txt"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errOut, "nope.txt: no such file or directory")
}

func TestFormatsEndToEnd(t *testing.T) {
	dir, good, _ := failingInputs(t)
	in := filepath.Join(dir, "in")
	for _, tc := range []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{formatJSONL, func(t *testing.T, out string) {
			data, err := os.ReadFile(filepath.Join(out, jsonlName))
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			require.Len(t, lines, good)
			for _, l := range lines {
				var d model.Document
				require.NoError(t, json.Unmarshal([]byte(l), &d))
			}
		}},
		{formatCSV, func(t *testing.T, out string) {
			for _, name := range []string{itemsCSV, unitsCSV, statsCSV} {
				recs := readCSV(t, filepath.Join(out, name))
				assert.NotEmpty(t, recs, name)
			}
		}},
		{formatXLSX, func(t *testing.T, out string) {
			f, err := excelize.OpenFile(filepath.Join(out, xlsxName))
			require.NoError(t, err)
			defer f.Close()
			assert.Contains(t, f.GetSheetList(), sheetItems)
		}},
		{formatMD, func(t *testing.T, out string) {
			mds, err := filepath.Glob(filepath.Join(out, "*.md"))
			require.NoError(t, err)
			assert.Len(t, mds, good)
			for _, m := range mds {
				data, err := os.ReadFile(m)
				require.NoError(t, err)
				assert.True(t, strings.HasPrefix(string(data), "# "), m)
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			code, stdout, errOut := runCmd(t, nil, "-format", tc.format, "-o", out, "-j", "2", in)
			assert.Equal(t, exitFailed, code, errOut)
			assert.Empty(t, stdout)
			tc.check(t, out)
			leftovers, _ := filepath.Glob(filepath.Join(out, ".*"))
			assert.Empty(t, leftovers, "temporary files renamed")
		})
	}
}

func TestStdoutFormats(t *testing.T) {
	files := seeds(t)
	for _, format := range formats {
		if format == formatHTML {
			continue // needs -o DIR (TestHTMLNeedsOutputDir)
		}
		code, out, errOut := runCmd(t, nil, append([]string{"-q", "-format", format}, files...)...)
		assert.Equal(t, exitOK, code, "%s: %s", format, errOut)
		assert.NotEmpty(t, out, format)
		switch format {
		case formatXLSX:
			assert.True(t, strings.HasPrefix(out, "PK"), "a zip archive")
		case formatCSV:
			require.True(t, strings.HasPrefix(out, utf8BOM), "a UTF-8 BOM first, for Excel")
			recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, utf8BOM))).ReadAll()
			require.NoError(t, err)
			assert.Equal(t, header(itemColumns, false), recs[0])
		case formatMD:
			assert.Equal(t, len(files)-1, strings.Count(out, "\n---\n"), "documents separated")
		}
	}
}

func TestResume(t *testing.T) {
	files := seeds(t)
	out := filepath.Join(t.TempDir(), "out")
	args := append([]string{"-o", out}, files...)
	code, _, errOut := runCmd(t, nil, args...)
	require.Equal(t, exitOK, code, errOut)

	// Make one input newer than its output: only that one is redone.
	future := time.Now().Add(time.Hour)
	require.NoError(t, os.Chtimes(files[0], future, future))
	t.Cleanup(func() { os.Chtimes(files[0], time.Now(), time.Now()) })
	stale := filepath.Join(out, strings.TrimSuffix(filepath.Base(files[0]), ".txt")+".json")
	require.NoError(t, os.WriteFile(stale, []byte("stale"), 0o644))
	require.NoError(t, os.Chtimes(stale, time.Now(), time.Now()))

	code, _, errOut = runCmd(t, nil, append([]string{"-resume"}, args...)...)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "1 ok, 0 failed, 4 skipped")
	data, err := os.ReadFile(stale)
	require.NoError(t, err)
	assert.True(t, json.Valid(data), "the stale output was rewritten")
}

func TestUnwritableOutputIsExit3(t *testing.T) {
	dir := t.TempDir()
	notDir := writeFile(t, dir, "file", []byte("x"))
	code, _, errOut := runCmd(t, nil, "-o", notDir, seeds(t)[0])
	assert.Equal(t, exitOutput, code)
	assert.Contains(t, errOut, "cannot write output")

	code, _, errOut = runCmd(t, nil, "-format", "csv", "-o", filepath.Join(notDir, "sub"), seeds(t)[0])
	assert.Equal(t, exitOutput, code, errOut)
}

// brokenWriter fails every write, like a closed pipe.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestBrokenStdoutIsExit3(t *testing.T) {
	var errb strings.Builder
	args := append([]string{"-q", "-format", "jsonl"}, seeds(t)...)
	code := run(args, strings.NewReader(""), brokenWriter{}, &errb)
	assert.Equal(t, exitOutput, code)
	assert.Contains(t, errb.String(), "broken pipe")
}

// TestSeedStructureThroughCSV checks the real structure of seed 000 as the
// supervision office would see it: 6 goals and 23 tasks in the 任务分解表.
// It depends on the core parser.
func TestSeedStructureThroughCSV(t *testing.T) {
	counts := map[string][2]int{ // seed → goals, tasks (issue 2)
		"000_baa0cee3830c2c78.txt": {6, 23},
		"001_2618c019250de3da.txt": {5, 17},
		"003_0ca0f610db5f85cb.txt": {6, 21},
		"004_45295426abe6c441.txt": {3, 10},
	}
	for name, want := range counts {
		code, out, errOut := runCmd(t, nil, "-format", "csv", filepath.Join(seedDir, name))
		require.Equal(t, exitOK, code, errOut)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err)
		goals, tasks := map[string]bool{}, map[string]bool{}
		for _, r := range recs[1:] {
			goals[r[2]] = true
			tasks[r[2]+"/"+r[4]] = true
		}
		assert.Equal(t, want[0], len(goals), "%s goals", name)
		assert.Equal(t, want[1], len(tasks), "%s tasks", name)
	}
}

func TestUnitsFlag(t *testing.T) {
	code, out, errOut := runCmd(t, nil, append([]string{"-q", "-units"}, seeds(t)...)...)
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.NotEmpty(t, lines)
	assert.Regexp(t, `^政府\s+单位\s+牵头\s+配合\s+参与\s+负责\s+合计$`, lines[0])
	// Depends on the core parser: the seeds name dozens of units.
	assert.Greater(t, len(lines), 10)
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		_, err := strconv.Atoi(f[len(f)-1])
		require.NoError(t, err, l)
	}
}

// TestKeywordsFlag depends on parse.WithKeywords and the segmenter.
func TestKeywordsFlag(t *testing.T) {
	code, out, errOut := runCmd(t, nil, "-keywords", filepath.Join(seedDir, "001_2618c019250de3da.txt"))
	require.Equal(t, exitOK, code, errOut)
	var doc model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.NotEmpty(t, doc.Keywords)
	assert.LessOrEqual(t, len(doc.Keywords), keywordCount)

	_, out, _ = runCmd(t, nil, filepath.Join(seedDir, "001_2618c019250de3da.txt"))
	var plain model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &plain))
	assert.Empty(t, plain.Keywords, "keywords are opt-in")
}

// cancelOnWrite cancels a context at the first write, standing in for a
// Ctrl-C in the middle of a batch.
type cancelOnWrite struct {
	strings.Builder
	cancel context.CancelFunc
}

func (c *cancelOnWrite) Write(p []byte) (int, error) {
	c.cancel()
	return c.Builder.Write(p)
}

func TestInterruptStopsCleanly(t *testing.T) {
	dir := t.TempDir()
	// The fifth input fails, and its message on stderr "presses Ctrl-C".
	writeFile(t, dir, "in/004_empty.txt", nil)
	seed, err := os.ReadFile(seeds(t)[0])
	require.NoError(t, err)
	for i := range 40 {
		if i != 4 {
			writeFile(t, dir, fmt.Sprintf("in/%03d.txt", i), seed)
		}
	}
	for _, format := range []string{formatJSON, formatCSV} {
		out := filepath.Join(dir, "out-"+format)
		ctx, cancel := context.WithCancel(context.Background())
		stderr := &cancelOnWrite{cancel: cancel}
		code := runContext(ctx, []string{"-j", "1", "-format", format, "-o", out, filepath.Join(dir, "in")}, nil, io.Discard, stderr)
		assert.Equal(t, exitSignal, code, format)
		assert.Contains(t, stderr.String(), "interrupted after", format)
		var names []string
		filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names = append(names, d.Name())
				if format == formatJSON {
					data, rerr := os.ReadFile(p)
					require.NoError(t, rerr)
					assert.True(t, json.Valid(data), "%s is complete", p)
				}
			}
			return nil
		})
		if format == formatJSON {
			assert.GreaterOrEqual(t, len(names), 4, "outputs written before the interrupt stay")
			assert.Less(t, len(names), 39, "no new inputs after the interrupt")
		} else {
			assert.Empty(t, names, "combined outputs of an interrupted run are discarded")
		}
		for _, n := range names {
			assert.False(t, strings.HasPrefix(n, "."), "temporary file %s left", n)
		}
	}
}
