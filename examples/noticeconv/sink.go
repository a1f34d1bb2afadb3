package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"sync"

	"github.com/zwgk/gongwen/model"
)

// A sink turns converted documents into output. render runs in the worker
// goroutines, concurrently, and should do the expensive part (encoding,
// writing a per-file output); write runs on one goroutine in input order
// for every successful result; close finishes the output once all results
// have been written (ok) or the run was aborted (!ok), in which case
// combined output files are discarded rather than committed.
type sink interface {
	render(r *result) error
	write(r *result) error
	close(ok bool) error
}

// encodeJSON encodes v as JSON without HTML escaping (so 《》 and <p>
// stay readable), indented with indent unless it is "", every line after
// the first prefixed by prefix, and ending in a newline.
func encodeJSON(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	if err := encodeJSONTo(&buf, v, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeJSONTo is encodeJSON appending to buf. The compact form is
// written by appendCompact when it can (the same bytes as
// encoding/json's), and indented by json.Indent, as the Encoder indents.
func encodeJSONTo(buf *bytes.Buffer, v any, prefix, indent string) error {
	if indent == "" {
		if b, err := appendCompact(buf.AvailableBuffer(), v); err == nil {
			buf.Write(append(b, '\n'))
			return nil
		}
	} else if b, err := appendCompact(nil, v); err == nil {
		return json.Indent(buf, append(b, '\n'), prefix, indent)
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	return enc.Encode(v)
}

// jsonBuffers recycles the buffers documents are encoded into between the
// workers (render) and the writer (write), so that a batch does not grow
// a fresh buffer, by doubling, for every document.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// jsonSink writes indented JSON to stdout: the bare Document when single,
// else a JSON array of Documents in input order, streamed element by
// element.
type jsonSink struct {
	w      *bufio.Writer
	single bool
	n      int
}

func newJSONSink(w io.Writer, single bool) *jsonSink {
	return &jsonSink{w: bufio.NewWriterSize(w, 64<<10), single: single}
}

func (s *jsonSink) render(r *result) error {
	prefix := "  "
	if s.single {
		prefix = ""
	}
	data, err := encodeJSON(r.doc, prefix, "  ")
	if err != nil {
		return err
	}
	r.data, r.doc = bytes.TrimSuffix(data, []byte("\n")), nil
	return nil
}

func (s *jsonSink) write(r *result) error {
	sep := ",\n  "
	switch {
	case s.single:
		sep = ""
	case s.n == 0:
		sep = "[\n  "
	}
	s.n++
	s.w.WriteString(sep)
	_, err := s.w.Write(r.data)
	if s.single {
		s.w.WriteByte('\n')
	}
	return err
}

func (s *jsonSink) close(bool) error {
	if !s.single {
		if s.n == 0 {
			s.w.WriteString("[]\n")
		} else {
			s.w.WriteString("\n]\n")
		}
	}
	return s.w.Flush()
}

// jsonlSink writes one compact JSON Document per line, to stdout or, under
// -o, into DIR/documents.jsonl.
type jsonlSink struct {
	w    io.Writer
	file *atomicFile // under -o
}

// jsonlName is the combined JSON Lines output under -o.
const jsonlName = "documents.jsonl"

func newJSONLSink(stdout io.Writer, dir string) (*jsonlSink, error) {
	if dir == "" {
		return &jsonlSink{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	f, err := createAtomic(filepath.Join(dir, jsonlName))
	if err != nil {
		return nil, err
	}
	return &jsonlSink{w: f, file: f}, nil
}

func (s *jsonlSink) render(r *result) error {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	err := encodeJSONTo(buf, r.doc, "", "")
	r.data, r.buf, r.doc = buf.Bytes(), buf, nil
	return err
}

func (s *jsonlSink) write(r *result) error {
	_, err := s.w.Write(r.data)
	jsonBuffers.Put(r.buf) // the writer copied the bytes
	r.data, r.buf = nil, nil
	return err
}

func (s *jsonlSink) close(ok bool) error {
	switch {
	case s.file == nil:
		return s.w.(*bufio.Writer).Flush()
	case ok:
		return s.file.Commit()
	}
	s.file.Abort()
	return nil
}

// fileSink writes one output file per input (in.out), atomically, from
// the workers; render does all the work.
type fileSink struct {
	encode func(name string, doc *model.Document) ([]byte, error)
}

func (s *fileSink) render(r *result) error {
	data, err := s.encode(r.in.name(), r.doc)
	if err != nil {
		return err
	}
	r.doc = nil
	return writeFileAtomic(r.in.out, data)
}

func (s *fileSink) write(*result) error { return nil }
func (s *fileSink) close(bool) error    { return nil }

// indentedJSON encodes a document as a standalone indented JSON file.
func indentedJSON(_ string, doc *model.Document) ([]byte, error) { return encodeJSON(doc, "", "  ") }

// markdownFile renders a document as a standalone Markdown file.
func markdownFile(name string, doc *model.Document) ([]byte, error) {
	return renderMarkdown(name, doc), nil
}

// unitsSink prints the unit workload table of the whole batch (-units),
// summing each document's share as it arrives.
type unitsSink struct {
	w     io.Writer
	total workloadTotals
}

func (s *unitsSink) render(r *result) error {
	r.table = &docTable{workload: documentWorkload(r.doc)}
	r.doc = nil
	return nil
}

func (s *unitsSink) write(r *result) error {
	s.total.add(r.table.workload)
	return nil
}

func (s *unitsSink) close(ok bool) error {
	if !ok {
		return nil
	}
	return writeWorkloadText(s.w, s.total.rows())
}
