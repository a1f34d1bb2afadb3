package parse_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
)

// layoutsDir holds notices written for the project in layouts the seeds do
// not show, each NAME.txt with a hand-written NAME.json in the corpus gold
// format (see testdata/layouts/README.md).
const layoutsDir = "../testdata/layouts"

// pendingLayouts lists held-out layouts whose first-sight misses are not
// fixed yet, each with the reason. TestLayouts skips them while they still
// differ from their gold and fails as soon as one matches, so the list only
// shrinks. The gold is never edited to leave this list.
var pendingLayouts = map[string]string{
	"375_dongxing_district_lynx_dump_task_table_2021": "lynx -dump: rows as one line of space-joined cells under a header of one centred cell per line; no row read as a table (cells glued into the task titles, no unit), a <br> in a cell read as a task, the References list of URLs read as tasks; flagged (review: no_units, ordinal_order, thin_item)",

	"409_state_council_office_lo_pdftotext_layout_centred_cells_rural_logistics_2024": "pdftotext -layout of a LibreOffice PDF with vertically centred wrapped cells: deadlines glued into unit names (国家发展 2025 年改革委), task 2's second item lost, tasks 4–6 cut or read from the unit column; tasks 3/6/6, units 6/25/14; flagged (review 0.266: truncated, marks_in_text, no_units, unit_name, unit_role)",

	"278_longgang_district_cell_per_line_empty_vanish_2022": "web table copied one cell per line where an empty 配合单位 cell vanished: the lone unit cell of such a row (rows 2, 4, 5) is typed 配合单位 (cooperate) under the 责任单位 of the row above, carried down as a merged cell, instead of 责任单位 (responsible) alone; flagged guessed_columns on those rows, sent to review since session 15 (0.75: a lone unit cell's role is a guess) (the shape is also a 牵头单位 cell merged over numbered rows, TestRenderings, or a 责任单位 one over rows filling their 配合单位 cells, TestMergedResponsibleCell, which right-alignment reads right); no other row settles it: each lone row has a lead above it in its group, its unit is not that lead, and stands in neither unit column elsewhere (TestLoneUnitCellReadings)",

	"438_heilongjiang_ecoenv_dept_lo_pdftotext_landscape_outfall_table_2021": "real pdftotext (no -layout) of a landscape LibreOffice table with top-aligned wrapped cells: the text interleaves the cells (a row's 工作措施 lines alternate with its unit and deadline lines), rows read as fragments (排污口名录 / 测，查清… / 3 推进分类整治 … / 底), units hung on the wrong fragments; tasks 3/8/14, units 0/12/12; flagged (review 0.288: guessed_columns, thin_item, no_units, unit_role, marks_in_text)",

	"457_xiping_county_lo_pdftotext_layout_economy_report_numbers_table_2005": "pdftotext -layout of a 情况报告: a run-on （二） paragraph wrapped at a number (…项目仅 / 3 个，部分招商项目…) reads the wrapped line as a second item; items 7/7/8; SILENT (score 1, no reason)",

	"452_yongling_town_chromium_pdftotext_village_environment_action_plan_rowspan_2022": "real pdftotext (no -layout) of a Chromium PDF with a top-aligned table (序号/重点任务/工作措施/责任单位/完成时限, row 2 rowspan over two 工作措施 rows): each printed row line holds every cell's line joined by single spaces (1 农村厕所 对已改造户厕开展“回头 镇村镇建设办公室 2022年10 / 革命 / 看”，建立问题清单，逐户整 牵头，镇卫生院、 月底前), the header one name a line; read as one task 「号」 with the row lines as unit-less items plus a task 「房前屋后柴草堆、垃圾堆、粪」; tasks 3/8/5, items 3/9/20, units 0/12/0; flagged (review 0.49: marks_in_text, thin_item) — 438's shape (pdftotext raw of a table)",

	"463_menglun_town_pdf_lo_landscape_tongbao_progress_table_2022": "a township 通报 whose 附件 is a landscape LibreOffice progress table (序号/重点工作/目标任务/责任领导/责任单位/推进情况, cells vertically centred, 责任领导 people): nothing of the table read, kind notice (gold workplan), plan_title empty; goals 0/1, tasks 0/7, units 0/15; flagged (review 0.65: no_units)",

	"464_anhui_gov_innertext_report_2009_tab_tables": "a 2009 provincial report copied by the browser (innerText): its two tables as tab rows (类别/条数/占比（%）, 答复类型/件数) read since countTables (all 16 stats; they gave none, one row glued as 工作动态 = 143545.9 人), but 全年 is still dropped from two prose labels (出版《安徽省人民政府公报》, 因政府信息公开申请提起行政复议); stats 26/28/28; SILENT on the miss (score 1)",

	"445_fujian_province_lo_pdftotext_layout_prose_report_2022": "pdftotext -layout of a LibreOffice PDF of a prose annual report (counts in running text): the labels a line end cut inside a word are read whole since Phase 2 (paragraphs joins a line that fills the text's wrapping width and ends in a Han character, TestWrappedProseLabels); left: 本机关不掌握相关政府信息 read 不掌握相关政府信息 (本机关 dropped as the sentence's subject) and 全年因政府信息公开被申请行政复议 read 因政府信息公开被申请行政复议 (全年 dropped before the cause); stats 21/23/23; flagged (review 0.638: sums — 被提起行政诉讼 11 taken as a part of 行政复议 27 —, label_doubt)",
}

// TestLayouts parses every notice in testdata/layouts and requires the
// structure to equal its hand-written gold exactly: F1 = 1 for goals,
// tasks, items, units, roles, report sections and report statistics, the
// right kind, and all four metadata fields (doc_number compared with its
// brackets normalised to 〔〕).
func TestLayouts(t *testing.T) {
	cases, err := eval.Cases(layoutsDir)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(cases), 6, "layouts missing from %s", layoutsDir)
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.Name, filepath.Ext(c.Name)), func(t *testing.T) {
			requireGold(t, c, pendingLayouts)
		})
	}
}

// requireGold parses c and requires it to equal its gold exactly (see
// TestLayouts). A case named in pending (by its name without extension) is
// skipped while it still differs and fails once it matches.
func requireGold(t *testing.T, c eval.Case, pending map[string]string) {
	t.Helper()
	gold, err := eval.LoadGold(c.Gold)
	require.NoError(t, err)
	doc, err := parseNoPanic(c.Text)
	require.NoError(t, err)
	s := eval.Compare(gold, eval.FromDocument(doc))
	var bad []string
	for _, l := range []struct {
		name string
		c    eval.Counts
	}{{"goals", s.Goals}, {"tasks", s.Tasks}, {"items", s.Items}, {"units", s.Units}, {"roles", s.Roles}, {"sections", s.Sections}, {"stats", s.Stats}} {
		if l.c.F1() != 1 {
			bad = append(bad, fmt.Sprintf("%s F1 %.2f (match/gold/produced %d/%d/%d)", l.name, l.c.F1(), l.c.Match, l.c.Gold, l.c.Got))
		}
	}
	for i, name := range eval.MetaNames {
		if s.MetaExact[i] != 1 {
			bad = append(bad, "meta "+name)
		}
	}
	if s.KindRight != 1 {
		bad = append(bad, "kind")
	}
	why, isPending := pending[strings.TrimSuffix(c.Name, filepath.Ext(c.Name))]
	if isPending {
		require.NotEmpty(t, bad, "%s now matches its gold: remove it from the pending list", c.Name)
		t.Skipf("pending (%s): %s", why, strings.Join(bad, "; "))
	}
	if len(bad) > 0 {
		var b strings.Builder
		for _, m := range s.Misses {
			b.WriteString("\n  " + m.String())
		}
		t.Errorf("%s differs from its gold: %s\n%d misses:%s", c.Name, strings.Join(bad, "; "), len(s.Misses), b.String())
	}
}
