package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestEvidence(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"a mention in a plan sentence counts nothing",
			"（三）工作进展情况纳入政府信息公开工作年度报告予以公开。", 0},
		{"plan headings are not report sections",
			"一、加强政策解读\n（一）做好解读工作\n二、推进决策公开", 0},
		{"plan headings: 基本情况 and 平台建设 are no marks, 问题和措施 is one",
			"一、基本情况\n（一）加强政务公开平台建设\n（二）主要问题和整改措施", 1},
		{"report section headings, one mark each",
			"一、概述\n二、主动公开政府信息情况\n（一）公开情况\n三、存在的主要问题及改进措施", 4},
		{"traditional section headings",
			"一、總體情況\n二、政府信息依申請公開情況", 2},
		{"template headings run together in a line, after a space or 。",
			"本局依法公开。一、总体情况 全年公开信息12条。 二、主动公开政府信息情况 制发文件3件。", 2},
		{"a template heading inside a sentence is no mark",
			"全文包括一、总体情况和二、主动公开政府信息情况等部分。", 0},
		{"preamble sentences",
			"现将本局2021年度政府信息公开工作年度报告公布如下。本报告中所列数据的统计期限自1月1日起。", 2},
		{"a template table is two marks",
			"第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0", 2},
		{"a table of a plan that names 规章 is not the template's",
			"信息内容 | 责任单位\n规章清理 | 区司法局", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Evidence(source.New(tt.text)))
		})
	}
}

func TestEvidenceReadsTheStart(t *testing.T) {
	heads := "一、总体情况\n二、主动公开政府信息情况\n"
	filler := strings.Repeat("本局继续推进各项工作。\n", 3000) // about 100 KB
	assert.Equal(t, 2, Evidence(source.New(heads+filler)))
	assert.Equal(t, 0, Evidence(source.New(filler+heads)))
}

func TestFold(t *testing.T) {
	assert.Equal(t, "现将《年度报告格式》印发给你们", Fold("現將 《年度報告格式》印發(fā)給你們"))
}
