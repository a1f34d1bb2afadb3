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
