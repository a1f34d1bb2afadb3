package parse

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/docx"
	"github.com/zwgk/gongwen/parse/pdftext"
)

// TestOneSetOfReasons checks that a format reader's sentinel and the parse
// package's reason are one and the same for errors.Is: a damaged PDF is
// both pdftext.ErrMalformed and ErrMalformed, with no mapping in between,
// and its message still names the format.
func TestOneSetOfReasons(t *testing.T) {
	_, err := Bytes([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), WithName("bad.pdf"))
	assert.ErrorIs(t, err, ErrMalformed)
	assert.ErrorIs(t, err, pdftext.ErrMalformed)
	assert.Contains(t, err.Error(), "bad.pdf")
	assert.Equal(t, KindMalformed, KindOf(err))

	zipNoWord := []byte("PK\x05\x06" + string(bytes.Repeat([]byte{0}, 18))) // an empty zip archive
	_, err = Bytes(zipNoWord, WithName("x.docx"), WithFormat("docx"))
	assert.ErrorIs(t, err, docx.ErrNotDOCX)
	assert.ErrorIs(t, err, ErrUnsupportedFormat)
	assert.False(t, errors.Is(err, ErrMalformed))
	assert.Equal(t, "x.docx: not a Word document: no word/document.xml in the zip archive", err.Error(), "the format's own message, once")
	assert.ErrorIs(t, docx.ErrTooLarge, ErrTooLarge)
	assert.ErrorIs(t, pdftext.ErrEncrypted, ErrEncrypted)
	assert.NotErrorIs(t, pdftext.ErrEncrypted, ErrMalformed)
}
