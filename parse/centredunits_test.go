package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/table"
)

// centredRow is a row of a PDF table: its number and the lines its task
// cell was wrapped into.
type centredRow struct {
	no    string
	lines []string
}

// centredGroup is a run of rows whose unit cell was merged over them and
// printed, vertically centred, in the middle of their lines (unit: the
// cell's lines), or a group row (goal).
type centredGroup struct {
	goal string
	rows []centredRow
	unit []string
}

// centredColumns are the display columns of 序号, 重点任务, 责任单位 and
// 完成时限 in the layouts below.
var centredColumns = []int{0, 6, 54, 74}

// laidLine writes cells at centredColumns, a space at least between them.
func laidLine(cells ...string) string {
	var b strings.Builder
	at := 0
	for j, c := range cells {
		if c == "" {
			continue
		}
		pad := max(centredColumns[j]-at, 1)
		if at == 0 && j == 0 {
			pad = 0
		}
		b.WriteString(strings.Repeat(" ", pad) + c)
		at += pad + table.Width(c)
	}
	return b.String()
}

// centredLayout lays the groups out as pdftotext -layout prints a table
// whose merged unit cells were centred: each group's unit lines in the
// middle of the group's lines, on lines of their own when they stand half
// a line off.
func centredLayout(groups []centredGroup) string {
	out := []string{laidLine("序号", "重点任务", "责任单位", "完成时限")}
	for _, g := range groups {
		if g.goal != "" {
			out = append(out, g.goal)
			continue
		}
		type phys struct{ no, text, unit string }
		var ls []phys
		for _, r := range g.rows {
			for k, l := range r.lines {
				p := phys{text: l}
				if k == 0 {
					p.no = r.no
				}
				ls = append(ls, p)
			}
		}
		n, m := len(ls), len(g.unit)
		if (n-m)%2 == 0 {
			for k, u := range g.unit {
				ls[(n-m)/2+k].unit = u
			}
		} else {
			top := (n-m)/2 + 1
			var own []phys
			for _, u := range g.unit {
				own = append(own, phys{unit: u})
			}
			ls = append(ls[:top], append(own, ls[top:]...)...)
		}
		for _, p := range ls {
			out = append(out, laidLine(p.no, p.text, p.unit))
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// tabLayout writes the same table as tab rows, each merged unit cell on
// its group's first row: the tree every layout must give.
func tabLayout(groups []centredGroup) string {
	out := []string{"序号\t重点任务\t责任单位\t完成时限"}
	for _, g := range groups {
		if g.goal != "" {
			out = append(out, g.goal)
			continue
		}
		for i, r := range g.rows {
			unit := ""
			if i == 0 {
				unit = strings.Join(g.unit, "")
			}
			out = append(out, r.no+"\t"+strings.Join(r.lines, "")+"\t"+unit+"\t")
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// TestCentredMergedUnitCells: a PDF table whose merged unit cells were
// centred vertically prints each once, in the middle of the rows it spans:
// on the middle row's line, on two lines straddling two rows (the list
// broken after a comma or 、), or on a line of its own between two rows
// (half a line off). Every row of the group takes the cell, the first ones
// of a group too, as the tab rendering with the cell on the group's first
// row gives them; with and without goal rows, in both scripts and with
// CRLF line ends.
func TestCentredMergedUnitCells(t *testing.T) {
	one := func(no, s string) centredRow { return centredRow{no: no, lines: []string{s}} }
	two := func(no, a, b string) centredRow { return centredRow{no: no, lines: []string{a, b}} }
	shapes := []struct {
		name   string
		groups []centredGroup
	}{
		{"three rows, the cell on the middle one", []centredGroup{
			{rows: []centredRow{one("1", "建成镇级污水处理站四座。"), one("2", "完成城区雨污分流管网改造十公里。"), one("3", "建立污水处理设施运维考核办法。")}, unit: []string{"县住建局"}},
			{rows: []centredRow{one("4", "开展入河排污口排查整治。")}, unit: []string{"县生态环境分局"}},
		}},
		{"two wrapped rows, the cell straddling them", []centredGroup{
			{rows: []centredRow{one("1", "全面推行河长制巡河制度。")}, unit: []string{"县水利局"}},
			{rows: []centredRow{two("2", "开展农村黑臭水体排查，建立问题清单", "并逐一销号。"), two("3", "推进畜禽粪污资源化利用，综合利用率", "达到百分之八十以上。")}, unit: []string{"县农业农村局牵头，", "各乡镇配合"}},
		}},
		{"two wrapped rows, a list broken after 、", []centredGroup{
			{rows: []centredRow{two("1", "组织开展饮用水水源地环境状况评估，", "公开评估结果。"), two("2", "完善水源地保护区标志设施，清理保护", "区内违法建筑。")}, unit: []string{"县生态环境分局、", "县水利局"}},
			{rows: []centredRow{one("3", "定期公开饮用水水质监测信息。")}, unit: []string{"县卫生健康局"}},
		}},
		{"two rows, the cell on a line of its own between them", []centredGroup{
			{rows: []centredRow{one("1", "建设乡镇垃圾转运站两座。")}, unit: []string{"县城管局"}},
			{rows: []centredRow{two("2", "在中心村和旅游村新建标准化公共厕所", "二十座。"), two("3", "开展户厕改造施工指导，每村确定一名", "技术指导员。")}, unit: []string{"县农业农村局"}},
			{rows: []centredRow{one("4", "各乡镇编制改厕推进计划。")}, unit: []string{"各乡镇"}},
		}},
	}
	for _, sh := range shapes {
		for _, goals := range []bool{false, true} {
			groups := sh.groups
			if goals {
				groups = append([]centredGroup{{goal: "一、重点任务"}}, groups[:1]...)
				groups = append(groups, centredGroup{goal: "二、保障措施落实"})
				groups = append(groups, sh.groups[1:]...)
			}
			want := treeOf(mustText(t, "某县2024年生态环境重点任务分工表\n"+tabLayout(groups)))
			// The tab rendering is the reference only where it is right:
			// each row's item names its group's first unit.
			var items []string
			for _, l := range want {
				if strings.HasPrefix(l, "    I ") {
					items = append(items, l)
				}
			}
			require.Equal(t, groupUnits(groups), firstUnits(items), "%s: the tab rendering's units", sh.name)
			for _, tr := range scriptsAndBreaks {
				text := tr.apply("某县2024年生态环境重点任务分工表\n\n" + centredLayout(groups))
				assert.Equal(t, want, treeOf(mustText(t, text)), fmt.Sprintf("%s, goal rows %v, %s:\n%s", sh.name, goals, tr.name, text))
			}
		}
	}
}

// groupUnits is the first unit of each row's group, in row order: the
// unit cell's text up to its first 、 or ，, its verb (牵头) dropped.
func groupUnits(groups []centredGroup) []string {
	var out []string
	for _, g := range groups {
		first := strings.FieldsFunc(strings.Join(g.unit, ""), func(r rune) bool { return r == '、' || r == '，' })
		for range g.rows {
			out = append(out, strings.TrimSuffix(first[0], "牵头"))
		}
	}
	return out
}

// firstUnits is the name of the first unit of each of treeOf's item lines
// (… | 县水利局/responsible、…), "" for an item without units.
func firstUnits(items []string) []string {
	var out []string
	for _, l := range items {
		units := l[strings.LastIndex(l, " | ")+len(" | "):]
		name, _, _ := strings.Cut(units, "/")
		out = append(out, name)
	}
	return out
}
