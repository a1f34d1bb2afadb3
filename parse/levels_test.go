package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestHeadingLevels(t *testing.T) {
	const (
		dun    = ord.CnDun
		cnPar  = ord.CnParen
		dot    = ord.ArabicDot
		arPar  = ord.ArabicParen
		circle = ord.Circled
	)
	tests := []struct {
		name   string
		styles []ord.Style
		want   map[ord.Style]int
	}{
		{"goals only (prose sections)", []ord.Style{dun}, map[ord.Style]int{dun: levelGoal}},
		{"three levels", []ord.Style{dun, cnPar, dot}, map[ord.Style]int{dun: levelGoal, cnPar: levelTask, dot: levelItem}},
		{"four levels", []ord.Style{dun, cnPar, dot, arPar}, map[ord.Style]int{dun: levelGoal, cnPar: levelTask, dot: levelItem, arPar: levelSubItem}},
		{"1. straight under 一、", []ord.Style{dun, dot}, map[ord.Style]int{dun: levelGoal, dot: levelTask}},
		{"excerpt starting at （一）", []ord.Style{cnPar, dot}, map[ord.Style]int{cnPar: levelTask, dot: levelItem}},
		{"（一） alone", []ord.Style{cnPar}, map[ord.Style]int{cnPar: levelTask}},
		{"numbered entries only", []ord.Style{dot}, map[ord.Style]int{dot: levelTask}},
		{"1. over (1), no 一、 or （一）", []ord.Style{dot, arPar}, map[ord.Style]int{dot: levelGoal, arPar: levelTask}},
		{"1. over (1) over ①", []ord.Style{dot, arPar, circle}, map[ord.Style]int{dot: levelGoal, arPar: levelTask, circle: levelSubItem}},
		{"(1) entries only", []ord.Style{arPar}, map[ord.Style]int{arPar: levelTask}},
		{"(1) under （一）", []ord.Style{dun, cnPar, arPar}, map[ord.Style]int{dun: levelGoal, cnPar: levelTask, arPar: levelSubItem}},
		{"(1) straight under 一、", []ord.Style{dun, arPar}, map[ord.Style]int{dun: levelGoal, arPar: levelTask}},
		{"(1) and ① under 1.", []ord.Style{dun, cnPar, dot, arPar, circle}, map[ord.Style]int{dun: levelGoal, cnPar: levelTask, dot: levelItem, arPar: levelSubItem, circle: levelSubItem}},
		{"① under 1. tasks", []ord.Style{dun, dot, circle}, map[ord.Style]int{dun: levelGoal, dot: levelTask, circle: levelSubItem}},
		{"第一条 entries only", []ord.Style{ord.CnArticle}, map[ord.Style]int{ord.CnArticle: levelTask}},
		{"第一条 under （一）", []ord.Style{cnPar, ord.CnArticle}, map[ord.Style]int{cnPar: levelTask, ord.CnArticle: levelItem}},
		{"第一部分 with 1. under it", []ord.Style{ord.CnPart, dot}, map[ord.Style]int{ord.CnPart: levelGoal, dot: levelTask}},
		{"第一部分 above 一、 is no heading", []ord.Style{ord.CnPart, dun, cnPar}, map[ord.Style]int{dun: levelGoal, cnPar: levelTask}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen styleSet
			for _, s := range tt.styles {
				seen[s] = true
			}
			levels := headingLevels(seen)
			got := map[ord.Style]int{}
			for s, l := range levels {
				if l > 0 {
					got[ord.Style(s)] = l
				}
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, len(tt.want), levels.count())
		})
	}
}

// TestHeadingTree checks the tree the levels give on small plans.
func TestHeadingTree(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // goals as "no title", tasks indented, items as "  - first line, unit count"
	}{
		{"prose goals without tasks",
			"一、指导思想\n坚持稳中求进工作总基调，推动高质量发展。\n二、主要目标\n全年经济增长百分之六左右。\n",
			[]string{"一 指导思想", "二 主要目标"}},
		{"excerpt starting at （一）",
			"（一）推进决策公开。\n1.完善公众参与机制。（市政府办公室牵头）\n2.做好解读工作。（市发改委负责）\n（二）推进执行公开。\n加强督查。（市督查室负责）\n",
			[]string{"", "  一", "  - 完善公众参与机制。 1", "  - 做好解读工作。 1", "  二", "  - 加强督查。 1"}},
		{"a unit clause after sub-items belongs to the entry",
			"一、深化改革\n（一）优化营商环境\n1.推进一网通办。\n（1）企业开办一日办结；\n（2）不动产登记五日办结。\n（市政务服务局牵头，各区负责）\n2.加强事中事后监管。（市市场监管局负责）\n",
			[]string{"一 深化改革", "  一", "  - 推进一网通办。 2", "  - 加强事中事后监管。 1"}},
		{"one-sentence entries then a paragraph for the goal",
			"一、按时报送\n1.各单位于1月底前提交年报。\n2.各区政府于2月底前汇总提交年报。\n年报需提交纸质版和电子版，加盖公章后报送。\n二、严把质量\n",
			[]string{"一 按时报送", "  1", "  - 各单位于1月底前提交年报。 0", "  2", "  - 各区政府于2月底前汇总提交年报。 0", "二 严把质量"}},
		{"a sentence heading then its content",
			"一、按时报送\n1.做好年报编制。\n各单位要认真总结，按时编制年报。\n2.做好年报发布。\n各单位要在门户网站发布年报。\n",
			[]string{"一 按时报送", "  1", "  - 各单位要认真总结，按时编制年报。 0", "  2", "  - 各单位要在门户网站发布年报。 0"}},
		{"a clause inside a sentence that goes on",
			"一、重点任务\n（一）开展义诊。城区由卫健部门负责，乡村（乡镇卫生院由卫生健康部门负责），医保部门组织实施。\n（二）加强培训。（市人社局负责）\n",
			[]string{"一 重点任务", "  一", "  - 城区由卫健部门负责，乡村（乡镇卫生院由卫生健康部门负责），医保部门组织实施。 1", "  二", "  - 加强培训。 1"}},
		{"an unnumbered section line before the first （一）",
			"为做好今年工作，制定本要点。\n工作内容\n（一）推进决策公开。（市政府办公室负责）\n（二）推进执行公开。（市督查室负责）\n",
			[]string{"工作内容", "  一", "  - 推进决策公开。 1", "  二", "  - 推进执行公开。 1"}},
		{"no section line: a goal with no title",
			"为做好今年工作，制定本要点如下。\n（一）推进决策公开。（市政府办公室负责）\n",
			[]string{"", "  一", "  - 推进决策公开。 1"}},
		{"entries run together after a comma",
			"一、重点任务\n（一）稳定就业\n1.加强就业服务（市人社局负责），2.做好技能培训（市教育局负责）。\n",
			[]string{"一 重点任务", "  一", "  - 加强就业服务 1", "  - 做好技能培训 1"}},
		{"a clause after sub-items of a 1. task",
			"一、深化改革\n1.推进一网通办。\n（1）企业开办一日办结；\n（2）不动产登记五日办结。\n（市政务服务局牵头，各区负责）\n2.加强监管。（市市场监管局负责）\n",
			[]string{"一 深化改革", "  1", "  - （1）企业开办一日办结； 2", "  2", "  - 加强监管。 1"}},
		{"sub-items with clauses of their own",
			"一、深化改革\n（一）推进一网通办\n（1）企业开办一日办结。（市市场监管局负责）\n（2）不动产登记五日办结。（市自然资源局负责）\n",
			[]string{"一 深化改革", "  一", "  - 企业开办一日办结。 1", "  - 不动产登记五日办结。 1"}},
		{"sub-items after their item's clause",
			"一、扩大消费\n（一）发展夜间经济\n1.打造夜间消费街区。（市商务局牵头，市文旅局配合）\n（1）完善街区设施；\n（2）丰富消费业态。\n2.促进汽车消费。（市商务局负责）\n",
			[]string{"一 扩大消费", "  一", "  - 打造夜间消费街区。 2", "  - 促进汽车消费。 1"}},
		{"a unit line after a block of items speaks for the whole block",
			"一、深化改革\n（一）推进决策公开。\n1.公布决策事项目录。\n2.公开征求意见。\n责任单位：市司法局、市政府办公室\n（二）加强解读。\n1.同步发布解读。（市政府各部门负责）\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 2", "  - 公开征求意见。 2", "  二", "  - 同步发布解读。 1"}},
		{"a second unit line after a block adds to the whole block",
			"一、深化改革\n（一）推进决策公开。\n1.公布决策事项目录。\n2.公开征求意见。\n牵头单位：市司法局\n配合单位：市政府办公室\n（二）加强解读。\n1.同步发布解读。\n配合单位：市发改委\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 2", "  - 公开征求意见。 2", "  二", "  - 同步发布解读。 1"}},
		{"an item's own bracket does not reach the item before it",
			"一、深化改革\n（一）推进决策公开。\n1.公布决策事项目录。\n2.公开征求意见。（市司法局负责）\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 0", "  - 公开征求意见。 1"}},
		{"一是/二是 pieces with clauses of their own are items; under one clause they are content",
			"一、优化营商环境\n（一）强化政策公开。一是建立政策库（市发改委负责）；二是推行免申即享（市财政局负责）。\n（二）做好企业服务。一是公开事项清单；二是公开审批进度。（市审批局负责）\n",
			[]string{"一 优化营商环境", "  一", "  - 建立政策库 1", "  - 推行免申即享 1", "  二", "  - 一是公开事项清单；二是公开审批进度。 1"}},
		{"第一条 entries are the tasks of one goal",
			"为做好今年工作，制定本分工。\n第一条　及时公开投诉处理结果。（责任单位：区市场监管局）\n第二条　加强专区建设。在政务大厅设立专区。（区政务服务中心负责）\n",
			[]string{"", "  一", "  - 及时公开投诉处理结果。 1", "  二", "  - 在政务大厅设立专区。 1"}},
		{"a unit clause on a goal heading speaks for its items without units",
			"一、深化财政公开（牵头单位：区财政局；配合单位：区级各部门）\n（一）公开预决算。在批复后20日内公开。\n（二）公开专项资金。公开分配结果。（区发改局负责）\n二、强化保障\n各单位要抓好落实。\n",
			[]string{"一 深化财政公开", "  一", "  - 在批复后20日内公开。 2", "  二", "  - 公开分配结果。 1", "二 强化保障"}},
		{"a unit line under a goal heading, before its tasks, speaks for its items",
			"一、深化财政公开\n牵头单位：区财政局\n（一）公开预决算。在批复后20日内公开。\n（二）公开专项资金。公开分配结果。\n二、加强就业公开\n（一）公开招聘信息。及时发布岗位。（区人社局负责）\n",
			[]string{"一 深化财政公开", "  一", "  - 在批复后20日内公开。 1", "  二", "  - 公开分配结果。 1", "二 加强就业公开", "  一", "  - 及时发布岗位。 1"}},
		{"a unit line between a title heading and its content speaks for the content",
			"一、深化重点领域公开\n（一）推进财政信息公开\n责任单位：市财政局\n细化部门预决算公开内容。\n（二）推进就业信息公开\n牵头单位：市人社局\n配合单位：市教育局\n及时发布招聘信息。\n（三）做好政策解读。\n责任单位：市政府办公室\n",
			[]string{"一 深化重点领域公开", "  一", "  - 细化部门预决算公开内容。 1", "  二", "  - 及时发布招聘信息。 2", "  三", "  - 做好政策解读。 1"}},
		{"第一部分 heads the parts where there is no 一、",
			"第一部分　加强信息公开\n1.做好疫情信息发布。（市卫健委负责）\n2.做好政策公开。（市发改委负责）\n第二部分　强化保障\n各单位要抓好落实。\n",
			[]string{"一 加强信息公开", "  1", "  - 做好疫情信息发布。 1", "  2", "  - 做好政策公开。 1", "二 强化保障"}},
		{"a 【short title】 opening a heading is its title, the rest its item",
			"一、重点任务\n1.【决策公开】建立决策事项目录，向社会公布。（市司法局负责）\n2.【政策解读】同步发布解读材料。（市政府办公室负责）\n",
			[]string{"一 重点任务", "  1", "  - 建立决策事项目录，向社会公布。 1", "  2", "  - 同步发布解读材料。 1"}},
		{"一是 paragraphs of their own are items; a clause after them speaks for each",
			"一、深化改革\n（一）推进决策公开\n一是公布决策事项目录。\n二是公开征求意见。\n三是反馈采纳情况。\n（市司法局负责）\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 1", "  - 公开征求意见。 1", "  - 反馈采纳情况。 1"}},
		{"一是 paragraphs out of sequence stay one item",
			"一、深化改革\n（一）推进决策公开\n一是公布决策事项目录。\n三是公开征求意见。\n（市司法局负责）\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 1"}},
		{"a clause closing a task heading speaks for the numbered entries under it",
			"一、深化改革\n（一）推进决策公开（牵头单位：市司法局）\n1.公布决策事项目录。\n2.公开征求意见。\n（二）加强解读（市政府办公室负责）\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 1", "  - 公开征求意见。 1", "  二", "  - 加强解读 1"}},
		{"a task heading's clause speaks for the entries without units of their own",
			"一、深化改革\n（一）推进决策公开（牵头单位：市司法局）\n1.公布决策事项目录。（市政府办公室负责）\n2.公开征求意见。\n",
			[]string{"一 深化改革", "  一", "  - 公布决策事项目录。 1", "  - 公开征求意见。 1"}},
		{"a task heading's clause speaks for the content under it",
			"一、深化改革\n（一）推进决策公开（牵头单位：市司法局）\n各部门要公布决策事项目录。\n（二）加强解读。（市政府办公室负责）\n",
			[]string{"一 深化改革", "  一", "  - 各部门要公布决策事项目录。 1", "  二", "  - 加强解读。 1"}},
		{"a task heading's clause stays its own item before content with units of its own",
			"一、深化改革\n（一）推进决策公开（牵头单位：市司法局）\n各部门要公布决策事项目录。（各部门负责）\n（二）加强解读。（市政府办公室负责）\n",
			[]string{"一 深化改革", "  一", "  - 推进决策公开 1", "  - 各部门要公布决策事项目录。 1", "  二", "  - 加强解读。 1"}},
		{"decimal section numbers under plain numbers, and 2.1.1 under 2.1",
			"1 总体要求\n坚持公开为常态。\n2 重点任务\n2.1 推进决策公开\n2.1.1 公布决策事项目录。（市司法局负责）\n2.1.2 公开征求意见。（市政府办公室负责）\n2.2 加强解读。同步发布解读材料。（市政府各部门负责）\n",
			[]string{"1 总体要求", "2 重点任务", "  2.1", "  - 公布决策事项目录。 1", "  - 公开征求意见。 1", "  2.2", "  - 同步发布解读材料。 1"}},
		{"one paragraph opening with a figure is no decimal heading",
			"一、重点任务\n（一）扩大投资\n2.5亿元用于城市更新。（市住建局负责）\n",
			[]string{"一 重点任务", "  一", "  - 2.5亿元用于城市更新。 1"}},
		{"entries citing documents only are the goal's text",
			"一、编制依据\n1.《中华人民共和国政府信息公开条例》；\n2.《省政务公开工作要点》和《市政务公开工作要点》。\n二、重点任务\n1.推进决策公开。（县政府办公室负责）\n",
			[]string{"一 编制依据", "二 重点任务", "  1", "  - 推进决策公开。 1"}},
		{"1. straight under 一、 where （一） is used elsewhere",
			"一、总体要求\n（一）指导思想。坚持稳中求进。\n二、重点任务\n1.稳定就业。（市人社局负责）\n2.扩大消费。（市商务局负责）\n",
			[]string{"一 总体要求", "  一", "  - 坚持稳中求进。 0", "二 重点任务", "  1", "  - 稳定就业。 1", "  2", "  - 扩大消费。 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(tt.text)
			assert.NoError(t, err)
			var got []string
			if doc.Plan != nil {
				for _, g := range doc.Plan.Goals {
					got = append(got, strings.TrimSpace(g.No+" "+g.Title))
					for _, tk := range g.Tasks {
						got = append(got, "  "+tk.No)
						for _, it := range tk.Items {
							got = append(got, fmt.Sprintf("  - %s %d", firstLine(it.Text), len(it.Units)))
						}
					}
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}

func TestSubItemsStayInTheirItem(t *testing.T) {
	text := "一、扩大消费\n（一）发展夜间经济\n1.打造夜间消费街区。（市商务局牵头）\n（1）完善街区设施；\n（2）丰富消费业态。\n2.促进汽车消费。（市商务局负责）\n"
	doc, err := Text(text)
	assert.NoError(t, err)
	items := doc.Plan.Goals[0].Tasks[0].Items
	assert.Len(t, items, 2)
	assert.Equal(t, "打造夜间消费街区。\n（1）完善街区设施；\n（2）丰富消费业态。", items[0].Text)
	assert.Equal(t, "（2）丰富消费业态。", text[items[0].Span.End-len("（2）丰富消费业态。"):items[0].Span.End])
}

func TestBracketTitle(t *testing.T) {
	for _, tt := range []struct{ in, title, content string }{
		{"【决策公开】建立重大行政决策事项目录。", "决策公开", "建立重大行政决策事项目录。"},
		{"【政策解讀】 同步做好解讀", "政策解讀", "同步做好解讀"},
		{"【责任单位：市司法局】", "", ""},
		{"【决策公开】", "", ""},
		{"建立【决策公开】目录", "", ""},
		{"【这是一个很长很长的并不是短标题的括号内容】建立目录", "", ""},
	} {
		title, content, ok := bracketTitle(source.New(tt.in).At(0, len(tt.in)))
		assert.Equal(t, tt.title != "", ok, tt.in)
		assert.Equal(t, tt.title, title.S, tt.in)
		assert.Equal(t, tt.content, content.S, tt.in)
	}
}

// TestShiHeadings: paragraphs opening 一是, 二是 … in sequence are the
// headings of a text that has no other ordinal; beside 一、 headings they
// stay content.
func TestShiHeadings(t *testing.T) {
	const head = "某区人民政府办公室关于做好政务公开重点工作的通知\n\n各街道办事处：\n\n现就有关事项通知如下：\n\n"
	tests := []struct {
		name, body string
		tasks      []string
	}{
		{"the only numbering", "一是抓好政策解读。各部门同步解读。（责任单位：区直各部门）\n\n二是规范依申请公开。严格执行时限。（牵头单位：区司法局）\n",
			[]string{"一 抓好政策解读", "二 规范依申请公开"}},
		{"out of sequence", "一是抓好政策解读。各部门同步解读。（责任单位：区直各部门）\n\n三是规范依申请公开。严格执行时限。（牵头单位：区司法局）\n",
			nil},
		{"beside 一、 headings (the only level, its section assigning work: a task)", "一、加强解读\n一是抓好政策解读。（责任单位：区直各部门）\n二是规范依申请公开。（牵头单位：区司法局）\n",
			[]string{"一 加强解读"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Text(head + tt.body)
			require.NoError(t, err)
			var got []string
			if doc.Plan != nil {
				for _, g := range doc.Plan.Goals {
					for _, tk := range g.Tasks {
						if tk.No != "" {
							got = append(got, tk.No+" "+tk.Title)
						}
					}
				}
			}
			assert.Equal(t, tt.tasks, got)
		})
	}
}

func TestFieldLabel(t *testing.T) {
	tests := []struct {
		in   string
		want string // what follows the label
	}{
		{"任务：按月公开数据；责任单位：甲科", "按月公开数据；责任单位：甲科"},
		{"工作内容:开展培训", "开展培训"},
		{"主要任务：", "主要任务："},
		{"责任单位：甲科", "责任单位：甲科"},
		{"加强领导：各单位要重视", "加强领导：各单位要重视"},
		{"按照上级部署要求统筹推进工作任务：全年", "按照上级部署要求统筹推进工作任务：全年"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.in[fieldLabel(tt.in):], tt.in)
	}
}
