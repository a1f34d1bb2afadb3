package pdftext

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ledongthuc/pdf"
)

// open runs the preflight checks and opens the PDF with the library.
func open(data []byte, lim Limits) (r *pdf.Reader, enc bool, err error) {
	pre, err := preflight(data, lim)
	if err != nil {
		return nil, false, err
	}
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, malformed("%v", x)
		}
	}()
	r, err = pdf.NewReaderEncrypted(bytes.NewReader(pre.view), int64(len(pre.view)), func() string { return "" })
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) {
			return nil, true, fmt.Errorf("%w: a user password is required", ErrEncrypted)
		}
		if pre.encrypted {
			return nil, true, fmt.Errorf("%w: %v", ErrEncrypted, err)
		}
		return nil, false, malformed("%v", err)
	}
	return r, pre.encrypted, nil
}
