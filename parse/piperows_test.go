package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// splitOne runs a line splitter on the single line s and returns the
// parts' text (nil when it left the line alone).
func splitOne(split func(source.Str) []source.Str, s string) []string {
	var out []string
	for _, p := range split(source.New(s).Lines()[0]) {
		out = append(out, p.S)
	}
	return out
}

func TestPipeRows(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"rows run together, joined by an empty cell",
			"| 序号 | 重点工作 | 牵头部门 | | 1 | 公开权责清单 | 县委编办 | | 2 | 公开财政预算 | 县财政局 |",
			[]string{"| 序号 | 重点工作 | 牵头部门 |", "| 1 | 公开权责清单 | 县委编办 |", "| 2 | 公开财政预算 | 县财政局 |"}},
		{"empty cells inside a row keep the rhythm",
			"  | 序号 | 工作任务 | 责任单位 | 时限 | | 1 | 做好政策解读 | 县政府办 | 6月底 | | | 回应社会关切 | | 持续推进 |",
			[]string{"| 序号 | 工作任务 | 责任单位 | 时限 |", "| 1 | 做好政策解读 | 县政府办 | 6月底 |", "| | 回应社会关切 | | 持续推进 |"}},
		{"one ordinary row is left alone",
			"| 1 | 做好政策解读 | 县政府办 | 6月底 |", nil},
		{"a row with an empty cell is not a joint",
			"| 1 | 做好政策解读 | 细化解读方案 | | 县政府办 | 6月底 | 备注 |", nil},
		{"a broken rhythm is left alone",
			"| 序号 | 工作任务 | 责任单位 | | 1 | 做好政策解读 | 县政府办 | 6月底 | | 2 | 回应关切 | 县委宣传部 |", nil},
		{"a header and one row are not enough",
			"| 序号 | 工作任务 | 责任单位 | | 1 | 做好政策解读 | 县政府办 |", nil},
		{"prose is left alone", "各乡镇要按照“谁发布、谁负责”的原则做好公开。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitOne(pipeRows, tt.line))
		})
	}
}

func TestSplitPipeRowsKeepsOtherLines(t *testing.T) {
	src := source.New("某县任务表\n| 序号 | 任务 | 单位 | | 1 | 公开清单 | 县委编办 | | 2 | 公开预算 | 县财政局 |\n注：按期完成。")
	var got []string
	for _, l := range splitPipeRows(src.Lines()) {
		got = append(got, l.S)
	}
	assert.Equal(t, []string{"某县任务表", "| 序号 | 任务 | 单位 |", "| 1 | 公开清单 | 县委编办 |", "| 2 | 公开预算 | 县财政局 |", "注：按期完成。"}, got)
	plain := source.New("一、总体要求\n坚持公开为常态。").Lines()
	assert.Equal(t, plain, splitPipeRows(plain))
}
