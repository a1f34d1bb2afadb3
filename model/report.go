package model

// Report is a 政府信息公开工作年度报告: its sections and the statistics it
// states.
type Report struct {
	Title    string    `json:"title"`
	Year     int       `json:"year,omitempty"`
	Sections []Section `json:"sections"`
	// Stats is one flat list of every count the report states, in prose and
	// in its tables (a table cell is labelled "ROW / COLUMN").
	Stats []Stat `json:"stats"`
	// Tables holds the tables of the national template (reports from 2019
	// on); nil for a prose report.
	Tables *ReportTables `json:"tables,omitempty"`
}

// Section is a heading of the report and the span of its text.
type Section struct {
	No      string `json:"no"`
	Index   int    `json:"index"`
	Level   int    `json:"level"` // 1 for 一、, 2 for （一）, 3 for 1.
	Heading string `json:"heading"`
	Span    Span   `json:"span"` // the heading line
	Body    Span   `json:"body"` // the text up to the next heading of the same or a higher level
}

// Stat is one count the report states.
type Stat struct {
	Label string   `json:"label"`
	Value float64  `json:"value"`
	Unit  string   `json:"unit,omitempty"`
	Scope string   `json:"scope,omitempty"` // 全市, 市政府本级 …
	Path  []string `json:"path,omitempty"`  // e.g. ["申请来源", "公民"]
	Span  Span     `json:"span"`
}

// ReportTables are the three tables of the national annual-report template
// (国务院办公厅政府信息与政务公开办公室, 2019 and 2021 versions).
type ReportTables struct {
	// Proactive holds the 主动公开 tables of section 二, one per
	// 第二十条第（N）项 block (rows 规章, 行政规范性文件, 行政许可 …).
	Proactive []Table `json:"proactive,omitempty"`
	// Requests is the table of section 三: rows 本年新收, 上年结转, the
	// 办理结果 rows and 结转下年度继续办理; columns 自然人, the five kinds of
	// 法人或其他组织 and 总计.
	Requests *Table `json:"requests,omitempty"`
	// Review is the table of section 四: rows 行政复议, 行政诉讼/未经复议直接起诉
	// and 行政诉讼/复议后起诉; columns 结果维持, 结果纠正, 其他结果, 尚未审结,
	// 总计.
	Review *Table `json:"review,omitempty"`
}

// Table is a template table as rows × columns of numbers. Row keys and
// column names are the template's labels in simplified script, the same for
// every report, so tables can be compared across governments and years.
type Table struct {
	// Title names the block, e.g. 第二十条第（一）项; "" for a table without one.
	Title   string     `json:"title,omitempty"`
	Columns []string   `json:"columns"`
	Rows    []TableRow `json:"rows"`
	Span    Span       `json:"span"`
}

// TableRow is one row of a Table.
type TableRow struct {
	// Key is the row's template label, with its parent joined by "/" for a
	// sub-row, e.g. 予以公开 or 不予公开/属于国家秘密.
	Key string `json:"key"`
	// Label is the row label as written, ordinal and remark included.
	Label string `json:"label"`
	// Cells holds one value per column; null for an empty or missing cell.
	Cells []*float64 `json:"cells"`
	Span  Span       `json:"span"`
}

// Cell returns the value of the named column and whether the row has one.
func (r TableRow) Cell(t *Table, column string) (float64, bool) {
	for i, c := range t.Columns {
		if c == column && i < len(r.Cells) && r.Cells[i] != nil {
			return *r.Cells[i], true
		}
	}
	return 0, false
}

// Row returns the row with the given key, or nil.
func (t *Table) Row(key string) *TableRow {
	if t == nil {
		return nil
	}
	for i := range t.Rows {
		if t.Rows[i].Key == key {
			return &t.Rows[i]
		}
	}
	return nil
}
