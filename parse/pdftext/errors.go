package pdftext

import (
	"fmt"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

// Sentinel errors. Each wraps the parse package's reason of the same name
// (parse/internal/errs), so errors.Is matches either.
var (
	// ErrMalformed: the file structure is damaged or hostile.
	ErrMalformed = errs.Sub(errs.Malformed, "malformed PDF")
	// ErrEncrypted: the file needs a password (or uses an unsupported cipher).
	ErrEncrypted = errs.Sub(errs.Encrypted, "encrypted PDF")
	// ErrTooLarge: a configured limit was exceeded.
	ErrTooLarge = errs.Sub(errs.TooLarge, "PDF limit exceeded")
	// ErrNoTextLayer: every page is a scanned image.
	ErrNoTextLayer = errs.NoTextLayer
	// ErrGarbled: every page's text layer is garbage (fonts without a usable
	// Unicode map): there is no text to read, as in a scanned file, so it
	// wraps ErrNoTextLayer's reason.
	ErrGarbled = errs.Sub(errs.NoTextLayer, "unreadable text layer (fonts without a usable Unicode map)")
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
