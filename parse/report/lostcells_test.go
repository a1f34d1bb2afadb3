package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// proactiveBlocks are section 二's blocks as a 2021-template report writes
// them, one string per block, rows separated by newlines.
var proactiveBlocks = []string{
	"第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3\n行政规范性文件\t12\t3\t45",
	"第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t1024",
	"第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t356\n行政强制\t12",
	"第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t15.6",
}

// TestMissingProactive warns when section 二's tables lack template rows
// between the first and the last they read, and not for whole tables (2021
// or 2019 version), an excerpt, or tables cut off after their last row.
func TestMissingProactive(t *testing.T) {
	v2019 := []string{
		"第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t3\n规范性文件\t12\t12\t45",
		"第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t20\t1\t1024\n其他对外管理服务事项\t5\t0\t30",
		"第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t30\t2\t356\n行政强制\t4\t0\t12",
		"第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\n行政事业性收费\t3\t0",
		"第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t8\t120.5",
	}
	lose := func(blocks []string, row string) []string {
		out := append([]string(nil), blocks...)
		for i, b := range out {
			var keep []string
			for _, l := range strings.Split(b, "\n") {
				if !strings.HasPrefix(l, row) {
					keep = append(keep, l)
				}
			}
			out[i] = strings.Join(keep, "\n")
		}
		return out
	}
	tests := []struct {
		name   string
		blocks []string
		want   []string
	}{
		{"whole 2021", proactiveBlocks, nil},
		{"whole 2019", v2019, nil},
		{"an excerpt", proactiveBlocks[:1], nil},
		{"cut off after its last row", proactiveBlocks[:3], nil},
		{"a row lost", lose(proactiveBlocks, "行政强制"), []string{"行政强制"}},
		{"a block lost", append(proactiveBlocks[:1:1], proactiveBlocks[2:]...), []string{"行政许可"}},
		{"a 2019 row lost", lose(v2019, "行政处罚"), []string{"行政处罚"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "某某县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + strings.Join(tt.blocks, "\n") +
				"\n三、收到和处理政府信息公开申请情况\n本年无申请。\n"
			_, warns := Build(sourceOf(text), "")
			got := requireUnread(t, warns, tt.want != nil)
			if got == nil {
				return
			}
			assert.Contains(t, got[0].Message, "section 二 lack 1 rows of the template: "+strings.Join(tt.want, "、"))
		})
	}
}

// TestMissingCells warns when rows of a mostly whole template table lack
// values other rows have, naming each row and column, and not for a table
// mostly blank or a row with no value at all.
func TestMissingCells(t *testing.T) {
	v := func(xs ...float64) []*float64 {
		out := make([]*float64, len(xs))
		for i := range xs {
			if xs[i] >= 0 {
				out[i] = &xs[i]
			}
		}
		return out
	}
	cols := []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}
	table := func(rows ...[]*float64) *model.Table {
		tab := &model.Table{Columns: cols}
		for i, r := range rows {
			tab.Rows = append(tab.Rows, model.TableRow{Key: reviewRows[i], Cells: r})
		}
		return tab
	}
	tests := []struct {
		name string
		tab  *model.Table
		want string
	}{
		{"whole", table(v(1, 0, 0, 0, 1), v(0, 0, 0, 0, 0), v(2, 0, 0, 0, 2)), ""},
		{"a column lost", table(v(1, 0, 0, 0, 1), v(0, 0, 0, 0, -1), v(2, 0, 0, 0, 2)), "lacks values in 1 rows: 行政诉讼/未经复议直接起诉（总计）"},
		{"mostly blank", table(v(1, -1, -1, -1, 1), v(-1, -1, -1, -1, -1), v(2, -1, -1, -1, 2)), ""},
		{"a row with no value", table(v(1, 0, 0, 0, 1), v(-1, -1, -1, -1, -1), v(2, 0, 0, 0, 2)), ""},
		{"no table", nil, ""},
	}
	for _, tt := range tests {
		got := missingCells(tt.tab, "四")
		if tt.want == "" {
			assert.Empty(t, got, tt.name)
			continue
		}
		require.Len(t, got, 1, tt.name)
		assert.Contains(t, got[0].Message, tt.want, tt.name)
	}
}
