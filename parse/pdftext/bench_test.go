package pdftext

import (
	"bytes"
	"io"
	"testing"

	"github.com/ledongthuc/pdf"
)

var benchFixtures = []string{
	"table4col_libreoffice_umingcn.pdf",
	"prose_cairo_type0_identityH.pdf",
	"trad_chromium_type3.pdf",
	"mixed_text_and_scanned_page.pdf",
}

// BenchmarkExtract measures Extract on the fixtures: pages/s, and MB/s
// of text out (b.SetBytes is the size of the extracted text).
func BenchmarkExtract(b *testing.B) {
	for _, name := range benchFixtures {
		data := readFixture(b, name)
		b.Run(name, func(b *testing.B) {
			res, err := Extract(data, Limits{})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(res.Text)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Extract(data, Limits{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(res.Pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkLibraryGetPlainText is the library's own Reader.GetPlainText on
// the same files, for comparison (its text is wrong on three of them;
// see pdf-facts.md).
func BenchmarkLibraryGetPlainText(b *testing.B) {
	for _, name := range benchFixtures {
		data := readFixture(b, name)
		b.Run(name, func(b *testing.B) {
			plain := func() (int, int, error) {
				r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
				if err != nil {
					return 0, 0, err
				}
				rd, err := r.GetPlainText()
				if err != nil {
					return 0, 0, err
				}
				t, err := io.ReadAll(rd)
				return len(t), r.NumPage(), err
			}
			n, pages, err := plain()
			if err != nil {
				b.Skip(err)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, _, err := plain(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
