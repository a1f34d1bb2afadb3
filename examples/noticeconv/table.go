package main

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// docTable is a document flattened into spreadsheet rows: the 任务分解表
// (one row per item, or per item and unit), the statistics of an annual
// report, and the document's share of the unit workload. Workers build it
// so that the single writer only copies rows out. Cells are strings; the
// XLSX sink turns the columns of kind cellNumber into numbers.
type docTable struct {
	items    [][]string
	stats    [][]string
	workload []workloadRow
	ledger   []ledgerRow // the 督办台账 rows, one per item (XLSX only)
}

// cellKind says how a column's values are written in XLSX.
type cellKind int

const (
	cellText   cellKind = iota
	cellNumber          // written as a number
)

// column is one column of a table: its CSV header (machine-readable), its
// XLSX header (for people), its XLSX width, and how its value is taken
// from a row source R. To add a column, add an entry to the table's list:
// the CSV and XLSX sinks, their headers and their widths follow.
type column[R any] struct {
	name  string
	label string
	width float64
	kind  cellKind
	value func(r *R, opt tableOptions) string
}

// header returns the CSV (or, for people, XLSX) headers of cols.
func header[R any](cols []column[R], people bool) []string {
	h := make([]string, len(cols))
	for i, c := range cols {
		h[i] = c.name
		if people {
			h[i] = c.label
		}
	}
	return h
}

// record renders one row source through cols.
func record[R any](cols []column[R], r *R, opt tableOptions) []string {
	rec := make([]string, len(cols))
	for i, c := range cols {
		rec[i] = c.value(r, opt)
	}
	return rec
}

// itemRow is the source of one row of the items table: an item with its
// task, goal and document, and the units the row shows (all of the item's,
// or one of them with -rows unit).
type itemRow struct {
	file  string
	doc   *model.Document
	goal  *model.Goal
	task  *model.Task
	item  *model.Item
	units []model.Unit
}

// itemColumns are the columns of the items table (任务分解表). The
// clerk's columns come first; the machine columns (item id and the byte
// span of the item in the decoded text) stay at the end, after every
// column meant for people.
var itemColumns = []column[itemRow]{
	{"file", "文件", 24, cellText, func(r *itemRow, _ tableOptions) string { return r.file }},
	{"doc_number", "发文字号", 18, cellText, func(r *itemRow, _ tableOptions) string { return r.doc.Meta.DocNumber.Text() }},
	{"goal_no", "目标序号", 6, cellText, func(r *itemRow, _ tableOptions) string { return r.goal.No }},
	{"goal_title", "目标", 24, cellText, func(r *itemRow, _ tableOptions) string { return r.goal.Title }},
	{"task_no", "任务序号", 6, cellText, func(r *itemRow, _ tableOptions) string { return r.task.No }},
	{"task_title", "任务", 28, cellText, func(r *itemRow, _ tableOptions) string { return r.task.Title }},
	{"item_no", "事项序号", 6, cellText, func(r *itemRow, _ tableOptions) string { return r.item.No }},
	{"item_text", "工作内容", 60, cellText, func(r *itemRow, _ tableOptions) string { return r.item.Text }},
	{"unit", "责任单位", 28, cellText, func(r *itemRow, _ tableOptions) string {
		return joinUnits(r.units, func(u model.Unit) string { return u.Name }, false)
	}},
	{"role", "职责", 12, cellText, func(r *itemRow, opt tableOptions) string {
		// For people, each role once (牵头、配合), not once per unit.
		return joinUnits(r.units, func(u model.Unit) string { return roleName(u.Role, opt.chinese) }, opt.chinese)
	}},
	{"canonical_unit", "规范单位名", 28, cellText, func(r *itemRow, _ tableOptions) string {
		return joinUnits(r.units, canonical, false)
	}},
	{"units_inherited", "单位沿用上行", 8, cellText, func(r *itemRow, opt tableOptions) string {
		return yesNo(r.item.UnitsInherited, opt.chinese)
	}},
	{"deadline", "时限", 12, cellText, func(r *itemRow, _ tableOptions) string { return r.item.Deadline }},
	// The document's full title, 文种 and issuers (all of a joint notice).
	{"title", "标题", 36, cellText, func(r *itemRow, _ tableOptions) string { return r.doc.Meta.Title.Text() }},
	{"doc_type", "文种", 6, cellText, func(r *itemRow, _ tableOptions) string { return r.doc.Meta.DocType.Text() }},
	{"issuers", "发文机关", 24, cellText, func(r *itemRow, _ tableOptions) string { return issuers(r.doc) }},
	// What the parser read from the item: its earliest dated deadline, its
	// deadline phrases, how often it recurs and its targets (ledger.go).
	{"due", "截止日期", 12, cellText, func(r *itemRow, _ tableOptions) string { _, d := itemDue(r.item); return d }},
	{"deadlines", "时限要求", 20, cellText, func(r *itemRow, _ tableOptions) string { return deadlineTexts(r.item) }},
	{"frequency", "频次", 8, cellText, func(r *itemRow, opt tableOptions) string { return frequencyName(r.item.Frequency, opt.chinese) }},
	{"targets", "量化指标", 16, cellText, func(r *itemRow, _ tableOptions) string { return targetTexts(r.item) }},
	{"flags", "存疑", 14, cellText, func(r *itemRow, _ tableOptions) string { return rowFlags(r) }},
	// Machine columns.
	{"item_id", "事项ID", 14, cellText, func(r *itemRow, _ tableOptions) string { return r.item.ID }},
	{"span_start", "起始字节", 8, cellNumber, func(r *itemRow, _ tableOptions) string { return strconv.Itoa(r.item.Span.Start) }},
	{"span_end", "结束字节", 8, cellNumber, func(r *itemRow, _ tableOptions) string { return strconv.Itoa(r.item.Span.End) }},
	{"line", "行号", 6, cellNumber, func(r *itemRow, _ tableOptions) string { return strconv.Itoa(r.item.Span.Line) }},
}

// statRow is the source of one row of the statistics table.
type statRow struct {
	file   string
	doc    *model.Document
	report *model.Report
	stat   *model.Stat
}

// statColumns are the columns of the statistics table of annual reports;
// the byte span is last.
var statColumns = []column[statRow]{
	{"file", "文件", 24, cellText, func(r *statRow, _ tableOptions) string { return r.file }},
	{"doc_number", "发文字号", 18, cellText, func(r *statRow, _ tableOptions) string { return r.doc.Meta.DocNumber.Text() }},
	{"report_title", "报告标题", 36, cellText, func(r *statRow, _ tableOptions) string { return r.report.Title }},
	{"year", "年度", 6, cellNumber, func(r *statRow, _ tableOptions) string { return yearString(r.report.Year) }},
	{"path", "分类", 30, cellText, func(r *statRow, _ tableOptions) string { return strings.Join(r.stat.Path, " / ") }},
	{"label", "指标", 36, cellText, func(r *statRow, _ tableOptions) string { return r.stat.Label }},
	{"value", "数值", 10, cellNumber, func(r *statRow, _ tableOptions) string { return strconv.FormatFloat(r.stat.Value, 'f', -1, 64) }},
	{"unit", "单位", 6, cellText, func(r *statRow, _ tableOptions) string { return r.stat.Unit }},
	{"scope", "范围", 10, cellText, func(r *statRow, _ tableOptions) string { return r.stat.Scope }},
	// The document's full title, 文种 and issuers (all of a joint notice).
	{"title", "标题", 36, cellText, func(r *statRow, _ tableOptions) string { return r.doc.Meta.Title.Text() }},
	{"doc_type", "文种", 6, cellText, func(r *statRow, _ tableOptions) string { return r.doc.Meta.DocType.Text() }},
	{"issuers", "发文机关", 24, cellText, func(r *statRow, _ tableOptions) string { return issuers(r.doc) }},
	{"span_start", "起始字节", 8, cellNumber, func(r *statRow, _ tableOptions) string { return strconv.Itoa(r.stat.Span.Start) }},
	{"span_end", "结束字节", 8, cellNumber, func(r *statRow, _ tableOptions) string { return strconv.Itoa(r.stat.Span.End) }},
	{"line", "行号", 6, cellNumber, func(r *statRow, _ tableOptions) string { return strconv.Itoa(r.stat.Span.Line) }},
}

// tableOptions say how to flatten.
type tableOptions struct {
	perUnit bool // one row per item and unit instead of per item
	chinese bool // for people (XLSX): Chinese roles and 是/否, each role once
	ledger  bool // also render the 督办台账 rows
}

// buildTable flattens doc. name is the input's name for the file column.
func buildTable(name string, doc *model.Document, opt tableOptions) *docTable {
	t := &docTable{}
	for g := range doc.Goals() {
		for i := range g.Tasks {
			k := &g.Tasks[i]
			for j := range k.Items {
				it := &k.Items[j]
				r := itemRow{file: name, doc: doc, goal: g, task: k, item: it, units: it.Units}
				if opt.ledger {
					t.ledger = append(t.ledger, ledgerRows(&r, opt))
				}
				if !opt.perUnit || len(it.Units) <= 1 {
					t.items = append(t.items, record(itemColumns, &r, opt))
					continue
				}
				for _, u := range it.Units {
					r.units = []model.Unit{u}
					t.items = append(t.items, record(itemColumns, &r, opt))
				}
			}
		}
	}
	if doc.Plan != nil {
		t.workload = documentWorkload(doc)
	}
	if rep := doc.Report; rep != nil {
		for i := range rep.Stats {
			r := statRow{file: name, doc: doc, report: rep, stat: &rep.Stats[i]}
			t.stats = append(t.stats, record(statColumns, &r, opt))
		}
	}
	return t
}

// issuers lists the document's issuing authorities joined with 、 (both
// of a joint notice), or its single issuer field when the list is empty.
func issuers(doc *model.Document) string {
	if len(doc.Meta.Issuers) == 0 {
		return doc.Meta.Issuer.Text()
	}
	names := make([]string, len(doc.Meta.Issuers))
	for i, f := range doc.Meta.Issuers {
		names[i] = f.Value
	}
	return strings.Join(names, "、")
}

// flagsColumn is the index of the flags column of itemColumns; the XLSX
// sink highlights the rows where it is not empty.
var flagsColumn = slices.IndexFunc(itemColumns, func(c column[itemRow]) bool { return c.name == "flags" })

// rowFlags lists, once each, the quality flags of the row's goal, task,
// item and units (model.Reason* codes), joined by 、.
func rowFlags(r *itemRow) string {
	var codes []string
	for _, fl := range [][]string{r.goal.Flags, r.task.Flags, r.item.Flags} {
		codes = append(codes, fl...)
	}
	for _, u := range r.units {
		codes = append(codes, u.Flags...)
	}
	slices.Sort(codes)
	return strings.Join(slices.Compact(codes), "、")
}

// joinUnits joins one value per unit with 、; with distinct, a value is
// listed once, where it first occurs.
func joinUnits(units []model.Unit, value func(model.Unit) string, distinct bool) string {
	vals := make([]string, 0, len(units))
	for _, u := range units {
		v := value(u)
		if distinct && slices.Contains(vals, v) {
			continue
		}
		vals = append(vals, v)
	}
	return strings.Join(vals, "、")
}

// canonical is the unit's canonical name: the parser's, else the alias
// table's, else the name as written.
func canonical(u model.Unit) string {
	if u.Canonical != "" {
		return u.Canonical
	}
	if c := segment.Canonical(u.Name); c != "" {
		return c
	}
	return u.Name
}

func roleName(r model.Role, chinese bool) string {
	if chinese {
		return r.Label()
	}
	return string(r)
}

// yesNo writes a flag as true/false, or 是/否 for people.
func yesNo(b, chinese bool) string {
	switch {
	case chinese && b:
		return "是"
	case chinese:
		return "否"
	}
	return strconv.FormatBool(b)
}

func yearString(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}
