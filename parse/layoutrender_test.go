package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// This file renders the task tables of the layouts (testdata/layouts) the
// ways renderings_test.go renders hand-made tables, and requires each
// rendering to score on the layout's gold as the layout itself does.

// layoutsPath is testdata/layouts seen from this package.
const layoutsPath = "../testdata/layouts"

// layoutTable is a layout whose plan is a task table written as tab or
// pipe rows under a header row: rows a rendering can be made from.
type layoutTable struct {
	doc  tableDoc
	gold *eval.Gold
	// traditional is set for a layout written in traditional script.
	traditional bool
}

// readLayoutTable reads the layout at path as a layoutTable, or says why
// its table cannot be read back cell for cell.
func readLayoutTable(t *testing.T, path string, gold *eval.Gold) (layoutTable, string) {
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	text := strings.ReplaceAll(strings.TrimPrefix(string(raw), "\ufeff"), "\r\n", "\n")
	if gold.Kind != "workplan" {
		return layoutTable{}, "not a work plan (a report's tables are statistics)"
	}
	lines := strings.Split(text, "\n")
	tabs, pipes, first, last := 0, 0, -1, -1
	for i, l := range lines {
		switch {
		case strings.Contains(l, "\t"):
			tabs++
		case pipeRow(l):
			pipes++
		default:
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	switch {
	case first < 0:
		return layoutTable{}, "no tab or pipe rows"
	case tabs > 0 && pipes > 0:
		return layoutTable{}, "tab and pipe rows mixed"
	case pipes == 1:
		return layoutTable{}, "a single pipe line (a table run together on one line)"
	}
	for _, l := range lines[first : last+1] {
		if strings.Contains(l, "\t") || pipeRow(l) || tableFurniture(l) {
			continue
		}
		if o, ok := ord.Read(strings.TrimSpace(l)); ok && o.Style == ord.CnDun {
			continue // a group row 一、… on a line of its own
		}
		return layoutTable{}, "a line inside the table that is no row (a cell broken over lines, or text between tables): " + l
	}
	d := tableDocFromFile(t, path)
	if d.heads == 0 {
		return layoutTable{}, "no header row"
	}
	width := len(d.rows[0])
	for _, r := range d.rows {
		if tabs > 0 && len(r) != width {
			return layoutTable{}, "tab rows of different widths (cells broken over lines)"
		}
	}
	if !holdsItems(d, gold) {
		return layoutTable{}, "the table holds no item of the plan"
	}
	return layoutTable{doc: d, gold: gold, traditional: segment.IsTraditional(text)}, ""
}

// pipeRow reports a Markdown-style row: a line opening and closing with |.
func pipeRow(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) > 1 && strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|")
}

// tableFurniture reports a line a table's rows may have between them
// without it being part of the table: a blank line, a page number, 续表.
func tableFurniture(l string) bool {
	l = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' })
	if l == "" || l == "续表" || l == "續表" {
		return true
	}
	digits := false
	for _, r := range l {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case strings.ContainsRune("-—–第页頁共 ", r):
		default:
			return false
		}
	}
	return digits
}

// holdsItems reports whether a data cell of d opens with the head of an
// item of gold (its first six characters), white space dropped.
func holdsItems(d tableDoc, gold *eval.Gold) bool {
	var cells []string
	for i, r := range d.rows {
		if !d.header(i) {
			for _, c := range r {
				cells = append(cells, squeezeAll(c))
			}
		}
	}
	for _, g := range gold.Goals {
		for _, tk := range g.Tasks {
			for _, it := range tk.Items {
				h := []rune(squeezeAll(it.Head))
				h = h[:min(6, len(h))]
				for _, c := range cells {
					if strings.Contains(c, string(h)) {
						return true
					}
				}
			}
		}
	}
	return false
}

func squeezeAll(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// emptyRepeats returns d with every data cell of a merged-looking column
// that repeats the cell above it (an editor filling a merged cell down)
// left empty, and whether any was: a merged cell written once. A column
// looks merged when the layout leaves one of its cells empty under a
// filled one (a column never merged, say a 牵头单位 beside a 配合单位, can
// hold an empty cell that means none). The first and the last column are
// left as they are (a row number does not repeat; a deadline that does
// is no merge), and no cell repeats one across a group row (一、…).
// inner reports a cell left empty after a filled one of its row: dropped,
// the row would read as one whose later cell is empty (a merged 牵头单位
// dropped leaves the 配合单位 where the 牵头单位 stood).
func (d tableDoc) emptyRepeats() (out tableDoc, changed, inner bool) {
	out = d
	out.rows = make([][]string, len(d.rows))
	merged := d.mergedColumns()
	var above []string
	for i, r := range d.rows {
		out.rows[i] = append([]string(nil), r...)
		if d.header(i) || groupRow(r) || len(r) < 3 {
			above = nil
			continue
		}
		for j := 1; j < len(r)-1; j++ {
			if merged[j] && r[j] != "" && j < len(above) && r[j] == above[j] {
				out.rows[i][j] = ""
				changed = true
				inner = inner || strings.Join(out.rows[i][:j], "") != ""
			}
		}
		above = r
	}
	out.name += "/repeated cells left empty"
	return out, changed, inner
}

// mergedColumns marks the columns in which a data row leaves a cell
// empty under a filled one (group rows apart).
func (d tableDoc) mergedColumns() map[int]bool {
	out := map[int]bool{}
	var above []string
	for i, r := range d.rows {
		if d.header(i) || groupRow(r) {
			above = nil
			continue
		}
		for j, c := range r {
			if c == "" && j < len(above) && above[j] != "" {
				out[j] = true
			}
		}
		above = r
	}
	return out
}

// dropContinuations returns d with the empty cells of each continuation
// row (a data row whose first cell is empty: merged with the row above)
// left out, as a rendering that drops merged cells gives them. A row that
// has its first cell keeps its empty cells: one of them may be empty
// rather than merged (a 配合单位 with none), and dropped it would read as
// a merged 牵头单位 dropped, which layout 182's gold decides.
func (d tableDoc) dropContinuations() tableDoc {
	// Columns no row fills (an export's empty columns) are no merge: they
	// stay, and the first column is the first other one.
	used := map[int]bool{}
	for _, r := range d.rows {
		for j, c := range r {
			used[j] = used[j] || c != ""
		}
	}
	first := 0
	for !used[first] && first < len(d.rows[0]) {
		first++
	}
	out := d
	out.rows = make([][]string, len(d.rows))
	for i, r := range d.rows {
		out.rows[i] = r
		if d.header(i) || len(r) <= first || r[first] != "" {
			continue
		}
		out.rows[i] = nil
		for j, c := range r {
			if c != "" || !used[j] {
				out.rows[i] = append(out.rows[i], c)
			}
		}
	}
	out.name += "/merged cells of continuation rows dropped"
	return out
}

// mapGold returns a copy of g with f applied to each of its texts.
func mapGold(g *eval.Gold, f func(string) string) *eval.Gold {
	out := *g
	ptr := func(p *string) *string {
		if p == nil {
			return nil
		}
		s := f(*p)
		return &s
	}
	out.Meta = eval.GoldMeta{DocNumber: ptr(g.Meta.DocNumber), Issuer: ptr(g.Meta.Issuer), SignedDate: g.Meta.SignedDate, PlanTitle: ptr(g.Meta.PlanTitle)}
	out.Goals = make([]eval.GoldGoal, len(g.Goals))
	for i, gl := range g.Goals {
		out.Goals[i] = eval.GoldGoal{No: f(gl.No), Title: f(gl.Title), Tasks: make([]eval.GoldTask, len(gl.Tasks))}
		for j, tk := range gl.Tasks {
			nt := eval.GoldTask{No: f(tk.No), Title: f(tk.Title), Items: make([]eval.GoldItem, len(tk.Items))}
			for k, it := range tk.Items {
				ni := eval.GoldItem{Head: f(it.Head)}
				for _, u := range it.Units {
					ni.Units = append(ni.Units, eval.GoldUnit{Name: f(u.Name), Role: u.Role})
				}
				nt.Items[k] = ni
			}
			out.Goals[i].Tasks[j] = nt
		}
	}
	return &out
}

// layoutTransforms are the changes to a whole rendered text a layout's
// table is also read through; script applies only to a simplified layout.
var layoutTransforms = []struct {
	name   string
	apply  func(string) string
	script bool
}{
	{"as is", func(s string) string { return s }, false},
	{"traditional script", toTraditional, true},
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, false},
}

// layoutRenderings are the renderings of renderings_test.go and a pipe
// table drawn with full-width bars.
var layoutRenderings = append(renderings[:len(renderings):len(renderings)],
	rendering{"full-width ｜, outer bars", always, perRow(func(_ int, r []string) string { return "｜" + strings.Join(r, "｜") + "｜\n" }), false, false})

// emptyDroppers are the renderings that cannot show an empty cell: they
// leave it out (one cell per line) or run the cells together with a
// single separator.
var emptyDroppers = map[string]bool{
	"one cell per line":                       true,
	"one cell per line, blank lines":          true,
	"one cell per line, each closed by a tab": true,
	"bare | lines between cells":              true,
	"cells ending in ' |', no row separator":  true,
	"rows flattened with spaces":              true,
}

// lossy tells why rendering r loses what the table d says, or "": the
// (table, rendering) pairs TestLayoutRenderings does not ask to read back.
func lossy(d tableDoc, r rendering) string {
	units := unitColumns(d)
	if emptyDroppers[r.name] {
		for i, row := range d.rows {
			if d.header(i) || len(row) == 0 || row[0] == "" {
				continue
			}
			empty, filled := false, false
			for j, c := range row {
				if units[j] {
					empty, filled = empty || c == "", filled || c != ""
				}
			}
			if empty && filled {
				return "a numbered row with one of its unit cells empty (配合单位 none): without the empty cell it reads as a row whose 牵头单位 was merged and dropped, which layout 182's gold decides"
			}
		}
	}
	if strings.HasPrefix(r.name, "columns wrapped") || strings.Contains(r.name, "cells wrapped") {
		for i, row := range d.rows {
			for j, c := range row {
				if !d.header(i) && units[j] && strings.Contains(c, " ") && !strings.ContainsAny(c, "、，,；;") {
					return "unit names parted by a space only: a layout that wraps cells at that space loses the one separator between two names"
				}
			}
		}
	}
	return ""
}

// unitColumns marks the columns a header row names as units.
func unitColumns(d tableDoc) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < d.heads; i++ {
		for j, c := range d.rows[i] {
			if role, _, _ := table.HeaderRole(c); role == table.Units {
				out[j] = true
			}
		}
	}
	return out
}

// checkedLayouts are the layouts whose renderings TestLayoutRenderings
// requires to read back (but for pendingRenderings). A layout that becomes
// renderable later (added, or its own misses fixed) has its failures
// logged, not reported, until it is added here with its pending pairs:
// fixing a layout must not fail on its renderings at once.
var checkedLayouts = map[string]bool{
	"39":                                              true,
	"02_xuzhou_deadline_table":                        true,
	"05_nanhai_pipe_table":                            true,
	"101_hanshou_lead_mark_in_unit_cell":              true,
	"110_chengcheng_role_labels_in_unit_cell":         true,
	"111_songyang_tab_goal_rows_remarks":              true,
	"113_guangdong_dept_markdown_chu_columns":         true,
	"114_dongtai_excel_empty_columns":                 true,
	"115_yangshe_township_tab_rowspan_lead":           true,
	"117_gongyi_no_xuhao_merged_task":                 true,
	"120_shaanxi_category_column_unnumbered_goals":    true,
	"134_zigui_inspection_notice_task_list":           true,
	"14_nanhu_leader_column_table":                    true,
	"154_tinghu_tab_merged_groups":                    true,
	"162_qianfeng_unit_first_merged_list":             true,
	"165_jingxian_rectification_columns":              true,
	"172_chongyang_tab_lead_cooperate":                true,
	"174_meitan_leader_first_duty_list":               true,
	"181_shandong_justice_units_first_remarks_notes":  true,
	"183_gansu_pipe_goal_rows_restart_numbers":        true,
	"185_dongzhi_leader_column_person_phone_in_units": true,
	"187_huaibei_sub_numbered_rows":                   true,
	"210_shapotou_empty_coop_column_quarter_nodes":    true,
	"213_panjin_traditional_row_split_across_pages":   true,
	"233_xiaolan_devzone_task_list_2025":              true,
	"248_jingzhou_leader_column_person_unit_cells":    true,
	"18_wuhu_two_row_header":                          true,
	"22_shaoguan_traditional_table":                   true,
	"27_mianyang_merged_unit_across_tasks":            true,
	"32_hainan_merged_group_rows":                     true,
	"39_jiangmen_crlf_lead_coop_columns":              true,
	"44_lishui_split_task_header":                     true,
	"45_maiji_merged_target_space_units":              true,
	"57_huanan_lead_mark_wancheng_shijian":            true,
	"60_dali_lead_first_deadline_before_coop":         true,
	"61_hunan_dept_dash_numbered_rows":                true,
	"62_hefei_hightech_lead_coop_in_cell_remarks":     true,
	"63_yichun_dept_leader_and_keshi_columns":         true,
	"72_shiyan_pipe_header_over_two_rows":             true,
	"74_weibin_paren_numbers_under_goal_rows":         true,
	"82_beihai_markdown_align_br_cells":               true,
	"86_lhasa_units_first_columns":                    true,
	"88_zhangye_leader_contact_phone_columns":         true,
	"94_mianyang_tab_task_list":                       true,
	"96_jiangning_pipe_table":                         true,
}

// pendingRenderings lists (layout, rendering) pairs the table reader does
// not read back yet, each with the reason. TestLayoutRenderings fails when
// one of them is read back in every variant, so the list only shrinks.
var pendingRenderings = map[string]string{}

// TestLayoutRenderings renders the task table of every layout whose table
// is tab or pipe rows under a header (readLayoutTable) through every
// rendering, with the merged cells of continuation rows dropped and
// repeated cells of merged-looking columns left empty, in traditional
// script and with CRLF, and requires each to match the layout's gold
// exactly, as the layout itself does. A pair the rendering cannot carry
// (lossy) is left out with its reason; pendingRenderings are not fixed yet.
func TestLayoutRenderings(t *testing.T) {
	cases, err := eval.Cases(layoutsPath)
	require.NoError(t, err)
	type tally struct{ pass, total int }
	byRendering := map[string]*tally{}
	var used []string
	for _, c := range cases {
		name := strings.TrimSuffix(c.Name, filepath.Ext(c.Name))
		gold, err := eval.LoadGold(c.Gold)
		require.NoError(t, err)
		lt, why := readLayoutTable(t, c.Text, gold)
		if why != "" {
			t.Logf("%s: not rendered: %s", name, why)
			continue
		}
		raw, err := os.ReadFile(c.Text)
		require.NoError(t, err)
		if s := eval.Compare(gold, eval.FromDocument(mustText(t, string(raw)))); len(s.Misses) > 0 {
			t.Logf("%s: not rendered: the layout itself misses its gold (pending)", name)
			continue
		}
		used = append(used, name)
		variants := []tableDoc{lt.doc, lt.doc.dropContinuations()}
		if e, changed, inner := lt.doc.emptyRepeats(); changed {
			variants = append(variants, e)
			if !inner {
				variants = append(variants, e.dropContinuations())
			}
		}
		for _, r := range layoutRenderings {
			key := name + " | " + r.name
			reason, pending := pendingRenderings[key]
			var fails []string
			for vi, v := range variants {
				if !r.ok(v) {
					continue
				}
				if why := lossy(v, r); why != "" {
					t.Logf("%s, %s: not read back: %s", key, v.name, why)
					continue
				}
				for ti, tr := range layoutTransforms {
					if tr.script && lt.traditional || vi > 0 && ti > 0 {
						continue
					}
					tl := byRendering[r.name]
					if tl == nil {
						tl = &tally{}
						byRendering[r.name] = tl
					}
					tl.total++
					text := v.text(r, transform{tr.name, tr.apply})
					s := eval.Compare(mapGold(gold, tr.apply), eval.FromDocument(r.parse(t, text)))
					if len(s.Misses) == 0 {
						tl.pass++
						continue
					}
					var ms []string
					for _, m := range s.Misses {
						ms = append(ms, m.String())
					}
					fails = append(fails, fmt.Sprintf("%s/%s/%s: %d misses:\n  %s\nrendering:\n%s", v.name, r.name, tr.name, len(ms), strings.Join(ms, "\n  "), text))
				}
			}
			switch {
			case !checkedLayouts[name] && len(fails) > 0:
				t.Logf("%s: %d misses (the layout is not in checkedLayouts yet); first: %s", key, len(fails), fails[0])
			case pending && len(fails) == 0:
				t.Errorf("%s is read back now: remove it from pendingRenderings", key)
			case pending:
				t.Logf("%s: pending (%s): %d misses", key, reason, len(fails))
			default:
				for _, f := range fails {
					t.Error(f)
				}
			}
		}
	}
	t.Logf("%d layouts rendered: %s", len(used), strings.Join(used, " "))
	names := make([]string, 0, len(byRendering))
	for n := range byRendering {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%4d/%-4d %s", byRendering[n].pass, byRendering[n].total, n)
	}
}
