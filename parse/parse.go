package parse

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/segment/script"
)

// Text parses a notice given as UTF-8 text. Invalid UTF-8 is replaced by
// U+FFFD with a warning.
func Text(s string, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	defer c.release()
	d := &decoded{text: s, source: model.Source{Format: model.FormatText, Encoding: model.EncodingUTF8}}
	// One read validates the text and, for nearly every notice, settles
	// its script (detectScript need not read it again).
	valid, simplified, settled := script.Survey(s, scriptWindow)
	if valid {
		d.surveyed, d.simplified, d.settled = true, simplified, settled
	} else {
		d.text = strings.ToValidUTF8(s, "\uFFFD")
		d.warnings = append(d.warnings, model.Warning{Code: model.WarnEncoding, Message: "invalid UTF-8 replaced by U+FFFD"})
	}
	return finish(d, c)
}

// Bytes parses a notice in any supported format and encoding: plain text
// (UTF-8, UTF-16, GB18030/GBK, Big5), HTML, DOCX or PDF.
func Bytes(data []byte, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	defer c.release()
	return parseBytes(data, c)
}

// parseBytes is Bytes with its options gathered in c.
func parseBytes(data []byte, c *config) (*model.Document, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, wrapErr(c.name, err)
	}
	if int64(len(data)) > c.maxBytes {
		return nil, wrapErr(c.name, fmt.Errorf("%w: %d bytes exceeds the limit of %d", ErrTooLarge, len(data), c.maxBytes))
	}
	d, err := decode(data, c)
	if err != nil {
		return nil, wrapErr(c.name, err)
	}
	return finish(d, c)
}

// Reader reads r to the end (up to the size limit) and parses it as Bytes does.
func Reader(r io.Reader, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	defer c.release()
	return readSized(r, -1, c)
}

// readSized is Reader for a source whose size is known (a file's, -1 when
// it is not): the bytes are read into one buffer of that size rather than
// one grown step by step (several copies of a large file).
func readSized(r io.Reader, size int64, c *config) (*model.Document, error) {
	buf := readBuffers.Get().(*bytes.Buffer)
	defer putReadBuffer(buf)
	buf.Reset()
	if size >= 0 && size <= c.maxBytes {
		buf.Grow(int(size) + bytes.MinRead) // room to see the end without growing
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, c.maxBytes+1)); err != nil {
		return nil, wrapErr(c.name, err)
	}
	return parseBytes(buf.Bytes(), c)
}

// readBuffers keeps the buffers that File and Reader read into. Nothing
// parsed points into one: the input stage copies text into a string of
// its own (and extracts HTML, DOCX and PDF into new strings), so once the
// parse returns the buffer serves the next file, and a batch of small
// notices does not allocate and zero a buffer per file.
var readBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledRead bounds the buffers readBuffers keeps: a large file's is
// left to the collector rather than held for the small ones.
const maxPooledRead = 1 << 20

// putReadBuffer gives buf back to readBuffers unless it grew too large.
func putReadBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledRead {
		readBuffers.Put(buf)
	}
}

// File parses the file at path. The file name is recorded in the
// Document's Source and in every error.
func File(path string, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	defer c.release()
	if err := c.ctx.Err(); err != nil {
		return nil, wrapErr(path, err)
	}
	// Only regular files are read: opening a named pipe may block until a
	// writer appears, and a device never ends. Where openFlags make opening
	// safe, the open file is looked at only (one system call fewer).
	if lookBeforeOpen {
		st, err := os.Stat(path)
		if err != nil {
			return nil, wrapErr(path, err)
		}
		if err := checkRegular(st); err != nil {
			return nil, wrapErr(path, err)
		}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, wrapErr(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, wrapErr(path, err)
	}
	if err := checkRegular(st); err != nil { // or replaced since the first look
		return nil, wrapErr(path, err)
	}
	if st.Size() > c.maxBytes {
		return nil, wrapErr(path, fmt.Errorf("%w: %d bytes exceeds the limit of %d", ErrTooLarge, st.Size(), c.maxBytes))
	}
	size := st.Size()
	if c.name == "" {
		c.name = path // an explicit WithName wins
	}
	doc, err := readSized(f, size, c)
	if err != nil {
		return nil, wrapErr(path, err)
	}
	if doc.Source.Name == "" {
		doc.Source.Name = filepath.Base(path)
	}
	return doc, nil
}

// finish runs the text stages on decoded input and assembles the Document.
func finish(d *decoded, c *config) (*model.Document, error) {
	if strings.TrimSpace(strings.Trim(d.text, "\u3000\u00a0\ufeff")) == "" {
		return nil, wrapErr(c.name, ErrEmpty)
	}
	if err := c.ctx.Err(); err != nil {
		return nil, wrapErr(c.name, err)
	}
	if !d.surveyed {
		_, d.simplified, d.settled = script.Survey(d.text, scriptWindow)
	}
	ev := evidenceFor(d.text, d.settled)
	defer releaseEvidence(ev) // read by Assess below, kept by nothing
	doc := buildNoting(d.text, ev)
	doc.Citations = citations(d.text, doc)
	doc.Source = d.source
	if doc.Source.Name == "" && c.name != "" {
		doc.Source.Name = filepath.Base(c.name)
	}
	doc.Source.Size = len(d.text)
	if c.keepText {
		doc.Source.Text = d.text
	}
	doc.Source.Script = model.ScriptSimplified
	if !d.simplified {
		doc.Source.Script = detectScript(d.text)
	}
	doc.Warnings = append(d.warnings, doc.Warnings...)
	doc.Warnings = append(doc.Warnings, noStructure(doc)...)
	if doc.Warnings == nil {
		doc.Warnings = []model.Warning{}
	}
	quality.Assess(doc, ev)
	if err := c.ctx.Err(); err != nil {
		return nil, wrapErr(c.name, err)
	}
	c.kw.text = d.text // document keywords read the whole text, reports included
	applyKeywords(doc, c)
	return doc, nil
}

// noStructure warns when nothing of a notice was found: no metadata
// element, no plan and no report. Batch users filter such inputs (an error
// page saved under a notice's name, a cover letter) by the warning code.
func noStructure(doc *model.Document) []model.Warning {
	m := doc.Meta
	if doc.Plan != nil || doc.Report != nil || m.DocNumber != nil || m.Title != nil || m.IssuerMark != nil ||
		m.Issuer != nil || m.SignedDate != nil || len(m.Recipients) > 0 {
		return nil
	}
	return []model.Warning{{Code: model.WarnNoStructure, Message: "no notice structure found (no 发文字号, title, issuer, date, plan or report); the input may not be a notice"}}
}

// checkRegular refuses what is not a regular file, naming what it is.
func checkRegular(st os.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w: is a directory", ErrUnsupportedFormat)
	case m&os.ModeNamedPipe != 0:
		return fmt.Errorf("%w: not a regular file (a named pipe); not read", ErrUnsupportedFormat)
	case m&os.ModeSocket != 0:
		return fmt.Errorf("%w: not a regular file (a socket); not read", ErrUnsupportedFormat)
	case m&os.ModeDevice != 0:
		return fmt.Errorf("%w: not a regular file (a device); not read", ErrUnsupportedFormat)
	}
	return fmt.Errorf("%w: not a regular file (%v); not read", ErrUnsupportedFormat, m.Type())
}
