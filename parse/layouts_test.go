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
	"219_ningling_report_2022_cells_blank_lines":        "prose count after a place subject without 在 (县政府门户网站主动公开政府信息3215条): the place kept in the stat label; tables right; silent (score 0.9, a true truncated reason only)",
	"222_jiangxi_zhijian_report_2008_prose_wanyuan":     "prose labels keep a subject (各处室确定信息员) and an object phrase (对困难群众减免费用); silent (score 1)",
	"223_binjiang_college_report_2016_tongbi_last_year": "a prose label keeps its subject and 通过 phrase (学院通过信息公开网主动公开信息: the subject 学院 is no place name); silent (score 1)",
	"224_yuexiu_traditional_report_2021_tabs":           "traditional: place subject kept in a prose label (越秀區政府門戶網站主動公開政府信息); tables right; silent (score 0.9, a true truncated reason only)",
	"228_hanting_report_2023_truncated_in_table2":       "place subject kept in a prose label (寒亭区主动公开政府信息); the truncated table 二 itself is right; silent (score 0.9, a true truncated reason only)",

	"211_duyun_box_grid_wrapped_cells":         "box grid whose cells wrap inside the frame: every wrapped line read as a row of its own (10 tasks for 4), titles and unit names cut at the wrap (市政 / 务服务中心); flagged (review, score 0.72: truncated, unit_name)",
	"215_lanshan_appendix_task_division_lines": "a 实施意见 that is itself the plan with a 任务分工 appendix after its signature: only the appendix read as the plan (its title as plan_title), the body's three goals and five tasks dropped; flagged since unreadBody (review, score 0.46: unplaced, single_style)",
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
		t.Run(strings.TrimSuffix(c.Name, ".txt"), func(t *testing.T) {
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
