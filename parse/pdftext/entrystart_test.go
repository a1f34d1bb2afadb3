package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOpensNumbered: one recogniser tells the layout and the page joiner
// that a line or a cell opens a numbered entry.
func TestOpensNumbered(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"一、总体要求", true},
		{"十二．保障措施", true},
		{"（二）提升服务效能", true},
		{"(3)规范办理", true},
		{"1.加强组织领导", true},
		{"2、完善制度", true},
		{"3．强化督查", true},
		{"1 加强政策解读", true},
		{"（1）按时答复", true},
		{"①公开目录", true},
		{"第一条 为了规范", true},
		{"第三章　附则", true},
		{"任务一：深化公开", true},
		{"12", true}, // a 序号 cell
		{" 7 ", true},
		{"1.5万元", false},
		{"2025年6月底", false},
		{"2025", false},
		{"0", false},
		{"第三条规定的情形", false},
		{"一是加强领导", false},
		{"牵头单位：县财政局", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, opensNumbered(tt.text), "%q", tt.text)
	}
}
