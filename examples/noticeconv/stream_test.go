package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
)

// streamCase is one request line and what its result must say.
type streamCase struct {
	line string // the request as sent
	name string // expected name in the result
	ok   bool
	kind parse.ErrorKind // expected error kind when !ok; "|"-separated alternatives; "?" for either outcome
}

// streamCases builds n requests cycling through good and corrupt shapes.
func streamCases(t *testing.T, n int) []streamCase {
	t.Helper()
	dir := t.TempDir()
	files := seeds(t)
	contents := make([][]byte, len(files))
	for i, f := range files {
		var err error
		contents[i], err = os.ReadFile(f)
		require.NoError(t, err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	req := func(v any) string {
		data, err := json.Marshal(v)
		require.NoError(t, err)
		return string(data)
	}
	b64 := base64.StdEncoding.EncodeToString
	var cases []streamCase
	for i := 0; len(cases) < n; i++ {
		f := files[i%len(files)]
		c := contents[i%len(contents)]
		name := fmt.Sprintf("doc-%04d.txt", i)
		var sc streamCase
		switch i % 10 {
		case 0, 1, 2:
			sc = streamCase{req(map[string]string{"path": f}), f, true, ""}
		case 3, 4, 5:
			sc = streamCase{req(map[string]string{"name": name, "content_base64": b64(c)}), name, true, ""}
		case 6: // corrupt: a truncated PDF
			pdf := []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
			sc = streamCase{req(map[string]string{"name": name + ".pdf", "content_base64": b64(pdf[:20+rng.IntN(len(pdf)-20)])}), name + ".pdf", false,
				parse.KindMalformed + "|" + parse.KindUnsupportedFormat}
		case 7: // corrupt: not JSON, or not base64, or nothing to parse
			switch i % 3 {
			case 0:
				sc = streamCase{`{"name": "broken", "content_base64": ` + strings.Repeat("x", rng.IntN(50)), fmt.Sprintf("line %d", len(cases)+1), false, kindBadRequest}
			case 1:
				sc = streamCase{req(map[string]string{"name": name, "content_base64": "!!not base64!!"}), name, false, kindBadRequest}
			default:
				sc = streamCase{req(map[string]string{"name": name}), name, false, kindBadRequest}
			}
		case 8: // empty content and a missing file
			if i%2 == 0 {
				sc = streamCase{req(map[string]string{"name": name, "content_base64": b64([]byte(" \n\u3000"))}), name, false, parse.KindEmpty}
			} else {
				missing := filepath.Join(dir, name)
				sc = streamCase{req(map[string]string{"path": missing}), missing, false, parse.KindNotFound}
			}
		case 9: // random bytes
			data := make([]byte, 1+rng.IntN(2000))
			for k := range data {
				data[k] = byte(rng.UintN(256))
			}
			// Random bytes may be rejected or decoded as some encoding.
			sc = streamCase{req(map[string]string{"name": name, "content_base64": b64(data)}), name, false, "?"}
		}
		cases = append(cases, sc)
	}
	return cases
}

// startStream runs -stream in-process over real OS pipes and returns the
// request writer, a line scanner over the results, and a function that
// waits for the exit code.
func startStream(t *testing.T, args ...string) (*os.File, *bufio.Scanner, func() (int, string)) {
	t.Helper()
	inR, inW, err := os.Pipe()
	require.NoError(t, err)
	outR, outW, err := os.Pipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		code := run(append([]string{"-stream"}, args...), inR, outW, &stderr)
		outW.Close()
		inR.Close()
		done <- code
	}()
	sc := bufio.NewScanner(outR)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	t.Cleanup(func() { inW.Close(); outR.Close() })
	return inW, sc, func() (int, string) {
		select {
		case code := <-done:
			return code, stderr.String()
		case <-time.After(60 * time.Second):
			t.Fatal("stream mode did not exit after stdin closed")
			return -1, ""
		}
	}
}

func TestStreamFlushesEachRecord(t *testing.T) {
	in, out, wait := startStream(t, "-j", "2", "-q")
	for i, f := range seeds(t)[:3] {
		_, err := fmt.Fprintf(in, "{\"path\": %q}\n", f)
		require.NoError(t, err)
		got := make(chan string, 1)
		go func() {
			if out.Scan() {
				got <- out.Text()
			}
			close(got)
		}()
		select {
		case line := <-got:
			var res streamResult
			require.NoError(t, json.Unmarshal([]byte(line), &res))
			assert.Equal(t, i+1, res.Line)
			assert.Equal(t, f, res.Name)
			assert.True(t, res.OK)
			require.NotNil(t, res.Document)
		case <-time.After(30 * time.Second):
			t.Fatal("no result while stdin is still open: the record was not flushed")
		}
	}
	in.Close()
	code, _ := wait()
	assert.Equal(t, exitOK, code)
	assert.False(t, out.Scan(), "nothing after the last result")
}

func TestStreamThousandRequestsThroughAPipe(t *testing.T) {
	cases := streamCases(t, 1000)
	errFile := filepath.Join(t.TempDir(), "errors.jsonl")
	in, out, wait := startStream(t, "-j", "2", "-errors", errFile)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w := bufio.NewWriter(in)
		for _, c := range cases {
			w.WriteString(c.line)
			w.WriteByte('\n')
		}
		w.Flush()
		in.Close()
	}()
	var results []streamResult
	for out.Scan() {
		var res streamResult
		require.NoError(t, json.Unmarshal(out.Bytes(), &res), "every output line is JSON: %.200s", out.Text())
		results = append(results, res)
	}
	wg.Wait()
	code, stderr := wait()
	assert.Equal(t, exitOK, code, "bad records are answered, not fatal")
	require.Len(t, results, len(cases), "one result per request")
	failed := 0
	for i, res := range results {
		c := cases[i]
		assert.Equal(t, i+1, res.Line, "results in request order")
		assert.Equal(t, c.name, res.Name, "line %d", i+1)
		if c.kind == "?" { // random bytes: either outcome, but never a crash
			c.ok = res.OK
			if !res.OK {
				assert.NotEqual(t, kindPanic, res.Error.Kind, "line %d: %s", i+1, res.Error.Message)
				c.kind = res.Error.Kind
			}
		}
		assert.Equal(t, c.ok, res.OK, "line %d: %s", i+1, c.line[:min(80, len(c.line))])
		if res.OK {
			assert.NotNil(t, res.Document, "line %d", i+1)
			assert.Nil(t, res.Error)
		} else {
			failed++
			require.NotNil(t, res.Error, "line %d", i+1)
			assert.Nil(t, res.Document)
			assert.Contains(t, strings.Split(string(c.kind), "|"), string(res.Error.Kind), "line %d: %s", i+1, res.Error.Message)
			assert.NotEmpty(t, res.Error.Message)
		}
	}
	assert.GreaterOrEqual(t, failed, 300, "the corrupt requests failed")
	assert.Contains(t, stderr, fmt.Sprintf("%d failed", failed))
	data, err := os.ReadFile(errFile)
	require.NoError(t, err)
	assert.Equal(t, failed, bytes.Count(data, []byte("\n")), "every failure logged")
}

func TestStreamSkipsBlankLinesAndRejectsOverlongOnes(t *testing.T) {
	seed, err := os.ReadFile(seeds(t)[0])
	require.NoError(t, err)
	// The line limit is the base64 size of -max-bytes plus 64 KiB.
	long := fmt.Sprintf(`{"name":"big","content_base64":%q}`, base64.StdEncoding.EncodeToString(bytes.Repeat(seed, 4)))
	prefix := []byte(string([]rune(string(seed))[:800]))
	input := "\n   \n" + long + "\n" + `{"name":"small","content_base64":"` + base64.StdEncoding.EncodeToString(prefix) + `"}` // no final newline
	var out, errb bytes.Buffer
	code := run([]string{"-stream", "-q", "-max-bytes", "3000"}, strings.NewReader(input), &out, &errb)
	assert.Equal(t, exitOK, code)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 2, out.String())
	var big, small streamResult
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &big))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &small))
	assert.Equal(t, 3, big.Line)
	assert.False(t, big.OK)
	assert.Equal(t, kindBadRequest, big.Error.Kind)
	assert.Contains(t, big.Error.Message, "longer than")
	assert.Equal(t, 4, small.Line)
	assert.Equal(t, "small", small.Name)
	assert.True(t, small.OK, "the line after an overlong one is read normally")
}

func TestStreamBrokenStdinIsFatal(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-stream", "-q"}, io.MultiReader(strings.NewReader("{\"path\":\"/nonexistent\"}\n"), errReader{}), &out, &errb)
	assert.Equal(t, exitOutput, code)
	assert.Contains(t, errb.String(), "reading requests")
	assert.Equal(t, 1, strings.Count(out.String(), "\n"), "the request read before the failure is answered")
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

// TestStreamResultCarriesCitations checks that a -stream answer keeps the
// documents a notice cites, with their numbers, in its JSON.
func TestStreamResultCarriesCitations(t *testing.T) {
	notice := "某市人民政府办公室关于做好政务公开工作的通知\n各区人民政府：\n" +
		"根据《国务院办公厅关于全面推进政务公开工作的意见》（国办发〔2021〕12号）要求，现就有关事项通知如下。\n" +
		"一、加强政策解读\n（一）做好解读工作。（市司法局负责）\n某市人民政府办公室\n2022年3月1日\n"
	in, sc, wait := startStream(t, "-q")
	req, err := json.Marshal(map[string]string{"name": "cites.txt", "content_base64": base64.StdEncoding.EncodeToString([]byte(notice))})
	require.NoError(t, err)
	_, err = in.Write(append(req, '\n'))
	require.NoError(t, err)
	in.Close()
	require.True(t, sc.Scan(), "one result line")
	var res struct {
		OK       bool `json:"ok"`
		Document struct {
			Citations []struct {
				Title     string `json:"title"`
				DocNumber string `json:"doc_number"`
			} `json:"citations"`
		} `json:"document"`
	}
	require.NoError(t, json.Unmarshal(sc.Bytes(), &res), sc.Text())
	require.True(t, res.OK, sc.Text())
	require.Len(t, res.Document.Citations, 1, sc.Text())
	assert.Equal(t, "国务院办公厅关于全面推进政务公开工作的意见", res.Document.Citations[0].Title)
	assert.Equal(t, "国办发〔2021〕12号", res.Document.Citations[0].DocNumber)
	code, stderr := wait()
	assert.Equal(t, 0, code, stderr)
}
