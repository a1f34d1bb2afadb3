package table

import (
	"strings"
	"testing"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// mayNotStart fails when a recogniser reads a table from lines[i], which
// MayStart turned away.
func mayNotStart(t *testing.T, ls []Line, i int) {
	t.Helper()
	_, c := CellLines(ls, i, len(ls), testVocab)
	_, s := Spaced(ls, i, len(ls))
	_, o := Columns(ls, i, len(ls))
	_, n := Numbered(ls, i, len(ls), testVocab)
	_, d := Drifting(ls, i, len(ls), testVocab)
	if c || s || o || n || d {
		t.Fatalf("MayStart turned away line %d, a table starts there (CellLines %v, Spaced %v, Columns %v, Numbered %v, Drifting %v)", i, c, s, o, n, d)
	}
}

// FuzzReaders feeds any text to the recognisers and the typing step: no
// panic, every typed row has one cell per column, and no table starts at a
// line MayStart turns away.
func FuzzReaders(f *testing.F) {
	for _, s := range []string{
		"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n全面梳理权责事项，\n并集中公开\n县财政局\n",
		"序号\n工作任务\n具体内容\n责任单位\n1\n公开\n目标：公开率95%\n县财政局\n注：同上\n",
		"目标|任务|主要内容|责任单位|一、深化公开|（一）公开预算|全面公开预算。|县财政局|||细化公开。||目标|任务|主要内容|责任单位|同步公开。|",
		"序号 工作任务 责任单位\n1 公开规范性文件 县司法局 2 编制目录 各乡镇\n",
		"序号 |\n工作任务 |\n责任单位 |\n||\n1 |\n公开 |\n|\n||\n",
		"1\n公开\n县财政局\n2\n解读\n6月底前\n说明\n",
		"序号  工作任务    责任单位\n1     推进财政预  区财政局、区\n      决算公开    审计局\n",
		"序 重点任务 牵头单位 配合单位 完成时\n号 限\n一、提升效能\n  推进政务服务事项 市大数据中心、各县 2021年\n1 网上可办 市行政审批局 （市、区）政府 6月底前\n2 深化分厅建设 市大数据中心 市行政审批局 长期坚\n                            持\n",
		"      工作        牵头\n序号  任务        责任  完成时限\n                  单位\n1     公开预算。  县财政局  长期坚持\n- 2 -\n序号  工作任务  牵头单位  配合单位\n",
	} {
		f.Add(s)
	}
	check := func(t *testing.T, g Grid) {
		typed := testVocab.Type(g)
		for _, r := range typed.Rows {
			if len(typed.Columns) > 0 && len(r.Cells) != len(typed.Columns) {
				t.Fatalf("row of %d cells in a table of %d columns", len(r.Cells), len(typed.Columns))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		ls := lines(text)
		for i := range ls {
			if !MayStart(ls[i]) {
				mayNotStart(t, ls, i)
				continue
			}
			if g, ok := CellLines(ls, i, len(ls), testVocab); ok {
				if g.Lines < 0 || i+g.Lines > len(ls) {
					t.Fatalf("CellLines consumed %d lines from %d of %d", g.Lines, i, len(ls))
				}
				check(t, g)
			}
			if g, ok := Spaced(ls, i, len(ls)); ok {
				check(t, g)
			}
			if g, ok := Columns(ls, i, len(ls)); ok {
				if g.Lines <= 0 || i+g.Lines > len(ls) {
					t.Fatalf("Columns consumed %d lines from %d of %d", g.Lines, i, len(ls))
				}
				check(t, g)
			}
			if g, ok := Drifting(ls, i, len(ls), testVocab); ok {
				if g.Lines <= 0 || i+g.Lines > len(ls) {
					t.Fatalf("Drifting consumed %d lines from %d of %d", g.Lines, i, len(ls))
				}
				check(t, g)
			}
			if g, ok := Numbered(ls, i, len(ls), testVocab); ok {
				if g.Lines <= 0 || i+g.Lines > len(ls) {
					t.Fatalf("Numbered consumed %d lines from %d of %d", g.Lines, i, len(ls))
				}
				check(t, g)
			}
		}
		for _, l := range strings.Split(text, "\n") {
			src := source.New(l)
			cells := src.Lines()
			if len(cells) == 0 {
				continue
			}
			for _, w := range []int{0, 3, 4} {
				if g, ok := RunTogether(cells[0].Split("|"), w, testVocab); ok {
					check(t, g)
				}
			}
		}
	})
}
