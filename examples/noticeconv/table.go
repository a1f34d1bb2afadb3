package main

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// docTable is a document flattened into spreadsheet rows: the 任务分解表
// (one row per item, or per item and unit), the statistics of an annual
// report, and the document's share of the unit workload. Workers build it
// so that the single writer only copies rows out.
type docTable struct {
	items    [][]string
	stats    [][]string
	workload []segment.WorkloadRow
}

// itemColumns are the columns of the items table (CSV header).
var itemColumns = []string{
	"file", "doc_number", "goal_no", "goal_title", "task_no", "task_title",
	"item_id", "item_no", "item_text", "unit", "role", "canonical_unit",
	"units_inherited", "deadline", "span_start", "span_end", "line",
}

// itemColumnsZH are the same columns for people (XLSX header).
var itemColumnsZH = []string{
	"文件", "发文字号", "目标序号", "目标", "任务序号", "任务",
	"事项ID", "事项序号", "工作内容", "责任单位", "职责", "规范单位名",
	"单位继承自上行", "时限", "起始字节", "结束字节", "行号",
}

// statColumns are the columns of the statistics table.
var statColumns = []string{
	"file", "doc_number", "report_title", "year", "path", "label", "value", "unit", "scope", "span_start", "span_end", "line",
}

// statColumnsZH are the statistics columns for people.
var statColumnsZH = []string{
	"文件", "发文字号", "报告标题", "年度", "分类", "指标", "数值", "单位", "范围", "起始字节", "结束字节", "行号",
}

// workloadColumns are the columns of the unit workload table.
var workloadColumns = []string{"unit", "lead", "cooperate", "participate", "responsible", "total"}

// workloadColumnsZH are the workload columns for people.
var workloadColumnsZH = []string{"单位", "牵头", "配合", "参与", "负责", "合计"}

// tableOptions say how to flatten.
type tableOptions struct {
	perUnit bool // one row per item and unit instead of per item
	chinese bool // role names in Chinese (for XLSX)
}

// buildTable flattens doc. name is the input's name for the file column.
func buildTable(name string, doc *model.Document, opt tableOptions) *docTable {
	t := &docTable{}
	number := doc.Meta.DocNumber.Text()
	if p := doc.Plan; p != nil {
		for _, g := range p.Goals {
			for _, k := range g.Tasks {
				for _, it := range k.Items {
					row := []string{
						name, number, g.No, g.Title, k.No, k.Title,
						it.ID, it.No, it.Text, "", "", "",
						strconv.FormatBool(it.UnitsInherited), it.Deadline,
						strconv.Itoa(it.Span.Start), strconv.Itoa(it.Span.End), strconv.Itoa(it.Span.Line),
					}
					const unitCol = 9
					if !opt.perUnit || len(it.Units) == 0 {
						names, roles, canon := unitLists(it.Units, opt.chinese)
						row[unitCol], row[unitCol+1], row[unitCol+2] = names, roles, canon
						t.items = append(t.items, row)
						continue
					}
					for _, u := range it.Units {
						r := slices.Clone(row)
						r[unitCol], r[unitCol+1], r[unitCol+2] = u.Name, roleName(u.Role, opt.chinese), canonical(u)
						t.items = append(t.items, r)
					}
				}
			}
		}
		t.workload = segment.Workload(doc)
	}
	if r := doc.Report; r != nil {
		for _, s := range r.Stats {
			t.stats = append(t.stats, []string{
				name, number, r.Title, yearString(r.Year), strings.Join(s.Path, " / "), s.Label,
				strconv.FormatFloat(s.Value, 'f', -1, 64), s.Unit, s.Scope,
				strconv.Itoa(s.Span.Start), strconv.Itoa(s.Span.End), strconv.Itoa(s.Span.Line),
			})
		}
	}
	return t
}

// unitLists joins the names, roles and canonical names of units with 、.
func unitLists(units []model.Unit, chinese bool) (names, roles, canon string) {
	n := make([]string, len(units))
	r := make([]string, len(units))
	c := make([]string, len(units))
	for i, u := range units {
		n[i], r[i], c[i] = u.Name, roleName(u.Role, chinese), canonical(u)
	}
	return strings.Join(n, "、"), strings.Join(r, "、"), strings.Join(c, "、")
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

func yearString(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// workloadTotals merges per-document workload rows into totals over a
// whole batch without holding the documents: a unit's counts add up
// because segment.Workload counts per task.
type workloadTotals map[string]*segment.WorkloadRow

func (w workloadTotals) add(rows []segment.WorkloadRow) {
	for _, r := range rows {
		t := w[r.Unit]
		if t == nil {
			t = &segment.WorkloadRow{Unit: r.Unit}
			w[r.Unit] = t
		}
		t.Lead += r.Lead
		t.Cooperate += r.Cooperate
		t.Participate += r.Participate
		t.Responsible += r.Responsible
	}
}

// rows returns the totals in segment.Workload's order: total count
// descending, then unit name.
func (w workloadTotals) rows() []segment.WorkloadRow {
	out := make([]segment.WorkloadRow, 0, len(w))
	for _, r := range w {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b segment.WorkloadRow) int {
		return cmp.Or(cmp.Compare(b.Total(), a.Total()), cmp.Compare(a.Unit, b.Unit))
	})
	return out
}

// workloadRecord renders a workload row as strings.
func workloadRecord(r segment.WorkloadRow) []string {
	return []string{r.Unit, strconv.Itoa(r.Lead), strconv.Itoa(r.Cooperate), strconv.Itoa(r.Participate),
		strconv.Itoa(r.Responsible), strconv.Itoa(r.Total())}
}
