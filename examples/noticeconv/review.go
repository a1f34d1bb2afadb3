package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// The review queue (-review FILE) lists what a person should check: one row
// per flagged element of every document, and one per document-wide reason
// of every document the parser marks for review (Document.Quality). It is
// written as CSV or XLSX, by FILE's extension, beside whatever -format
// writes; in XLSX the rows of documents marked for review are highlighted.

// reviewRow is the source of one row of the review queue.
type reviewRow struct {
	file    string
	quality *model.Quality
	reason  *model.Reason
}

// reviewColumns are the columns of the review queue.
var reviewColumns = []column[reviewRow]{
	{"file", "文件", 24, cellText, func(r *reviewRow, _ tableOptions) string { return r.file }},
	{"review", "需复核", 8, cellText, func(r *reviewRow, opt tableOptions) string { return yesNo(r.quality.Review, opt.chinese) }},
	{"score", "可信度", 8, cellNumber, func(r *reviewRow, _ tableOptions) string {
		return strconv.FormatFloat(r.quality.Score, 'f', -1, 64)
	}},
	{"reason", "原因", 16, cellText, func(r *reviewRow, _ tableOptions) string { return r.reason.Code }},
	{"message", "说明", 40, cellText, func(r *reviewRow, _ tableOptions) string { return r.reason.Message }},
	{"path", "位置", 28, cellText, func(r *reviewRow, _ tableOptions) string { return r.reason.Path }},
	{"element_id", "元素ID", 18, cellText, func(r *reviewRow, _ tableOptions) string { return r.reason.Element }},
	{"excerpt", "原文摘录", 40, cellText, func(r *reviewRow, _ tableOptions) string { return r.reason.Excerpt }},
	{"span_start", "起始字节", 8, cellNumber, func(r *reviewRow, _ tableOptions) string { return spanPart(r.reason.Span, 0) }},
	{"span_end", "结束字节", 8, cellNumber, func(r *reviewRow, _ tableOptions) string { return spanPart(r.reason.Span, 1) }},
	{"line", "行号", 6, cellNumber, func(r *reviewRow, _ tableOptions) string { return spanPart(r.reason.Span, 2) }},
}

// spanPart is the start (0), end (1) or line (2) of sp, "" without a span.
func spanPart(sp *model.Span, part int) string {
	if sp == nil {
		return ""
	}
	return strconv.Itoa([]int{sp.Start, sp.End, sp.Line}[part])
}

// reviewQueue is a document's rows of the review queue, rendered for
// people (XLSX) or machines (CSV), and whether the document needs review.
type reviewQueue struct {
	rows   [][]string
	review bool
}

// reviewRows lists doc's rows: parse.ReviewQueue's reasons.
func reviewRows(file string, doc *model.Document, opt tableOptions) reviewQueue {
	q := doc.Quality
	if q == nil {
		return reviewQueue{}
	}
	out := reviewQueue{review: q.Review}
	queue := parse.ReviewQueue(doc)
	for i := range queue {
		out.rows = append(out.rows, record(reviewColumns, &reviewRow{file: file, quality: q, reason: &queue[i]}, opt))
	}
	return out
}

// reviewSink writes the review queue and passes every result on to the
// sink of -format. The queue's rows are taken in render, before the inner
// sink drops the document.
type reviewSink struct {
	inner sink
	xlsx  bool
	csv   *csv.Writer
	book  *xlsxSink // the workbook's file, styles and sheet streaming
	sheet *xlsxSheet
	file  *atomicFile
	path  string
}

// newReviewSink opens the queue at path, CSV or XLSX by its extension.
func newReviewSink(path string, inner sink) (*reviewSink, error) {
	xlsx, err := reviewFormat(path)
	if err != nil {
		return nil, err
	}
	s := &reviewSink{inner: inner, path: path, xlsx: xlsx}
	if xlsx {
		b := &xlsxSink{f: excelize.NewFile()}
		if b.styles, err = newXLSXStyles(b.f); err != nil {
			return nil, err
		}
		if err := b.f.SetSheetName("Sheet1", sheetReview); err != nil {
			return nil, err
		}
		s.book = b
		s.sheet, err = b.startSheet(sheetReview, specOf("复核清单", reviewColumns))
		return s, err
	}
	f, err := createAtomic(path)
	if err != nil {
		return nil, err
	}
	f.WriteString(utf8BOM)
	s.file, s.csv = f, csv.NewWriter(f)
	return s, s.csv.Write(header(reviewColumns, false))
}

// reviewFormat tells from its extension whether the queue at path is XLSX
// (else CSV), or why it can be neither.
func reviewFormat(path string) (xlsx bool, err error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return true, nil
	case ".csv":
		return false, nil
	}
	return false, fmt.Errorf("-review %s: the review queue is written as .csv or .xlsx", path)
}

// sheetReview is the review workbook's sheet.
const sheetReview = "复核清单"

func (s *reviewSink) render(r *result) error {
	r.queue = reviewRows(r.in.name(), r.doc, tableOptions{chinese: s.xlsx})
	return s.inner.render(r)
}

func (s *reviewSink) write(r *result) error {
	for _, rec := range r.queue.rows {
		var err error
		if s.xlsx {
			style := s.book.styles.text
			if r.queue.review {
				style = s.book.styles.flagged
			}
			err = s.book.styledRow(s.sheet, rec, style)
		} else {
			err = s.csv.Write(rec)
		}
		if err != nil {
			return err
		}
	}
	return s.inner.write(r)
}

func (s *reviewSink) close(ok bool) error {
	err := s.inner.close(ok)
	if s.xlsx {
		defer s.book.f.Close()
		if !ok || err != nil {
			return err
		}
		if err := s.sheet.finish(); err != nil {
			return err
		}
		a, err := createAtomic(s.path)
		if err != nil {
			return err
		}
		if _, err := s.book.f.WriteTo(a); err != nil {
			a.Abort()
			return err
		}
		return a.Commit()
	}
	s.csv.Flush()
	if err == nil {
		err = s.csv.Error()
	}
	if !ok || err != nil {
		s.file.Abort()
		return err
	}
	return s.file.Commit()
}

// reviewThreshold is the library's threshold, shown in the summary.
const reviewThreshold = parse.ReviewThreshold
