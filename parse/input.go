package parse

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
)

// inputConfig holds the options of the input readers.
type inputConfig struct {
	encoding string // explicit encoding, overriding detection
	format   string // explicit format, overriding sniffing
	replace  bool   // replace invalid bytes instead of failing
}

// WithEncoding forces the text encoding ("utf-8", "gb18030", "gbk",
// "big5", "utf-16le", "utf-16be") instead of detecting it.
func WithEncoding(enc string) Option { return func(c *config) { c.input.encoding = enc } }

// WithFormat forces the input format ("text", "html", "docx", "pdf")
// instead of sniffing it from the content and file name.
func WithFormat(format string) Option { return func(c *config) { c.input.format = format } }

// WithReplaceInvalid replaces bytes that are invalid in the encoding by
// U+FFFD (with a warning) instead of failing with ErrEncoding.
func WithReplaceInvalid() Option { return func(c *config) { c.input.replace = true } }

// decoded is the output of the input stage: UTF-8 text and where it came from.
type decoded struct {
	text     string
	source   model.Source
	warnings []model.Warning
}

// decode turns raw bytes into UTF-8 text, choosing the reader by format.
func decode(data []byte, c *config) (*decoded, error) {
	format := c.input.format
	if format == "" {
		format = sniffFormat(c.name, data)
	}
	switch format {
	case "pdf":
		return readPDF(data, c)
	case "text", "":
		return decodeText(data, c)
	default:
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedFormat, format)
	}
}

// sniffFormat guesses the input format from magic bytes.
func sniffFormat(name string, data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	}
	return "text"
}

// decodeText decodes plain text. Only UTF-8 for now.
func decodeText(data []byte, c *config) (*decoded, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		off := validPrefix(data)
		if !c.input.replace {
			return nil, &Error{File: c.name, Offset: int64(off), Err: fmt.Errorf("%w: not valid UTF-8", ErrEncoding)}
		}
		d := &decoded{text: string(bytes.ToValidUTF8(data, []byte("\uFFFD")))}
		d.source = model.Source{Format: "text", Encoding: "utf-8"}
		d.warnings = append(d.warnings, model.Warning{Code: model.WarnEncoding, Message: fmt.Sprintf("invalid UTF-8 replaced, first at byte offset %d", off)})
		return d, nil
	}
	return &decoded{text: string(data), source: model.Source{Format: "text", Encoding: "utf-8"}}, nil
}

// validPrefix returns the length of the longest valid UTF-8 prefix.
func validPrefix(b []byte) int {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return i
}
