package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// result is what a worker makes of one input.
type result struct {
	in      input
	doc     *model.Document // nil after rendering when the writer no longer needs it
	err     error           // why the input failed, nil on success
	size    int64           // bytes read from the input
	skipped bool            // -resume found an up-to-date output

	kind     model.Kind // of the document, kept after doc is dropped
	warnings []string   // warning codes, kept after doc is dropped
	review   bool       // the document needs review (Quality.Review), kept after doc is dropped

	// What the sink rendered in the worker for the ordered writer.
	data      []byte
	buf       *bytes.Buffer // holds data when it comes from jsonBuffers
	table     *docTable
	citations []citationEdge // for -citations
	queue     reviewQueue    // -review
}

// converter parses inputs with a fixed set of parse options.
type converter struct {
	opts    []parse.Option
	stdin   io.Reader
	timeout time.Duration // per file; 0 for none
	// sizes: the inputs' sizes are wanted, for the summary and the
	// progress bar; -q shows neither, and parseInput then spares a stat
	// per file (3 % of a batch of small notices).
	sizes bool
}

// newConverter builds the parse options from the flags.
func newConverter(o *options, stdin io.Reader) *converter {
	var opts []parse.Option
	if o.maxBytes > 0 {
		opts = append(opts, parse.WithMaxBytes(o.maxBytes))
	}
	if o.encoding != "" {
		opts = append(opts, parse.WithEncoding(model.Encoding(o.encoding)))
	}
	if o.replace {
		opts = append(opts, parse.WithReplaceInvalid())
	}
	if o.keywords {
		opts = append(opts, keywordOptions()...)
	}
	if o.format == formatHTML {
		opts = append(opts, parse.WithSourceText()) // the audit view shows what the spans point at
	}
	return &converter{opts: opts, stdin: stdin, timeout: o.timeout, sizes: !o.quiet}
}

// parseInput parses one input and returns its document and size in bytes
// (0 for a file when sizes are not wanted). The document's source.name is
// the input's name relative to its root.
func (c *converter) parseInput(in input) (*model.Document, int64, error) {
	if in.path == "-" {
		cr := &countingReader{r: c.stdin}
		doc, err := c.safeParse(in.path, func(opts ...parse.Option) (*model.Document, error) {
			return parse.Reader(cr, append(slices.Clip(opts), parse.WithName(stdinName))...)
		})
		return doc, cr.n, err
	}
	var size int64
	if c.sizes {
		if st, err := os.Stat(in.path); err == nil {
			size = st.Size()
		}
	}
	doc, err := c.safeParse(in.path, func(opts ...parse.Option) (*model.Document, error) { return parse.File(in.path, opts...) })
	if doc != nil {
		doc.Source.Name = in.name()
	}
	return doc, size, err
}

// parseBytes parses in-memory content under name.
func (c *converter) parseBytes(name string, data []byte) (*model.Document, error) {
	return c.safeParse(name, func(opts ...parse.Option) (*model.Document, error) {
		return parse.Bytes(data, append(slices.Clip(opts), parse.WithName(name))...)
	})
}

// safeParse runs f with the converter's options, turning a panic into an
// error of kind "panic" so one bad file cannot bring down a batch. With a
// timeout, f gets a context with that deadline, which the parser checks
// at each stage boundary; if f has not returned when the deadline passes
// (a long stage on a huge input), safeParse reports the timeout at once
// and leaves f to stop at its next boundary, so the batch goes on.
func (c *converter) safeParse(name string, f func(...parse.Option) (*model.Document, error)) (*model.Document, error) {
	if c.timeout <= 0 {
		return recoverParse(func() (*model.Document, error) { return f(c.opts...) })
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	type out struct {
		doc *model.Document
		err error
	}
	done := make(chan out, 1)
	go func() {
		doc, err := recoverParse(func() (*model.Document, error) { return f(append(slices.Clip(c.opts), parse.WithContext(ctx))...) })
		done <- out{doc, err}
	}()
	select {
	case o := <-done:
		return o.doc, o.err
	case <-ctx.Done():
		return nil, &parse.Error{File: name, Offset: -1, Err: fmt.Errorf("gave up after -timeout %v: %w", c.timeout, ctx.Err())}
	}
}

// recoverParse runs f, turning a panic into an error of kind "panic".
func recoverParse(f func() (*model.Document, error)) (doc *model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc = nil
			err = fmt.Errorf("%w: %v%s", errPanic, p, panicSite())
		}
	}()
	doc, err = f()
	if err == nil && doc == nil {
		err = fmt.Errorf("%w: parser returned no document", errPanic)
	}
	return doc, err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// warningCodes lists the codes of doc's warnings.
func warningCodes(doc *model.Document) []string {
	if len(doc.Warnings) == 0 {
		return nil
	}
	codes := make([]string, len(doc.Warnings))
	for i, w := range doc.Warnings {
		codes[i] = w.Code
	}
	return codes
}

// panicSite returns " (at FILE:LINE)" for the innermost non-runtime frame
// of the panicking goroutine, called from a deferred recover.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") && f.Function != "" {
			return fmt.Sprintf(" (at %s:%d)", f.File, f.Line)
		}
		if !more {
			return ""
		}
	}
}
