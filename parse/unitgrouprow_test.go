package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unitGroups is a 责任清单 grouped by unit: its header has no unit column,
// and each group's unit or units stand in a row of their own across the
// table, with or without the count of the group's rows.
var unitGroups = tableDoc{name: "grouped by unit rows across a table without a unit column", prefix: "某市2023年重点工作责任清单\n", heads: 1, rows: [][]string{
	{"序号", "工作任务", "完成时限"},
	{"市教育局（2项）", "", ""},
	{"1", "新增公办幼儿园学位一千个。", "2023年9月底前"},
	{"2", "完成中小学校舍安全排查。", "2023年6月底前"},
	{"市财政局、市税务局（共2项）", "", ""},
	{"3", "落实小微企业减税降费政策。", "持续推进"},
	{"4", "公开惠企资金兑付结果。", "每季度末"},
	{"市民政局", "", ""},
	{"5", "提高城乡低保标准。", "2023年7月底前"},
}, want: []string{
	"G  ",
	"  T 1 新增公办幼儿园学位一千个",
	"    I 新增公办幼儿园学位一千个。 | 2023年9月底前 | 市教育局/responsible",
	"  T 2 完成中小学校舍安全排查",
	"    I 完成中小学校舍安全排查。 | 2023年6月底前 | 市教育局/responsible",
	"  T 3 落实小微企业减税降费政策",
	"    I 落实小微企业减税降费政策。 | 持续推进 | 市财政局/responsible、市税务局/responsible",
	"  T 4 公开惠企资金兑付结果",
	"    I 公开惠企资金兑付结果。 | 每季度末 | 市财政局/responsible、市税务局/responsible",
	"  T 5 提高城乡低保标准",
	"    I 提高城乡低保标准。 | 2023年7月底前 | 市民政局/responsible",
}}

// TestUnitGroupRows renders unitGroups through every rendering and
// transformation, with its merged cells kept and dropped, and requires
// each row to take the units of the group row above it (responsible),
// the count （2项） left out. Rows flattened by single spaces are left
// out: a table with no unit column has no spaced reading, group rows or
// none (a paragraph glued under it is left out for the same reason).
func TestUnitGroupRows(t *testing.T) {
	want := treeOf(renderings[0].parse(t, unitGroups.text(renderings[0], transforms[0])))
	require.Equal(t, unitGroups.want, want)
	for _, v := range []tableDoc{unitGroups, unitGroups.dropMerged()} {
		n := 0
		for _, r := range renderings {
			if !r.ok(v) || r.name == "rows flattened with spaces" {
				continue
			}
			for _, tr := range transforms {
				text := v.text(r, tr)
				assert.Equal(t, want, treeOf(r.parse(t, text)), "%s/%s/%s; rendering:\n%s", v.name, r.name, tr.name, text)
				n++
			}
		}
		require.Greater(t, n, len(transforms), "%s: the renderings beyond the tabs' were all skipped", v.name)
	}
}
