package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestBareHeadingShape(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"提升政务服务水平", true},
		{"聚焦民生改善，加强信息公开", true},
		{"深化“放管服”改革", true},
		{"保障措施", true},
		{"县住建局", false},          // a unit
		{"县住建局、县财政局", false},     // a unit list
		{"持续推进", false},          // a deadline
		{"春秋季开学前", false},        // a deadline by its end
		{"2025年6月底前", false},     // digits
		{"重点任务分工表", false},       // a table's caption
		{"附件", false},            // too short
		{"加强组织领导，", false},       // a wrapped line's end
		{"推进政务服务事项网上办理。", false}, // a sentence
		{"县司法局牵头，县财政局配合", false}, // a unit clause
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			assert.Equal(t, tt.want, bareHeadingShape(tt.line))
		})
	}
}

func TestBareHeadingLine(t *testing.T) {
	tests := []struct {
		name, text string // the line tested is the one after "@\n"
		want       bool
	}{
		{"after a sentence", "完成造林任务。\n@\n提升政务服务水平\n推进事项网上办理。\n", true},
		{"after a unit cell", "县林业局\n@\n提升政务服务水平\n推进事项网上办理。\n", true},
		{"after a row number", "1\n@\n提升政务服务水平\n推进事项网上办理。\n", false},
		{"after a title's first line", "推进事项网上\n@\n提升政务服务水平\n推进事项网上办理。\n", false},
		{"wrapped at its column's width", "完成造林任务。\n@\n政府采购管理\n科、农业农村\n", false},
		{"a unit wrapped", "完成造林任务。\n@\n政府采购管\n理科、县财政局\n", false},
		{"a column's name under another", "工作任务\n@\n责任单位\n推进事项网上办理。\n", false},
		{"left edge of a spaced table", "      实现一窗受理。\n@\n提升政务服务水平\n  1   推行集成办理    梳理高频事项\n", true},
		{"in a spaced table's column", "  1   推行集成办理    梳理高频事项，\n@\n                      实现一窗受理\n  2   深化帮办代办    设置专区\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, "@\n")
			text := tt.text[:at] + tt.text[at+len("@\n"):]
			end := at + strings.IndexByte(text[at:], '\n')
			_, ok := bareHeadingAt(text, &model.Plan{}, 0, at, end)
			assert.Equal(t, tt.want, ok)
		})
	}
}
