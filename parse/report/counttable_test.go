package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestCountTables reads the count tables a report before 2019 sets in its
// sections, copied with their cells apart: every count cell a stat
// row / column (a bracketed unit kept), shares left out, the table ending at
// the first line that is not a row; tables of other columns are left alone.
func TestCountTables(t *testing.T) {
	const top = "某某市2010年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息300条。\n"
	const after = "\n二、依申请公开情况\n全年共受理政府信息公开申请6件。\n"
	for _, tc := range []struct {
		name, table string
		want        []string
	}{
		{"count and share", "类　别\t条数\t占比（%）\n机构职能\t120\t40.0\n工作动态\t180\t60.0\n合计\t300\t100",
			[]string{"机构职能 / 条数 = 120", "工作动态 / 条数 = 180", "合计 / 条数 = 300"}},
		{"pipes, a bracketed unit", "|项目|件数（件）|\n|同意公开|4|\n|不予公开|2|",
			[]string{"同意公开 / 件数（件） = 4 件", "不予公开 / 件数（件） = 2 件"}},
		{"two count columns", "答复类型\t件数\t人数\n当面\t3\t3\n网络\t3\t2",
			[]string{"当面 / 件数 = 3", "当面 / 人数 = 3", "网络 / 件数 = 3", "网络 / 人数 = 2"}},
		{"share first", "信息类别｜比例｜数量\n规划计划｜25｜75\n其他｜75｜225",
			[]string{"规划计划 / 数量 = 75", "其他 / 数量 = 225"}},
		{"a column neither count nor share", "类别\t条数\t备注\n机构职能\t120\t无", nil},
		{"no count column", "类别\t占比（%）\n机构职能\t40", nil},
		{"a 指标 header is the old form's", "主要指标\t条数\n公开信息\t120", nil},
		{"a header in traditional script", "類別\t條數\n機構職能\t120\n工作動態\t180",
			[]string{"機構職能 / 條數 = 120", "工作動態 / 條數 = 180"}},
		{"commas make no row", "类别，条数\n机构职能，120", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, _ := Build(source.New(top+tc.table+after), "")
			var got []string
			for _, s := range rep.Stats {
				if strings.Contains(s.Label, " / ") {
					g := fmt.Sprintf("%s = %s", s.Label, fmtNum(s.Value))
					if s.Unit != "" {
						g += " " + s.Unit
					}
					got = append(got, g)
				}
			}
			assert.Equal(t, tc.want, got)
			assert.Len(t, rep.Sections, 2, "the table's rows are no sections")
		})
	}
}
