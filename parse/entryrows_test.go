package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// entryRowsTable is a task table with neither a 序号 nor a task column: a
// content column whose cells run on past their first 。, two unit columns
// (an empty 配合单位 written "/") and a deadline; content names the
// content column.
func entryRowsTable(content string) [][]string {
	return [][]string{
		{content, "牵头单位", "配合单位", "完成时间"},
		{"推进工业园区扩容提质。完成园区道路和污水管网建设，新增工业用地200亩。", "工业办", "国土所、村镇建设办", "2013年10月"},
		{"加快专业市场转型升级。引导经营户向品牌化发展。", "市场管理办", "/", "全年"},
		{"实施河道综合整治。完成镇级河道清淤12公里。", "农办", "村镇建设办、各村（社区）", "2013年11月"},
		{"做好社会保障扩面工作。", "劳动保障所", "财政所", "2013年12月"},
	}
}

// entryRowsWant is the tree of entryRowsTable under one empty goal: every
// row a task without ordinal, titled by its first sentence, its item the
// rest of the cell (a one-sentence cell is its own item).
var entryRowsWant = []string{"G  ",
	"  T  推进工业园区扩容提质", "    I 完成园区道路和污水管网建设，新增工业用地200亩。 | 2013年10月 | 工业办/lead、国土所/cooperate、村镇建设办/cooperate",
	"  T  加快专业市场转型升级", "    I 引导经营户向品牌化发展。 | 全年 | 市场管理办/lead",
	"  T  实施河道综合整治", "    I 完成镇级河道清淤12公里。 | 2013年11月 | 农办/lead、村镇建设办/cooperate、各村(社区)/cooperate",
	"  T  做好社会保障扩面工作", "    I 做好社会保障扩面工作。 | 2013年12月 | 劳动保障所/lead、财政所/cooperate",
}

// entryRowsLost are the renderings that cannot tell a row of a table
// without 序号 from the wrapped lines of the row above.
var entryRowsLost = map[string]string{
	"columns wrapped at 18, ideographic spaces": "a row's second line, under no number, reads as a row of its own",
}

// TestEntryRows: the rows of a task table with no 序号 and no task column
// are the tasks of a plan with one heading level, as numbered rows would
// be, in every rendering and both scripts; under a task heading the same
// rows stay that task's items.
func TestEntryRows(t *testing.T) {
	for _, content := range []string{"工作内容", "具体内容", "主要措施"} {
		t.Run(content, func(t *testing.T) {
			d := tableDoc{name: "no 序号 " + content, prefix: "某镇2013年镇政府重点工作责任分解\n", heads: 1, rows: entryRowsTable(content)}
			t.Logf("%d renderings", requireEveryRendering(t, d, entryRowsWant, entryRowsLost))
		})
	}
	t.Run("under a goal row", func(t *testing.T) {
		rows := entryRowsTable("工作内容")
		rows = append(rows[:1], append([][]string{{"一、经济发展", "", "", ""}}, rows[1:]...)...)
		d := tableDoc{name: "no 序号 under a goal row", prefix: "某镇2013年镇政府重点工作责任分解\n", heads: 1, rows: rows}
		want := append([]string{"G 一 经济发展"}, entryRowsWant[1:]...)
		require.Equal(t, want, treeOf(renderings[0].parse(t, d.text(renderings[0], transforms[0]))))
	})
	t.Run("under a task heading", func(t *testing.T) {
		text := "某镇2013年镇政府重点工作责任分解\n一、经济发展\n（一）抓好重点项目建设\n" + tabRows(entryRowsTable("工作内容"))
		doc, err := Text(text)
		require.NoError(t, err)
		got := treeOf(doc)
		require.Len(t, got, 2+4, "the heading's task and the four rows as its items")
		require.Equal(t, []string{"G 一 经济发展", "  T 一 抓好重点项目建设"}, got[:2])
		for _, l := range got[2:] {
			require.True(t, strings.HasPrefix(l, "    I "), "a row under a task heading is an item: %s", l)
		}
	})
}

// tabRows writes rows as tab-separated lines.
func tabRows(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}
