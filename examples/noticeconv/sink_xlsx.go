package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The workbook written under -o, and its sheets.
const (
	xlsxName       = "noticeconv.xlsx"
	sheetItems     = "任务分解表"
	sheetWorkload  = "单位工作量"
	sheetStats     = "统计数据"
	xlsxHeaderRows = 2 // the merged title row and the column header row
)

// xlsxSink writes a workbook for people: the 任务分解表 (one row per item,
// or per item and unit), the unit workload summed over the batch, and,
// when annual reports were converted, their statistics. Each sheet has a
// title row merged across its columns and a bold header row, both frozen
// so they stay visible while scrolling. Rows are streamed through
// excelize's StreamWriter, which keeps them in temporary files rather than
// in memory.
type xlsxSink struct {
	opt      tableOptions
	w        io.Writer // stdout, or nil under -o
	path     string    // DIR/noticeconv.xlsx under -o
	f        *excelize.File
	items    *xlsxSheet
	stats    *xlsxSheet // created at the first statistic
	workload workloadTotals
	ledger   []ledgerRow // the 督办台账, sorted and written at close
	styles   xlsxStyles
}

// xlsxStyles are the cell styles of the workbook.
type xlsxStyles struct{ title, header, text, flagged int }

// xlsxSheet is a sheet being streamed.
type xlsxSheet struct {
	sw   *excelize.StreamWriter
	spec sheetSpec
	next int // next row number
}

// sheetSpec is what a sheet shows: its title, column headers and widths,
// and which columns hold numbers.
type sheetSpec struct {
	title   string
	header  []string
	widths  []float64
	numeric map[int]bool
}

// specOf makes the spec of a sheet showing cols.
func specOf[R any](title string, cols []column[R]) sheetSpec {
	sp := sheetSpec{title: title, header: header(cols, true), numeric: map[int]bool{}}
	for i, c := range cols {
		sp.widths = append(sp.widths, c.width)
		if c.kind == cellNumber {
			sp.numeric[i] = true
		}
	}
	return sp
}

func newXLSXSink(stdout io.Writer, dir string, opt tableOptions) (*xlsxSink, error) {
	s := &xlsxSink{opt: opt, w: stdout, f: excelize.NewFile(), workload: workloadTotals{}}
	if dir != "" {
		s.w, s.path = nil, filepath.Join(dir, xlsxName)
	}
	var err error
	if s.styles, err = newXLSXStyles(s.f); err != nil {
		return nil, err
	}
	if err := s.f.SetSheetName("Sheet1", sheetItems); err != nil {
		return nil, err
	}
	if _, err := s.f.NewSheet(sheetWorkload); err != nil { // filled at close
		return nil, err
	}
	s.items, err = s.startSheet(sheetItems, specOf("任务分解表", itemColumns))
	return s, err
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var st xlsxStyles
	var err error
	if st.title, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Size: 14},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
	}); err != nil {
		return st, err
	}
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
	}); err != nil {
		return st, err
	}
	if st.text, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return st, err
	}
	// Rows the parser doubts (Document.Quality) stand out for checking.
	st.flagged, err = f.NewStyle(&excelize.Style{
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}},
	})
	return st, err
}

// startSheet opens a stream on sheet and writes its title row (merged
// across the columns) and header row, frozen.
func (s *xlsxSink) startSheet(sheet string, spec sheetSpec) (*xlsxSheet, error) {
	header, widths := spec.header, spec.widths
	sw, err := s.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: xlsxHeaderRows, TopLeftCell: fmt.Sprintf("A%d", xlsxHeaderRows+1), ActivePane: "bottomLeft",
	}); err != nil {
		return nil, err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(header), 1)
	if err != nil {
		return nil, err
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{Value: spec.title, StyleID: s.styles.title}}, excelize.RowOpts{Height: 24}); err != nil {
		return nil, err
	}
	if err := sw.MergeCell("A1", last); err != nil {
		return nil, err
	}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{Value: h, StyleID: s.styles.header}
	}
	if err := sw.SetRow("A2", cells); err != nil {
		return nil, err
	}
	return &xlsxSheet{sw: sw, spec: spec, next: xlsxHeaderRows + 1}, nil
}

// finish gives the sheet an AutoFilter over its header and rows (as an
// Excel table, the one kind of filter a streamed sheet can carry) and
// flushes it.
func (sh *xlsxSheet) finish() error {
	last, err := excelize.CoordinatesToCellName(len(sh.spec.header), max(sh.next-1, xlsxHeaderRows+1))
	if err != nil {
		return err
	}
	noStripes := false
	if err := sh.sw.AddTable(&excelize.Table{
		Range: fmt.Sprintf("A%d:%s", xlsxHeaderRows, last), StyleName: "TableStyleLight1", ShowRowStripes: &noStripes,
	}); err != nil {
		return err
	}
	return sh.sw.Flush()
}

// row writes one record, turning numeric columns into numbers and cutting
// text to Excel's cell limit.
func (s *xlsxSink) row(sh *xlsxSheet, rec []string) error {
	return s.styledRow(sh, rec, s.styles.text)
}

// styledRow is row with the text cells in style.
func (s *xlsxSink) styledRow(sh *xlsxSheet, rec []string, style int) error {
	cells := make([]any, len(rec))
	for i, v := range rec {
		if sh.spec.numeric[i] {
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				cells[i] = n
				continue
			}
		}
		cells[i] = excelize.Cell{Value: fitCell(v), StyleID: style}
	}
	if sh.next > excelize.TotalRows {
		return fmt.Errorf("more than %d rows do not fit in an XLSX sheet; use -format csv for a batch this large", excelize.TotalRows)
	}
	cell, err := excelize.CoordinatesToCellName(1, sh.next)
	if err != nil {
		return err
	}
	sh.next++
	return sh.sw.SetRow(cell, cells)
}

// fitCell cuts s to the 32,767 characters an Excel cell holds.
func fitCell(s string) string {
	if utf8.RuneCountInString(s) <= excelize.TotalCellChars {
		return s
	}
	r := []rune(s)
	return string(r[:excelize.TotalCellChars-1]) + "…"
}

func (s *xlsxSink) render(r *result) error {
	r.table = buildTable(r.in.name(), r.doc, tableOptions{perUnit: s.opt.perUnit, chinese: true, ledger: true})
	r.doc = nil
	return nil
}

func (s *xlsxSink) write(r *result) error {
	for _, rec := range r.table.items {
		style := s.styles.text
		if rec[flagsColumn] != "" {
			style = s.styles.flagged
		}
		if err := s.styledRow(s.items, rec, style); err != nil {
			return err
		}
	}
	if len(r.table.stats) > 0 && s.stats == nil {
		if _, err := s.f.NewSheet(sheetStats); err != nil {
			return err
		}
		var err error
		if s.stats, err = s.startSheet(sheetStats, specOf("年度报告统计数据", statColumns)); err != nil {
			return err
		}
	}
	for _, rec := range r.table.stats {
		if err := s.row(s.stats, rec); err != nil {
			return err
		}
	}
	s.workload.add(r.table.workload)
	s.ledger = append(s.ledger, r.table.ledger...)
	return nil
}

func (s *xlsxSink) close(ok bool) error {
	defer s.f.Close()
	if !ok {
		return nil
	}
	if err := s.items.finish(); err != nil {
		return err
	}
	if s.stats != nil {
		if err := s.stats.finish(); err != nil {
			return err
		}
	}
	if err := s.writeLedger(); err != nil {
		return err
	}
	wl, err := s.startSheet(sheetWorkload, specOf("单位工作量", workloadColumns))
	if err != nil {
		return err
	}
	rows := s.workload.rows()
	for i := range rows {
		if err := s.row(wl, record(workloadColumns, &rows[i], tableOptions{chinese: true})); err != nil {
			return err
		}
	}
	if err := wl.finish(); err != nil {
		return err
	}
	// The items sheet, created first, is the active one. (Do not call
	// SetActiveSheet here: it re-reads every flushed sheet into memory.)
	if s.w != nil {
		_, err := s.f.WriteTo(s.w)
		return err
	}
	a, err := createAtomic(s.path)
	if err != nil {
		return err
	}
	if _, err := s.f.WriteTo(a); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}

// writeLedger writes the 督办台账 sheet, the items of every plan by the
// month they are due, when the batch had items.
func (s *xlsxSink) writeLedger() error {
	if len(s.ledger) == 0 {
		return nil
	}
	sortLedger(s.ledger)
	if _, err := s.f.NewSheet(sheetLedger); err != nil {
		return err
	}
	sh, err := s.startSheet(sheetLedger, specOf("督办台账（按到期月份）", ledgerColumns))
	if err != nil {
		return err
	}
	for _, r := range s.ledger {
		if err := s.row(sh, r.cells); err != nil {
			return err
		}
	}
	return sh.finish()
}
