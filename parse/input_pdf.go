package parse

import (
	"context"
	"errors"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/pdftext"
)

// pdfConfig holds the PDF reader's limits.
type pdfConfig struct {
	limits pdftext.Limits
	fill   bool // repeat merged table cells in every row
}

func defaultPDFConfig() pdfConfig { return pdfConfig{limits: pdftext.DefaultLimits()} }

// WithPDFMaxPages limits the pages read from a PDF (default 5000); later
// pages are reported with a lost_page warning. Zero or less keeps the default.
func WithPDFMaxPages(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.pdf.limits.MaxPages = n
		}
	}
}

// WithPDFMaxContentBytes limits the decompressed content streams of one
// PDF page (default 64 MiB); a page over the limit is lost with a warning.
// Zero or less keeps the default.
func WithPDFMaxContentBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.pdf.limits.MaxContentBytes = n
		}
	}
}

// WithPDFMaxObjects limits the objects a PDF's cross-reference table may
// declare (default 4 Mi); larger files fail with ErrTooLarge before any
// memory is allocated for them. Zero or less keeps the default.
func WithPDFMaxObjects(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.pdf.limits.MaxObjects = n
		}
	}
}

// WithPDFMaxTreeNodes limits the nodes visited in a PDF's page tree
// (default 200,000). Zero or less keeps the default.
func WithPDFMaxTreeNodes(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.pdf.limits.MaxTreeNodes = n
		}
	}
}

// WithPDFFillMerged repeats the text of a merged (row-spanning) table
// cell of a PDF in every row it spans. By default the rows below the
// first are left empty, as the DOCX reader leaves a vertically merged
// cell, which is how the plan builder recognises rows of one goal or task;
// a merged cell in a column its header names for the lead units (牵头单位)
// is filled all the same, since a row under it may name its other units
// and the text could not tell it from a row without a lead.
func WithPDFFillMerged() Option { return func(c *config) { c.pdf.fill = true } }

// readPDF extracts the text of a PDF with pdftext: one paragraph or one
// tab-separated table row per line, page furniture removed. Lost, scanned
// and garbled pages become warnings; a file-level failure is an *Error
// wrapping ErrMalformed, ErrEncrypted, ErrTooLarge or ErrNoTextLayer, with
// Page set when one page is to blame.
func readPDF(data []byte, c *config) (*decoded, error) {
	res, err := pdftext.ExtractWith(data, pdftext.Options{Limits: c.pdf.limits, FillMerged: c.pdf.fill, Context: c.ctx})
	if err != nil {
		return nil, pdfError(c.name, err)
	}
	d := &decoded{
		text:   res.Text,
		source: model.Source{Format: model.FormatPDF, Encoding: model.Encoding(pdfEncoding(res.Encoding))},
	}
	for _, w := range res.Warnings {
		code := model.WarnLostPage
		switch w.Kind {
		case pdftext.WarnScanned:
			code = model.WarnScannedPage
		case pdftext.WarnGarbled:
			code = model.WarnGarbled
		}
		d.warnings = append(d.warnings, model.Warning{Code: code, Message: w.Message})
	}
	return d, nil
}

// pdfEncoding names the encoding of a predefined CMap used by the text
// ("GBK-EUC-H" → "gbk"); text from ToUnicode maps is reported as UTF-8.
func pdfEncoding(cmap string) string {
	switch {
	case cmap == "":
		return "utf-8"
	case strings.HasPrefix(cmap, "GBK2K"):
		return "gb18030"
	case strings.HasPrefix(cmap, "GBK"):
		return "gbk"
	case strings.HasPrefix(cmap, "GB"):
		return "gb2312"
	case strings.Contains(cmap, "B5"):
		return "big5"
	case strings.Contains(cmap, "UCS2"), strings.Contains(cmap, "UTF16"):
		return "utf-16be"
	}
	return "utf-8"
}

// pdfError makes a pdftext error an *Error naming the file and page;
// pdftext's sentinels already wrap this package's reasons.
func pdfError(name string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return wrapErr(name, err)
	}
	page := 0
	var pe *pdftext.PageError
	if errors.As(err, &pe) {
		page, err = pe.Page, pe.Err
	}
	return &Error{File: name, Offset: -1, Page: page, Err: asReason(err, ErrMalformed)}
}
