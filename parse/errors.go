package parse

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

// Sentinel errors, matched with errors.Is. Every error returned by this
// package is an *Error wrapping one of them (or an I/O error). They are the
// one set of reasons in parse/internal/errs: the format readers' own
// sentinels (pdftext.ErrMalformed, docx.ErrTooLarge …) wrap these, so
// errors.Is(err, ErrMalformed) holds for a damaged PDF as for a damaged page.
var (
	// ErrUnsupportedFormat: the input is not text, HTML, DOCX or PDF (for
	// example a legacy .doc or .wps file).
	ErrUnsupportedFormat = errs.UnsupportedFormat
	// ErrEncoding: the bytes are not valid in the detected or requested encoding.
	ErrEncoding = errs.Encoding
	// ErrEmpty: the input holds no text.
	ErrEmpty = errs.Empty
	// ErrTooLarge: the input exceeds the configured size limit.
	ErrTooLarge = errs.TooLarge
	// ErrMalformed: the container (PDF, DOCX, HTML) is damaged.
	ErrMalformed = errs.Malformed
	// ErrNoTextLayer: a PDF whose pages are all scanned images (OCR is out of
	// scope), or whose text layer is garbage on every page (fonts without a
	// usable Unicode map; the message says which).
	ErrNoTextLayer = errs.NoTextLayer
	// ErrEncrypted: a PDF encrypted with a non-empty user password.
	ErrEncrypted = errs.Encrypted
)

// Error describes a failure to read one input, in the manner of
// encoding/csv's ParseError: the file, where in it, and why.
type Error struct {
	File   string // file name, or "" for in-memory input
	Offset int64  // byte offset of the problem, or -1 when not known
	Page   int    // 1-based PDF page, or 0
	Err    error  // the reason; wraps a sentinel above
}

// Error formats the error as "FILE: [page N: ][offset N: ]reason".
func (e *Error) Error() string {
	name := e.File
	if name == "" {
		name = "<input>"
	}
	loc := ""
	if e.Page > 0 {
		loc += fmt.Sprintf("page %d: ", e.Page)
	}
	if e.Offset >= 0 {
		loc += fmt.Sprintf("byte offset %d: ", e.Offset)
	}
	return name + ": " + loc + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *Error) Unwrap() error { return e.Err }

// asReason returns err as it is when it wraps one of the reasons above,
// else err wrapped in fallback, so that every error names a reason.
func asReason(err, fallback error) error {
	if KindOf(err) != KindIO {
		return err
	}
	return fmt.Errorf("%w: %w", fallback, err)
}

// wrapErr attaches the file name to err unless it already is an *Error,
// in which case the name is filled in if missing.
func wrapErr(name string, err error) error {
	if err == nil {
		return nil
	}
	var pe *Error
	if errors.As(err, &pe) {
		if pe.File == "" {
			pe.File = name
		}
		return pe
	}
	return &Error{File: name, Offset: -1, Err: err}
}

// ErrorKind is a short, stable name for the reason of a failure, for logs,
// summaries and dead-letter files (noticeconv's -errors log and the Beam
// pipeline's failures use these names).
type ErrorKind string

// The error kinds, one per sentinel above, plus the reasons a caller meets
// around the parser: a missing or unreadable file, a cancelled context.
const (
	KindUnsupportedFormat ErrorKind = "unsupported_format" // ErrUnsupportedFormat
	KindEncoding          ErrorKind = "encoding"           // ErrEncoding
	KindEmpty             ErrorKind = "empty"              // ErrEmpty
	KindTooLarge          ErrorKind = "too_large"          // ErrTooLarge
	KindMalformed         ErrorKind = "malformed"          // ErrMalformed
	KindNoTextLayer       ErrorKind = "no_text_layer"      // ErrNoTextLayer
	KindEncrypted         ErrorKind = "encrypted"          // ErrEncrypted
	KindNotFound          ErrorKind = "not_found"          // fs.ErrNotExist
	KindPermission        ErrorKind = "permission"         // fs.ErrPermission
	KindCanceled          ErrorKind = "canceled"           // context.Canceled
	KindTimeout           ErrorKind = "timeout"            // context.DeadlineExceeded
	KindIO                ErrorKind = "io"                 // any other error
)

// errorKinds maps each reason to its kind, in the order they are tried.
var errorKinds = []struct {
	err  error
	kind ErrorKind
}{
	{ErrUnsupportedFormat, KindUnsupportedFormat},
	{ErrEncoding, KindEncoding},
	{ErrEmpty, KindEmpty},
	{ErrTooLarge, KindTooLarge},
	{ErrMalformed, KindMalformed},
	{ErrNoTextLayer, KindNoTextLayer},
	{ErrEncrypted, KindEncrypted},
	{fs.ErrNotExist, KindNotFound},
	{fs.ErrPermission, KindPermission},
	{context.Canceled, KindCanceled},
	{context.DeadlineExceeded, KindTimeout},
}

// KindOf classifies err with errors.Is: the kind of the first reason above
// that it wraps, KindIO for any other error, "" for nil.
func KindOf(err error) ErrorKind {
	if err == nil {
		return ""
	}
	for _, k := range errorKinds {
		if errors.Is(err, k.err) {
			return k.kind
		}
	}
	return KindIO
}
