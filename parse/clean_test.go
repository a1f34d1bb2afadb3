package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestMdHeading(t *testing.T) {
	tests := []struct {
		in           string
		level, start int
	}{
		{"# 标题", 1, 2},
		{"### 一、总体要求", 3, 4},
		{"###### x", 6, 7},
		{"####### x", 0, 0},
		{"#标题", 0, 0},
		{"##", 0, 0},
		{"标题 #", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		level, n := mdHeading(tt.in)
		assert.Equal(t, tt.level, level, tt.in)
		assert.Equal(t, tt.start, n, tt.in)
	}
}

func TestCleanLineKinds(t *testing.T) {
	tests := []struct {
		in   string
		kind lineKind
	}{
		{"- 3 -", lineNoise},
		{"第 2 页，共 9 页", lineNoise},
		{"首页>>政务公开>>通知公告", lineNoise},
		{"某市2020年工作要点.docx", lineNoise},
		{"（本文有删减）", lineNoise},
		{"一、总体要求", lineText},
		{"a\tb", lineTabRow},
		{"| a | b |", linePipeRow},
	}
	for _, tt := range tests {
		src := cleanLines(source.New(tt.in).Lines())
		assert.Equal(t, tt.kind, src[0].kind, tt.in)
	}
}
