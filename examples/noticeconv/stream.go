package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// streamRequest is one line of -stream input: a file to read, or content
// given inline.
type streamRequest struct {
	Path          string `json:"path,omitempty"`
	Name          string `json:"name,omitempty"`
	ContentBase64 string `json:"content_base64,omitempty"`
}

// streamResult is one line of -stream output.
type streamResult struct {
	Line     int             `json:"line"` // 1-based line number of the request on stdin
	Name     string          `json:"name"` // the request's name, else its path, else "line N"
	OK       bool            `json:"ok"`
	Document *model.Document `json:"document,omitempty"`
	Error    *streamError    `json:"error,omitempty"`
}

// streamError is the error member of a failed streamResult.
type streamError struct {
	Kind    parse.ErrorKind `json:"kind"`
	Message string          `json:"message"`
}

// streamLine is a request line as read, before decoding.
type streamLine struct {
	no   int
	data []byte
	err  error // the line was too long
}

// runStream answers JSON Lines requests from stdin with JSON Lines results
// on stdout, in request order, flushing after each. Requests are parsed by
// o.jobs workers. A request that fails gets an error result; only a broken
// stdin or stdout makes the run fail (exit 3), so that a Hadoop Streaming
// or Spark pipe() task is not retried for bad records.
func runStream(o *options, conv *converter, stdin io.Reader, stdout, stderr io.Writer) int {
	maxLine := streamLineLimit(o.maxBytes)
	lr := &lineReader{r: bufio.NewReaderSize(stdin, 64<<10), max: maxLine}
	out := bufio.NewWriterSize(stdout, 64<<10)
	sum := newSummary()
	var errlog *errorLog
	if o.errorsFile != "" {
		var err error
		if errlog, err = openErrorLog(o.errorsFile); err != nil {
			fmt.Fprintf(stderr, "noticeconv: %v\n", err)
			return exitOutput
		}
		defer errlog.close()
	}
	var fatal error
	start := time.Now()
	type answer struct {
		r    *result
		name string
		data []byte
		held int64 // request bytes counted against the budget
	}
	budget := newByteBudget(streamBudget)
	next := func() (streamLine, bool) {
		for {
			l, ok := lr.next()
			if !ok || l.err != nil || len(bytes.TrimSpace(l.data)) > 0 {
				if ok {
					budget.acquire(int64(len(l.data)))
				}
				return l, ok
			}
		}
	}
	process := func(l streamLine) answer {
		r := &result{}
		name, doc, err := conv.streamRequest(l)
		res := streamResult{Line: l.no, Name: name, OK: err == nil, Document: doc}
		if err != nil {
			r.err = err
			res.Error = &streamError{Kind: errorKind(err), Message: describe(name, err)}
		} else {
			r.size, r.kind, r.warnings = int64(doc.Source.Size), doc.Kind, warningCodes(doc)
		}
		data, jerr := encodeJSON(res, "", "")
		if jerr != nil { // cannot happen for model types; keep the record anyway
			data, _ = encodeJSON(streamResult{Line: l.no, Name: name, Error: &streamError{Kind: parse.KindIO, Message: jerr.Error()}}, "", "")
		}
		return answer{r: r, name: name, data: data, held: int64(len(l.data))}
	}
	emit := func(a answer) bool {
		defer budget.release(a.held)
		sum.add(a.r)
		if a.r.err != nil {
			fmt.Fprintln(stderr, describe(a.name, a.r.err))
			if errlog != nil {
				errlog.add(a.name, a.r.err)
			}
		}
		out.Write(a.data)
		if err := out.Flush(); err != nil {
			fatal = fmt.Errorf("writing output: %w", err)
			return false
		}
		return true
	}
	orderedMap(o.jobs, 2*o.jobs, next, process, emit)
	if fatal == nil && lr.err != nil {
		fatal = fmt.Errorf("reading requests: %w", lr.err)
	}
	if !o.quiet {
		sum.print(stderr, time.Since(start))
	}
	if fatal != nil {
		fmt.Fprintf(stderr, "noticeconv: %v\n", fatal)
		return exitOutput
	}
	return exitOK
}

// streamRequest decodes and parses one request line.
func (c *converter) streamRequest(l streamLine) (string, *model.Document, error) {
	name := fmt.Sprintf("line %d", l.no)
	if l.err != nil {
		return name, nil, l.err
	}
	var req streamRequest
	if err := json.Unmarshal(l.data, &req); err != nil {
		return name, nil, fmt.Errorf("%w: not a JSON request object: %v", errBadRequest, err)
	}
	switch {
	case req.Name != "":
		name = req.Name
	case req.Path != "":
		name = req.Path
	}
	switch {
	case req.Path != "" && req.ContentBase64 != "":
		return name, nil, fmt.Errorf(`%w: give either "path" or "content_base64", not both`, errBadRequest)
	case req.Path != "":
		doc, err := c.safeParse(name, func(opts ...parse.Option) (*model.Document, error) {
			if req.Name != "" {
				opts = append(slices.Clip(opts), parse.WithName(req.Name))
			}
			return parse.File(req.Path, opts...)
		})
		return name, doc, err
	case req.ContentBase64 != "":
		data, err := base64.StdEncoding.DecodeString(req.ContentBase64)
		if err != nil {
			return name, nil, fmt.Errorf("%w: content_base64: %v", errBadRequest, err)
		}
		doc, err := c.parseBytes(name, data)
		return name, doc, err
	}
	return name, nil, fmt.Errorf(`%w: a request needs "path" or "content_base64"`, errBadRequest)
}

// streamBudget bounds the request bytes held at once in -stream mode
// (read, being parsed, or answered and waiting for an earlier request):
// a request that would exceed it waits until earlier ones are answered,
// so that a few huge requests cannot each be held j times over.
const streamBudget = 512 << 20

// byteBudget is a counting semaphore over bytes. A single request larger
// than the whole budget is let through when nothing else is held, so it
// cannot wait for ever.
type byteBudget struct {
	mu   sync.Mutex
	cond *sync.Cond
	max  int64
	used int64
}

func newByteBudget(max int64) *byteBudget {
	b := &byteBudget{max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n more bytes fit (or nothing is held) and takes them.
func (b *byteBudget) acquire(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > b.max {
		b.cond.Wait()
	}
	b.used += n
}

// release gives n bytes back.
func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// streamLineLimit is the longest request line accepted: the base64 form of
// the largest input plus room for the other members.
func streamLineLimit(maxBytes int64) int {
	if maxBytes <= 0 {
		maxBytes = parse.DefaultMaxBytes
	}
	return int(maxBytes/3*4) + 64<<10
}

// lineReader reads lines of at most max bytes; a longer line is skipped
// and reported as a streamLine with an error instead of being buffered.
type lineReader struct {
	r   *bufio.Reader
	max int
	no  int
	err error // a read error other than io.EOF
}

func (lr *lineReader) next() (streamLine, bool) {
	var line []byte
	tooLong := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > lr.max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			lr.err = err
		}
		if err != nil && len(line) == 0 && !tooLong {
			return streamLine{}, false
		}
		lr.no++
		l := streamLine{no: lr.no, data: bytes.TrimRight(line, "\r\n")}
		if tooLong {
			l.err = fmt.Errorf("%w: request line longer than %d bytes", errBadRequest, lr.max)
		}
		return l, true
	}
}
