// Package errs holds the one set of reasons an input cannot be read. The
// parse package exports them as its Err* sentinels; the readers of each
// format (pdftext, docx, htmltext) derive their own sentinels from them
// with Sub, so that errors.Is(err, parse.ErrMalformed) holds for a damaged
// PDF, DOCX or web page directly, without a mapping step, while each
// message still names the format.
package errs

import "errors"

// The reasons, one per way an input can fail.
var (
	UnsupportedFormat = errors.New("unsupported format")
	Encoding          = errors.New("invalid encoding")
	Empty             = errors.New("empty input")
	TooLarge          = errors.New("input too large")
	Malformed         = errors.New("malformed input")
	NoTextLayer       = errors.New("no text layer (scanned document; OCR is not supported)")
	Encrypted         = errors.New("encrypted document")
)

// Sub returns a sentinel of its own for one format's reader: its message
// is msg, and errors.Is matches it both to itself and to reason.
func Sub(reason error, msg string) error { return &sub{reason: reason, msg: msg} }

type sub struct {
	reason error
	msg    string
}

func (s *sub) Error() string { return s.msg }
func (s *sub) Unwrap() error { return s.reason }
