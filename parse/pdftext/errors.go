package pdftext

import (
	"errors"
	"fmt"
)

// Sentinel errors; the parse package maps them onto its own.
var (
	// ErrMalformed: the file structure is damaged or hostile.
	ErrMalformed = errors.New("malformed PDF")
	// ErrEncrypted: the file needs a password (or uses an unsupported cipher).
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrTooLarge: a configured limit was exceeded.
	ErrTooLarge = errors.New("PDF limit exceeded")
	// ErrNoTextLayer: every page is a scanned image.
	ErrNoTextLayer = errors.New("no text layer (scanned document; OCR is not supported)")
)

// PageError is a failure confined to one page (1-based) or, with Page 0,
// to the whole file.
type PageError struct {
	Page int
	Err  error
}

// Error formats the error as "page N: reason".
func (e *PageError) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("page %d: %v", e.Page, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the reason.
func (e *PageError) Unwrap() error { return e.Err }

// malformed builds an ErrMalformed error with a reason.
func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// tooLarge builds an ErrTooLarge error with a reason.
func tooLarge(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrTooLarge, fmt.Sprintf(format, args...))
}
