package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/examples/noticeconv/archivegen"
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// TestMain runs the pipelines of this package on the local prism runner
// unless --runner says otherwise.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// readLines decodes every line of the files matching glob into a new T.
func readLines[T any](t *testing.T, glob string) []T {
	t.Helper()
	files, err := filepath.Glob(glob)
	require.NoError(t, err)
	var out []T
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var v T
			require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "%s: %.200s", f, sc.Text())
			out = append(out, v)
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	return out
}

// TestPipelineOnGeneratedArchive runs the pipeline with prism over 1,000
// generated notices, 10 % of them corrupt, and checks that every good file
// has exactly one correct record and every corrupt one exactly one dead
// letter.
func TestPipelineOnGeneratedArchive(t *testing.T) {
	dir := t.TempDir()
	seedFiles, err := filepath.Glob("../../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, seedFiles)
	var seeds [][]byte
	var refs []archivegen.Signature
	for _, f := range seedFiles {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		seeds = append(seeds, data)
		doc, err := parse.Bytes(data)
		require.NoError(t, err)
		refs = append(refs, archivegen.Sign(doc))
	}
	in := filepath.Join(dir, "in")
	entries, err := archivegen.Generate(in, seeds, 1000, 10, 2)
	require.NoError(t, err)

	out := filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(out, 0o755))
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Build(s, Config{
		Inputs:     []string{filepath.Join(in, "*", "*", "*.txt"), filepath.Join(in, "*", "*", "*.[hpd]*")},
		Output:     filepath.Join(out, "docs"),
		DeadLetter: filepath.Join(out, "failed"),
		Review:     filepath.Join(out, "review"),
		Shards:     3,
	}))
	require.NoError(t, ptest.Run(p))

	records := readLines[struct {
		Path     string          `json:"path"`
		Document json.RawMessage `json:"document"`
	}](t, filepath.Join(out, "docs-*-of-00003.jsonl"))
	failures := readLines[Failure](t, filepath.Join(out, "failed-*-of-00003.jsonl"))
	review := readLines[ReviewLine](t, filepath.Join(out, "review-*-of-00003.jsonl"))

	byPath := map[string]json.RawMessage{}
	for _, r := range records {
		assert.NotContains(t, byPath, r.Path, "one record per file")
		byPath[r.Path] = r.Document
	}
	failed := map[string]Failure{}
	for _, f := range failures {
		assert.NotContains(t, failed, f.Path, "one dead letter per file")
		failed[f.Path] = f
	}
	good, bad := 0, 0
	for _, e := range entries {
		if e.Corrupt {
			bad++
			f, ok := failed[e.Path]
			if assert.True(t, ok, "corrupt %s (%s) not in the dead letters", e.Path, e.Variant) {
				assert.NotEqual(t, parse.ErrorKind("panic"), f.Kind, f.Message)
				assert.NotEmpty(t, f.Message)
			}
			assert.NotContains(t, byPath, e.Path)
			continue
		}
		good++
		raw, ok := byPath[e.Path]
		if !assert.True(t, ok, "good %s (%s) has no record; dead letter: %+v", e.Path, e.Variant, failed[e.Path]) {
			continue
		}
		var doc model.Document
		require.NoError(t, json.Unmarshal(raw, &doc))
		assert.Equal(t, archivegen.Expect(e, refs[e.Seed]), archivegen.Sign(&doc), "%s (%s)", e.Path, e.Variant)
	}
	assert.Equal(t, 900, good)
	assert.Equal(t, 100, bad)
	// The review queue holds each good document's parse.ReviewQueue, no more.
	wantReview := 0
	for _, raw := range byPath {
		var doc model.Document
		require.NoError(t, json.Unmarshal(raw, &doc))
		wantReview += len(parse.ReviewQueue(&doc))
	}
	assert.Len(t, review, wantReview)
	assert.NotZero(t, wantReview, "the generated archive has doubtful documents")
	for _, r := range review {
		assert.Contains(t, byPath, r.Path, "review lines name a converted file")
		assert.NotEmpty(t, r.Reason.Code)
	}
	assert.Len(t, records, good, "no record for anything else")
	assert.Len(t, failures, bad, "no dead letter for anything else")
}

func TestParseFnRoutesFailuresToDeadLetters(t *testing.T) {
	fn := &parseFn{MaxBytes: 1 << 20}
	_, err := fn.parse("x.txt", nil)
	assert.Equal(t, parse.KindEmpty, ErrorKind(err))
	doc, err := fn.parse("x.txt", []byte("某市人民政府办公室文件\n关于做好某项工作的通知\n各部门：\n请认真落实。\n"))
	require.NoError(t, err)
	assert.Equal(t, "x.txt", doc.Source.Name)
}

func TestShardKeyIsStableAndInRange(t *testing.T) {
	fn := &shardKeyFn{Shards: 5}
	seen := map[int]bool{}
	for _, line := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		k, v := fn.ProcessElement(line)
		k2, _ := fn.ProcessElement(line)
		assert.Equal(t, k, k2)
		assert.Equal(t, line, v)
		assert.GreaterOrEqual(t, k, 0)
		assert.Less(t, k, 5)
		seen[k] = true
	}
	assert.Greater(t, len(seen), 1, "lines spread over shards")
	assert.Equal(t, "out/docs-00002-of-00005.jsonl", ShardName("out/docs", 2, 5))
}

// TestRecordCarriesCitations checks that a document's record keeps the
// documents the notice cites, with their numbers.
func TestRecordCarriesCitations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cites.txt")
	notice := "某市人民政府办公室关于做好政务公开工作的通知\n各区人民政府：\n" +
		"根据《国务院办公厅关于全面推进政务公开工作的意见》（国办发〔2021〕12号）要求，现就有关事项通知如下。\n" +
		"一、加强政策解读\n（一）做好解读工作。（市司法局负责）\n某市人民政府办公室\n2022年3月1日\n"
	require.NoError(t, os.WriteFile(path, []byte(notice), 0o644))
	var lines, dead []string
	fn := &parseFn{MaxBytes: 1 << 20}
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(notice))}}
	fn.ProcessElement(context.Background(), file, func(s string) { lines = append(lines, s) }, func(s string) { dead = append(dead, s) }, func(string) {})
	require.Empty(t, dead)
	require.Len(t, lines, 1)
	var rec struct {
		Document struct {
			Citations []struct {
				Title     string `json:"title"`
				DocNumber string `json:"doc_number"`
			} `json:"citations"`
		} `json:"document"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec), lines[0])
	require.Len(t, rec.Document.Citations, 1, lines[0])
	assert.Equal(t, "国务院办公厅关于全面推进政务公开工作的意见", rec.Document.Citations[0].Title)
	assert.Equal(t, "国办发〔2021〕12号", rec.Document.Citations[0].DocNumber)
}
