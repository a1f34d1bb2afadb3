package parse

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
)

// Text parses a notice given as UTF-8 text. Invalid UTF-8 is replaced by
// U+FFFD with a warning.
func Text(s string, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	d := &decoded{text: s, source: model.Source{Format: model.FormatText, Encoding: model.EncodingUTF8}}
	if !utf8.ValidString(s) {
		d.text = strings.ToValidUTF8(s, "\uFFFD")
		d.warnings = append(d.warnings, model.Warning{Code: model.WarnEncoding, Message: "invalid UTF-8 replaced by U+FFFD"})
	}
	return finish(d, c)
}

// Bytes parses a notice in any supported format and encoding: plain text
// (UTF-8, UTF-16, GB18030/GBK, Big5), HTML, DOCX or PDF.
func Bytes(data []byte, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
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
	data, err := io.ReadAll(io.LimitReader(r, c.maxBytes+1))
	if err != nil {
		return nil, wrapErr(c.name, err)
	}
	return Bytes(data, opts...)
}

// File parses the file at path. The file name is recorded in the
// Document's Source and in every error.
func File(path string, opts ...Option) (*model.Document, error) {
	c := newConfig(opts)
	f, err := os.Open(path)
	if err != nil {
		return nil, wrapErr(path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, wrapErr(path, fmt.Errorf("%w: is a directory", ErrUnsupportedFormat))
		}
		if st.Size() > c.maxBytes {
			return nil, wrapErr(path, fmt.Errorf("%w: %d bytes exceeds the limit of %d", ErrTooLarge, st.Size(), c.maxBytes))
		}
	}
	all := append([]Option{WithName(path)}, opts...)
	if c.name != "" {
		all = opts // an explicit WithName wins
	}
	doc, err := Reader(f, all...)
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
	ev := &quality.Evidence{Text: d.text}
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
	doc.Source.Script = detectScript(d.text)
	doc.Warnings = append(d.warnings, doc.Warnings...)
	if doc.Warnings == nil {
		doc.Warnings = []model.Warning{}
	}
	quality.Assess(doc, ev)
	c.kw.text = d.text // document keywords read the whole text, reports included
	applyKeywords(doc, c)
	return doc, nil
}
