package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestContinuesTitle: when the second line of a printed plan title is
// joined to the first.
func TestContinuesTitle(t *testing.T) {
	tests := []struct {
		name, first, next, quoted string
		want                      bool
	}{
		{"the two lines give the quoted title", "某镇村级卫生服务工作规划", "（2021—2025年）及实施意见", "某镇村级卫生服务工作规划（2021—2025年）及实施意见", true},
		{"letter-spaced lines give the quoted title", "某镇村级卫生 服务工作规划", "及实施意见", "某镇村级卫生服务工作规划及实施意见", true},
		{"the first line alone is the quoted title", "某县2023年政务公开工作要点", "重点任务清单", "某县2023年政务公开工作要点", false},
		{"no quote: the first line cannot end a title", "某市政务服务事项清单动态管理", "工作方案", "", true},
		{"no quote: the first line ends in a plan word", "某县2023年政务公开工作要点", "重点任务清单", "", false},
		{"no quote: the first line ends in a 文种", "某县关于加强政务公开的意见", "重点任务分工", "", false},
		{"no quote: a bracket after the plan word still ends it", "某区数据共享实施方案（试行）", "任务分工", "", false},
		{"no quote: traditional script ends in a plan word", "某縣2023年政務公開工作要點", "重點任務清單", "", false},
		{"no quote: the next line names no plan", "某市政务服务事项清单动态管理", "某市人民政府办公室", "", false},
		{"the next line is a sentence", "某市政务服务事项清单动态", "为做好管理工作，制定本方案。", "", false},
		{"the next line is a column name", "某市政务服务事项清单动态管理", "工作任务", "", false},
		{"no quote: a short tail ends the plan word", "某省2021年就业创业工作", "方案", "", true},
		{"no quote: a short tail completes the plan word", "某省2021年就业创业工作方", "案", "", true},
		{"no quote: a short tail after a complete title", "某县2023年政务公开工作要点", "附件", "", false},
		{"no quote: a short tail naming no plan", "某省2021年就业创业工作", "通知", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, continuesTitle(tt.first, tt.next, tt.quoted))
		})
	}
}

// TestPlanTitleOverTwoLines: a plan title printed over two lines is read
// whole, from the notice's own text; a work plan that is the notice itself
// takes the notice's title even when it names no plan.
func TestPlanTitleOverTwoLines(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"joined to the quoted title", `某镇人民政府关于印发《某镇村级卫生服务工作规划（2021—2025年）及实施意见》的通知

各村民委员会：

现将《某镇村级卫生服务工作规划（2021—2025年）及实施意见》印发给你们，请认真执行。

某镇人民政府
2021年3月5日

某镇村级卫生服务工作规划
（2021—2025年）及实施意见

一、总体目标
（一）健全服务网络。年底前每村建成一个卫生室。（镇卫生院牵头）
`, "某镇村级卫生服务工作规划（2021—2025年）及实施意见"},
		{"joined without a quote", `某市人民政府办公室关于印发某市政务服务事项清单动态管理工作方案的通知

各区人民政府，市政府各部门：

现将某市政务服务事项清单动态管理工作方案印发给你们，请认真贯彻执行。

某市人民政府办公室
2022年4月8日

某市政务服务事项清单动态
管理工作方案

一、工作目标
（一）建立动态调整机制。6月底前完成事项清单梳理。（市政务服务局牵头）
`, "某市政务服务事项清单动态管理工作方案"},
		{"a work plan under its own title that names no plan", `某县人民政府办公室关于第一季度重点工作督查情况的通报

各乡镇人民政府，县直各部门：

现将督查情况通报如下：

一、存在问题及整改要求
（一）项目开工滞后。加快办理用地手续。（县自然资源局负责）
（二）网办比例不高。提升全程网办比例。（县政务服务局负责）

某县人民政府办公室
2023年4月6日
`, "某县人民政府办公室关于第一季度重点工作督查情况的通报"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(tt.text)
			require.NoError(t, err)
			require.NotNil(t, doc.Plan)
			require.NotNil(t, doc.Plan.Title)
			assert.Equal(t, tt.want, doc.Plan.Title.Value)
		})
	}
}

// TestNamedAttachment: the plan region starts at the attachment whose
// title is the plan the notice names when the first attachment is a form;
// a first attachment with plan content keeps the region.
func TestNamedAttachment(t *testing.T) {
	const notice = "某县人民政府办公室\n\n某政办发〔2025〕3号\n\n某县人民政府办公室关于印发某县2025年重点任务清单的通知\n\n各乡镇人民政府：\n\n现将《某县2025年重点任务清单》印发给你们，请认真落实。\n\n某县人民政府办公室\n2025年2月12日\n\n"
	const list = "附件2\n\n某县2025年重点任务清单\n\n序号 | 任务名称 | 责任单位\n1 | 公开惠企政策清单。 | 县发改局\n2 | 公开涉企收费目录。 | 县财政局\n"
	tests := []struct {
		name, first string
		titles      []string
	}{
		{"a form first", "附件1\n\n联络员回执\n\n单位名称：\n联系电话：\n\n", []string{"公开惠企政策清单", "公开涉企收费目录"}},
		{"plan headings first", "附件1\n\n实施细则\n\n一、加强领导\n（一）明确分工。由县政府办负责。\n\n", []string{"明确分工"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(notice + tt.first + list)
			require.NoError(t, err)
			require.NotNil(t, doc.Plan)
			var got []string
			for _, g := range doc.Plan.Goals {
				for _, tk := range g.Tasks {
					got = append(got, tk.Title)
				}
			}
			assert.Equal(t, tt.titles, got)
		})
	}
}

// TestNamesPlan: a notice's own title names a plan when it, or the words
// before its …的通知, end in a plan word, not when it only mentions one.
func TestNamesPlan(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"某县2023年政务公开工作要点", true},
		{"国务院关于落实重点工作部门分工的意见", true},
		{"某区人民政府关于2023年重点工作任务分解的通知", true},
		{"某市人民政府关于进一步做好就业创业工作的实施意见", true},
		{"某縣人民政府關於重點工作任務分解的通知", true},
		{"某县人民政府办公室关于开展重点工作任务落实情况督查的通知", false},
		{"某县人民政府办公室关于做好元旦春节期间安全生产工作的通知", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			assert.Equal(t, tt.want, namesPlan(tt.title))
		})
	}
}

// TestTitleLike: 4 to 60 characters (runes, not bytes) without sentence
// punctuation.
func TestTitleLike(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"工作要点", true},
		{"要点", false},
		{"abc", false},
		{"abcd", true},
		{strings.Repeat("要", 60), true},
		{strings.Repeat("要", 61), false},
		{strings.Repeat("a", 60), true},
		{strings.Repeat("a", 61), false},
		{strings.Repeat("a", 20) + strings.Repeat("要", 40), true},
		{strings.Repeat("a", 21) + strings.Repeat("要", 40), false},
		{"𠁞𠁞𠁞", false},
		{"𠁞𠁞𠁞𠁞", true},
		{"工作要点。", false},
		{"工作要点,", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, titleLike(tt.s), "%q", tt.s)
	}
}

// TestPlanTitleShortTail: a centred plan title wrapped by the page width
// leaves one to three characters on its second line (…任务分工方 / 案); the
// two lines give the title the notice issues and are joined, before a table
// or a heading, in both scripts.
func TestPlanTitleShortTail(t *testing.T) {
	const title = "某省交通运输厅2016年政务公开工作任务分工方案"
	bodies := map[string]string{
		"table":   "序号\t工作任务\t牵头处室\n1\t推进权力运行公开。\t政策法规处\n",
		"heading": "一、总体要求\n（一）明确分工。由厅办公室负责。\n",
	}
	for tail := 1; tail <= 3; tail++ {
		rs := []rune(title)
		first, rest := string(rs[:len(rs)-tail]), string(rs[len(rs)-tail:])
		for bname, body := range bodies {
			for _, trad := range []bool{false, true} {
				text := "某省交通运输厅办公室关于印发" + title + "的通知\n各处室：\n现将《" + title + "》印发给你们，请抓好落实。\n某省交通运输厅办公室\n2016年5月20日\n附件\n" + first + "\n" + rest + "\n" + body
				want := title
				if trad {
					text, want = toTraditional(text), toTraditional(want)
				}
				doc, err := Text(text)
				require.NoError(t, err)
				if assert.NotNil(t, doc.Plan, "tail %d %s trad %v", tail, bname, trad) && assert.NotNil(t, doc.Plan.Title) {
					assert.Equal(t, want, doc.Plan.Title.Value, "tail %d %s trad %v", tail, bname, trad)
				}
			}
		}
	}
}

// TestSameBesideSpacesGate proves continuesTitle's gate: over every pair
// of lines made of title pieces, spaces of each kind and a broken byte,
// sameBesideSpaces never turns away two lines that squeeze joins into the
// quoted title, and it turns lines away (the gate does work).
func TestSameBesideSpacesGate(t *testing.T) {
	pieces := []string{"规划", "及", " ", "\u3000", "\u00a0", "a", "\xe8"}
	quoted := []string{"规划及规划", "规划 a", "a a", "规划\xe8", "及"}
	var lines []string
	strgen.Walk(pieces, 3, func(s string) { lines = append(lines, s) })
	refused := 0
	for _, a := range lines {
		for _, b := range lines {
			for _, q := range quoted {
				if sameBesideSpaces(a, b, q) {
					continue
				}
				refused++
				require.NotEqual(t, q, squeeze(a+b), "%q + %q turned away", a, b)
			}
		}
	}
	assert.Positive(t, refused)
}
