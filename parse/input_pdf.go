package parse

import "fmt"

// pdfConfig holds the PDF reader's limits.
type pdfConfig struct{}

func defaultPDFConfig() pdfConfig { return pdfConfig{} }

// readPDF extracts the text of a PDF.
func readPDF(data []byte, c *config) (*decoded, error) {
	return nil, fmt.Errorf("%w: PDF reading is not implemented yet", ErrUnsupportedFormat)
}
