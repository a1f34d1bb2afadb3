package parse

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// pdfFuzzSentinels are the errors readPDF may wrap.
var pdfFuzzSentinels = []error{ErrMalformed, ErrTooLarge, ErrEncrypted, ErrNoTextLayer}

// FuzzPDF feeds mutated PDFs to the PDF reader: it must return valid UTF-8
// or an *Error wrapping a sentinel, never panic or hang. Seeds are the
// fixtures, the hand-written files and the regression crashers in
// testdata/pdf/fuzz.
func FuzzPDF(f *testing.F) {
	var seeds []string
	for _, g := range []string{"../testdata/pdf/*.pdf", "../testdata/pdf/crafted/*.pdf", "../testdata/pdf/fuzz/*"} {
		m, _ := filepath.Glob(g)
		seeds = append(seeds, m...)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err == nil && len(b) < 300<<10 { // the 845 KB fixture makes each exec slow
			f.Add(b)
		}
	}
	opts := []Option{WithName("fuzz.pdf"), WithPDFMaxContentBytes(1 << 20), WithPDFMaxPages(50), WithPDFMaxObjects(1 << 16)}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readPDF(data, newConfig(opts))
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *Error: %T %v", err, err)
			}
			for _, s := range pdfFuzzSentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		if !utf8.ValidString(d.text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
