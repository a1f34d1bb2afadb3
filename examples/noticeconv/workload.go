package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// workloadRow counts the tasks one unit of one government leads,
// cooperates on, takes part in or is responsible for. The same department
// of two governments (苏州市 and 南京市 财政局) are two rows.
type workloadRow struct {
	gov string // the issuing government, e.g. 苏州市; "" when unknown
	segment.WorkloadRow
}

// workloadColumns are the columns of the unit workload table.
var workloadColumns = []column[workloadRow]{
	{"government", "政府", 16, cellText, func(r *workloadRow, _ tableOptions) string { return r.gov }},
	{"unit", "单位", 30, cellText, func(r *workloadRow, _ tableOptions) string { return r.Unit }},
	{"lead", model.RoleLead.Label(), 8, cellNumber, func(r *workloadRow, _ tableOptions) string { return strconv.Itoa(r.Lead) }},
	{"cooperate", model.RoleCooperate.Label(), 8, cellNumber, func(r *workloadRow, _ tableOptions) string { return strconv.Itoa(r.Cooperate) }},
	{"participate", model.RoleParticipate.Label(), 8, cellNumber, func(r *workloadRow, _ tableOptions) string { return strconv.Itoa(r.Participate) }},
	{"responsible", model.RoleResponsible.Label(), 8, cellNumber, func(r *workloadRow, _ tableOptions) string { return strconv.Itoa(r.Responsible) }},
	{"total", "合计", 8, cellNumber, func(r *workloadRow, _ tableOptions) string { return strconv.Itoa(r.Total()) }},
}

// documentWorkload is doc's share of the workload: segment.Workload's
// rows (units grouped by canonical name, counted per task), each under
// the government that issued doc.
func documentWorkload(doc *model.Document) []workloadRow {
	gov := government(doc)
	var rows []workloadRow
	for _, r := range segment.Workload(doc) {
		rows = append(rows, workloadRow{gov: gov, WorkloadRow: r})
	}
	return rows
}

// government names the government a document comes from: the part of its
// issuer (发文机关署名, else 发文机关标志) before 人民政府 (苏州市人民政府办公室
// → 苏州市), else the issuer itself (苏州市财政局), else "".
func government(doc *model.Document) string {
	for _, f := range []*model.Field{doc.Meta.Issuer, doc.Meta.IssuerMark} {
		name := strings.TrimSuffix(strings.TrimSpace(f.Text()), "文件")
		if name == "" {
			continue
		}
		if i := strings.Index(name, "人民政府"); i > 0 {
			return name[:i]
		}
		return name
	}
	return ""
}

// workloadTotals merges per-document workload rows into totals over a
// whole batch without holding the documents: a unit's counts add up
// because segment.Workload counts per task.
type workloadTotals map[[2]string]*workloadRow

func (w workloadTotals) add(rows []workloadRow) {
	for _, r := range rows {
		key := [2]string{r.gov, r.Unit}
		t := w[key]
		if t == nil {
			t = &workloadRow{gov: r.gov, WorkloadRow: segment.WorkloadRow{Unit: r.Unit}}
			w[key] = t
		}
		t.Lead += r.Lead
		t.Cooperate += r.Cooperate
		t.Participate += r.Participate
		t.Responsible += r.Responsible
	}
}

// rows returns the totals by government, then total count descending,
// then unit name.
func (w workloadTotals) rows() []workloadRow {
	out := make([]workloadRow, 0, len(w))
	for _, r := range w {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b workloadRow) int {
		return cmp.Or(cmp.Compare(a.gov, b.gov), cmp.Compare(b.Total(), a.Total()), cmp.Compare(a.Unit, b.Unit))
	})
	return out
}

// writeWorkloadText prints the workload as an aligned text table with the
// Chinese headers, padding by display width (uniseg: a Chinese character
// takes two columns of a terminal).
func writeWorkloadText(w io.Writer, rows []workloadRow) error {
	recs := [][]string{header(workloadColumns, true)}
	for i := range rows {
		recs = append(recs, record(workloadColumns, &rows[i], tableOptions{chinese: true}))
	}
	widths := make([]int, len(workloadColumns))
	for _, rec := range recs {
		for i, v := range rec {
			widths[i] = max(widths[i], uniseg.StringWidth(v))
		}
	}
	var b strings.Builder
	for _, rec := range recs {
		for i, v := range rec {
			pad := strings.Repeat(" ", widths[i]-uniseg.StringWidth(v))
			switch {
			case workloadColumns[i].kind == cellNumber:
				fmt.Fprintf(&b, "  %s%s", pad, v) // numbers right-aligned
			case i == len(rec)-1:
				b.WriteString(v)
			case i > 0:
				fmt.Fprintf(&b, "  %s%s", v, pad)
			default:
				b.WriteString(v + pad)
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
