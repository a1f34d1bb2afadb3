package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sheetCols is a column set of a sheet saved as tab text: the header and,
// by column, the cells of each data row (a goal row is its first cell).
type sheetCols struct {
	name   string
	header []string
	rows   [][]string
	want   []string
}

// sheetText renders a sheet as tab text under a notice: caption lines
// padded with empty cells to the sheet's width above the header (its
// title, a 填报单位 line with its date), a note padded so under the rows
// when note is set.
func sheetText(c sheetCols, captions int, note bool, eol string) string {
	w := len(c.header)
	pad := func(cells ...string) string {
		row := make([]string, w)
		copy(row, cells)
		return strings.Join(row, "\t")
	}
	lines := strings.Split(strings.TrimSuffix(renderingNotice, "\n"), "\n")
	date := make([]string, w-1) // the date under the second column from the right
	date[0], date[w-2] = "填报单位：镇党政办", "2023年2月"
	caps := []string{pad("某镇2023年为民办实事项目推进表"), pad(date...)}
	lines = append(lines, caps[:captions]...)
	lines = append(lines, strings.Join(c.header, "\t"))
	for _, r := range c.rows {
		lines = append(lines, pad(r...))
	}
	if note {
		lines = append(lines, pad("注：完成时限指工程竣工的时间。"))
	}
	return strings.Join(lines, eol) + eol
}

// TestSheetSavedAsTabText: a sheet saved as tab text keeps its title and
// 填报单位 lines above the header as rows padded with empty cells, which
// are no table rows and do not hide the header under them, and a padded
// 注： line under the rows, which ends the table. Whatever the columns, the
// captions (none, one or two), the note, the script and the line ends, the
// tree is the one of the bare table.
func TestSheetSavedAsTabText(t *testing.T) {
	cols := []sheetCols{
		{name: "name, yearly target, two unit columns, remarks",
			header: []string{"序号", "项目名称", "年度目标任务", "责任单位", "配合单位", "完成时限", "备注"},
			rows: [][]string{
				{"一、社会保障"},
				{"1", "养老服务提升", "新建社区养老服务站四个，新增床位二百张。", "镇民政办", "镇财政所、各村", "2023年10月底"},
				{"2", "就业帮扶", "开展职业技能培训三千人次。", "镇人社所", "", "2023年12月底", "重点"},
				{"二、交通出行"},
				{"1", "公交线路优化", "新开和优化公交线路六条。", "镇建设办", "县公交公司", "2023年9月底"},
			},
			want: []string{
				"G 一 社会保障",
				"  T 1 养老服务提升",
				"    I 新建社区养老服务站四个，新增床位二百张。 | 2023年10月底 | 镇民政办/responsible、镇财政所/cooperate、各村/cooperate",
				"  T 2 就业帮扶",
				"    I 开展职业技能培训三千人次。 | 2023年12月底 | 镇人社所/responsible",
				"G 二 交通出行",
				"  T 1 公交线路优化",
				"    I 新开和优化公交线路六条。 | 2023年9月底 | 镇建设办/responsible、县公交公司/cooperate",
			}},
		{name: "task, units, deadline, remarks",
			header: []string{"序号", "工作任务", "责任单位", "完成时限", "备注"},
			rows: [][]string{
				{"一、社会保障"},
				{"1", "新建社区养老服务站四个。", "镇民政办", "2023年10月底"},
				{"2", "开展职业技能培训三千人次。", "镇人社所", "2023年12月底", "重点"},
			},
			want: []string{
				"G 一 社会保障",
				"  T 1 新建社区养老服务站四个",
				"    I 新建社区养老服务站四个。 | 2023年10月底 | 镇民政办/responsible",
				"  T 2 开展职业技能培训三千人次",
				"    I 开展职业技能培训三千人次。 | 2023年12月底 | 镇人社所/responsible",
			}},
		{name: "name, content, lead unit, time",
			header: []string{"序号", "项目名称", "建设内容", "牵头单位", "完成时间"},
			rows: [][]string{
				{"1", "农贸市场改造", "改造提升镇农贸市场一处。", "镇经发办", "2023年6月底"},
				{"2", "道路硬化", "完成农村道路硬化十公里。", "镇建设办", "2023年11月底"},
			},
			want: []string{
				"G  ",
				"  T 1 农贸市场改造",
				"    I 改造提升镇农贸市场一处。 | 2023年6月底 | 镇经发办/lead",
				"  T 2 道路硬化",
				"    I 完成农村道路硬化十公里。 | 2023年11月底 | 镇建设办/lead",
			}},
	}
	for _, c := range cols {
		bare := sheetText(c, 0, false, "\n")
		for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
			// treeOf folds to simplified: both scripts read c.want.
			require.Equal(t, c.want, treeOf(mustText(t, tr(bare))), "%s: the bare table", c.name)
			for captions := 0; captions <= 2; captions++ {
				for _, note := range []bool{false, true} {
					for _, eol := range []string{"\n", "\r\n"} {
						text := tr(sheetText(c, captions, note, eol))
						t.Run(fmt.Sprintf("%s/%d captions/note %v/%q", c.name, captions, note, eol), func(t *testing.T) {
							assert.Equal(t, c.want, treeOf(mustText(t, text)), "%s", text)
						})
					}
				}
			}
		}
	}
}
