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

	"418_linqu_county_office_lo_pdftotext_layout_landscape_tongbao_table_2026": "pdftotext -layout of a landscape LibreOffice table with top-aligned wrapped cells: where the 牵头单位 cell filled its column and stands one space from the 责任单位 cell (the 责任单位 name centred right of its cells, cells starting at different columns from row to row), the two are glued and all typed lead (临朐经济开发区管 县发展改革局 / 县自然委会 / 资源局; 城关街道、东城街道 lead); units 17/22/21, roles 14/22/21; sent to review (0.595) by unit_role on row 2 and unit_name on rows 1 and 6 (two cells joined at a space); row 5 (城关街道、东城街道 typed lead) carries no reason (first sight: items read from the 推进等次 column too, fixed: an 等次/等级 column is a grade, never items)",

	"278_longgang_district_cell_per_line_empty_vanish_2022": "web table copied one cell per line where an empty 配合单位 cell vanished: the lone unit cell of such a row (rows 2, 4, 5) is typed 配合单位 (cooperate) under the 责任单位 of the row above, carried down as a merged cell, instead of 责任单位 (responsible) alone; flagged guessed_columns on those rows, sent to review since session 15 (0.75: a lone unit cell's role is a guess) (the shape is also a 牵头单位 cell merged over numbered rows, TestRenderings, or a 责任单位 one over rows filling their 配合单位 cells, TestMergedResponsibleCell, which right-alignment reads right); no other row settles it: each lone row has a lead above it in its group, its unit is not that lead, and stands in neither unit column elsewhere (TestLoneUnitCellReadings)",

	"438_heilongjiang_ecoenv_dept_lo_pdftotext_landscape_outfall_table_2021": "real pdftotext (no -layout) of a landscape LibreOffice table with top-aligned wrapped cells: the text interleaves the cells (a row's 工作措施 lines alternate with its unit and deadline lines), rows read as fragments (排污口名录 / 测，查清… / 3 推进分类整治 … / 底), units hung on the wrong fragments; tasks 3/8/14, units 0/12/12; flagged (review 0.288: guessed_columns, thin_item, no_units, unit_role, marks_in_text)",

	"440_mashi_town_pdf_lo_landscape_tongbao_score_table_2006": "a township 通报 (kind other) read from its LibreOffice PDF: the body's 一、基本情况 / 二、存在的问题 （一）–（三） / 三、下一步工作要求 （一）–（三） all lost, the 附件's score table (序号/村名/应查户数/合格户数/合格率/综合得分/名次/备注, a landscape page) read as 8 tasks (its header row and 7 villages), kind workplan, plan_title the 附件's title; goals 0/3/1, tasks 0/6/8; flagged (review 0.425: guessed_columns, truncated, ordinal_order, thin_item)",
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
