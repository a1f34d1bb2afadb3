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
	styles   xlsxStyles
}

// xlsxStyles are the cell styles of the workbook.
type xlsxStyles struct{ title, header, text int }

// xlsxSheet is a sheet being streamed.
type xlsxSheet struct {
	sw   *excelize.StreamWriter
	next int // next row number
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
	s.items, err = s.startSheet(sheetItems, "任务分解表", itemColumnsZH, []float64{24, 18, 6, 24, 6, 28, 14, 6, 60, 28, 12, 28, 8, 12, 8, 8, 6})
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
	st.text, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	return st, err
}

// startSheet opens a stream on sheet and writes its title row (merged
// across the columns) and header row, frozen.
func (s *xlsxSink) startSheet(sheet, title string, header []string, widths []float64) (*xlsxSheet, error) {
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
	if err := sw.SetRow("A1", []any{excelize.Cell{Value: title, StyleID: s.styles.title}}, excelize.RowOpts{Height: 24}); err != nil {
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
	return &xlsxSheet{sw: sw, next: xlsxHeaderRows + 1}, nil
}

// numericItemCols and numericStatCols are written as numbers.
var (
	numericItemCols = map[int]bool{14: true, 15: true, 16: true}
	numericStatCols = map[int]bool{3: true, 6: true, 9: true, 10: true, 11: true}
)

// row writes one record, turning numeric columns into numbers and cutting
// text to Excel's cell limit.
func (s *xlsxSink) row(sh *xlsxSheet, rec []string, numeric map[int]bool) error {
	cells := make([]any, len(rec))
	for i, v := range rec {
		if numeric[i] {
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				cells[i] = n
				continue
			}
		}
		cells[i] = excelize.Cell{Value: fitCell(v), StyleID: s.styles.text}
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
	r.table = buildTable(r.in.name(), r.doc, tableOptions{perUnit: s.opt.perUnit, chinese: true})
	r.doc = nil
	return nil
}

func (s *xlsxSink) write(r *result) error {
	for _, rec := range r.table.items {
		if err := s.row(s.items, rec, numericItemCols); err != nil {
			return err
		}
	}
	if len(r.table.stats) > 0 && s.stats == nil {
		if _, err := s.f.NewSheet(sheetStats); err != nil {
			return err
		}
		var err error
		if s.stats, err = s.startSheet(sheetStats, "年度报告统计数据", statColumnsZH, []float64{24, 18, 36, 6, 30, 36, 10, 6, 10, 8, 8, 6}); err != nil {
			return err
		}
	}
	for _, rec := range r.table.stats {
		if err := s.row(s.stats, rec, numericStatCols); err != nil {
			return err
		}
	}
	s.workload.add(r.table.workload)
	return nil
}

func (s *xlsxSink) close(ok bool) error {
	defer s.f.Close()
	if !ok {
		return nil
	}
	if err := s.items.sw.Flush(); err != nil {
		return err
	}
	if s.stats != nil {
		if err := s.stats.sw.Flush(); err != nil {
			return err
		}
	}
	wl, err := s.startSheet(sheetWorkload, "单位工作量", workloadColumnsZH, []float64{36, 8, 8, 8, 8, 8})
	if err != nil {
		return err
	}
	for _, r := range s.workload.rows() {
		if err := s.row(wl, workloadRecord(r), map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true}); err != nil {
			return err
		}
	}
	if err := wl.sw.Flush(); err != nil {
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
