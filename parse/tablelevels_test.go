package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// levelRenderings write a table's rows (header first) as a Word tab text
// and as Markdown pipe rows with an alignment row.
var levelRenderings = []struct {
	name string
	rows func([][]string) string
}{
	{"tabs", func(rows [][]string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
		return b.String()
	}},
	{"pipes", func(rows [][]string) string {
		var b strings.Builder
		for i, r := range rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
			if i == 0 {
				b.WriteString(strings.Repeat("|---", len(r)) + "|\n")
			}
		}
		return b.String()
	}},
}

// levelNotice wraps a table in a short notice issuing it.
func levelNotice(table string) string {
	return "某县人民政府办公室\n某政办〔2023〕5号\n关于印发《某县2023年重点工作清单》的通知\n各乡镇人民政府，县直各单位：\n" +
		"现将《某县2023年重点工作清单》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2023年3月1日\n附件\n某县2023年重点工作清单\n" + table
}

// levelTree flattens a plan: one line per goal (G no title), task (T no
// title) and item (I head: units with roles).
func levelTree(doc *model.Document) []string {
	var out []string
	if doc.Plan == nil {
		return nil
	}
	for _, g := range doc.Plan.Goals {
		out = append(out, "G "+g.No+" "+g.Title)
		for _, tk := range g.Tasks {
			out = append(out, "T "+tk.No+" "+tk.Title)
			for _, it := range tk.Items {
				var us []string
				for _, u := range it.Units {
					us = append(us, u.Name+"/"+string(u.Role))
				}
				out = append(out, "I "+string([]rune(it.Text)[:4])+": "+strings.Join(us, " "))
			}
		}
	}
	return out
}

// TestSlashPairUnitColumn: one column named for two unit columns parted by
// a slash (牵头单位/配合单位) gives each cell's units before the slash the
// first role and those after it the second; a cell without a slash names
// the first column's units alone — whatever the names, the slash's width,
// the rendering, the script and the line ends.
func TestSlashPairUnitColumn(t *testing.T) {
	for _, name := range []struct{ header, first, second string }{
		{"牵头单位/配合单位", "lead", "cooperate"},
		{"牵头部门／配合部门", "lead", "cooperate"},
		{"牵头单位/协办单位", "lead", "cooperate"},
		{"责任单位/配合单位", "responsible", "cooperate"},
	} {
		for _, slash := range []string{"/", "／"} {
			rows := [][]string{
				{"序号", "工作任务", name.header, "完成时限"},
				{"1", "完成农村道路改造15公里。", "县交通局" + slash + "县财政局、县自然资源局", "2023年10月"},
				{"2", "新建社区养老服务中心2个。", "县民政局", "2023年12月"},
				{"3", "开展安全生产隐患排查整治。", "县应急局" + slash + "县公安局", "全年"},
			}
			want := []string{"G  ", "T 1 完成农村道路改造15公里", "I 完成农村: 县交通局/" + name.first + " 县财政局/" + name.second + " 县自然资源局/" + name.second,
				"T 2 新建社区养老服务中心2个", "I 新建社区: 县民政局/" + name.first,
				"T 3 开展安全生产隐患排查整治", "I 开展安全: 县应急局/" + name.first + " 县公安局/" + name.second}
			for _, r := range levelRenderings {
				for _, tr := range scriptsAndBreaks {
					t.Run(fmt.Sprintf("%s/%s/%s/%s", name.header, slash, r.name, tr.name), func(t *testing.T) {
						doc, err := Text(tr.apply(levelNotice(r.rows(rows))))
						require.NoError(t, err)
						assert.Equal(t, want, foldTree(levelTree(doc)))
					})
				}
			}
		}
	}
}

// foldTree folds a flattened tree to simplified script, so that a
// traditional rendering compares with the simplified expectation.
func foldTree(lines []string) []string {
	for i, l := range lines {
		lines[i] = segment.ToSimplified(l)
	}
	return lines
}

// TestMergedTwoLevelTaskColumns: a table whose 一级任务 and 二级任务 cells
// are merged down (text on a group's first row only) and whose 序号 numbers
// every measure row has the 一级任务 cells as goals and the 二级任务 cells
// as tasks without a number, each row under them an item; where the 序号
// is merged with the 二级任务 cell it numbers the tasks.
func TestMergedTwoLevelTaskColumns(t *testing.T) {
	rows := func(seqMerged bool) [][]string {
		seq := func(n, first int) string {
			if seqMerged && n != first {
				return ""
			}
			if seqMerged {
				return fmt.Sprint(first)
			}
			return fmt.Sprint(n)
		}
		return [][]string{
			{"序号", "一级任务", "二级任务", "工作措施", "牵头部门", "配合部门", "完成时限"},
			{seq(1, 1), "党建引领", "加强政治建设", "修订党委会议事规则，落实民主集中制。", "党委办公室", "院长办公室", "2021年3月"},
			{seq(2, 1), "", "", "开展党史学习教育专题学习。", "党委宣传部", "各党支部", "2021年12月"},
			{seq(3, 3), "", "加强廉洁建设", "开展医药购销领域专项治理。", "纪检监察室", "药剂科", "2021年11月"},
			{seq(4, 4), "医疗质量", "提升医疗技术", "开展新技术新项目20项。", "医务部", "护理部", "2021年12月"},
			{seq(5, 4), "", "", "推进日间手术和多学科诊疗。", "医务部", "", "2021年12月"},
		}
	}
	want := func(no1, no3, no4 string) []string {
		return []string{
			"G  党建引领", "T " + no1 + " 加强政治建设", "I 修订党委: 党委办公室/lead 院长办公室/cooperate", "I 开展党史: 党委宣传部/lead 各党支部/cooperate",
			"T " + no3 + " 加强廉洁建设", "I 开展医药: 纪检监察室/lead 药剂科/cooperate",
			"G  医疗质量", "T " + no4 + " 提升医疗技术", "I 开展新技: 医务部/lead 护理部/cooperate", "I 推进日间: 医务部/lead",
		}
	}
	for _, r := range levelRenderings {
		for _, tr := range scriptsAndBreaks {
			t.Run(r.name+"/"+tr.name+"/序号 per row", func(t *testing.T) {
				doc, err := Text(tr.apply(levelNotice(r.rows(rows(false)))))
				require.NoError(t, err)
				assert.Equal(t, want("", "", ""), foldTree(levelTree(doc)))
			})
			t.Run(r.name+"/"+tr.name+"/序号 merged with the task", func(t *testing.T) {
				doc, err := Text(tr.apply(levelNotice(r.rows(rows(true)))))
				require.NoError(t, err)
				assert.Equal(t, want("1", "3", "4"), foldTree(levelTree(doc)))
			})
		}
	}
}

// TestDecimalGroupRows: rows numbered 1, 2 holding only a group's name over
// rows numbered 1.1, 1.2, 2.1 with task cells of their own are goals over
// those tasks (numbered as printed), whatever the dot's width, the
// rendering and the script; a numbered row with text and units of its own
// stays a task.
func TestDecimalGroupRows(t *testing.T) {
	for _, dot := range []string{".", "．"} {
		rows := [][]string{
			{"序号", "重点任务", "具体内容", "牵头部门", "配合部门", "完成时限"},
			{"1", "公开平台", "", "", "", ""},
			{"1" + dot + "1", "网站集约", "关停整合功能重复的部门网站。", "党政办公室", "信息中心", "2025年10月底前"},
			{"1" + dot + "2", "专栏维护", "按月更新政务公开专栏内容。", "信息中心", "财政局", "2025年10月底前"},
			{"2", "解读回应", "", "", "", ""},
			{"2" + dot + "1", "政策解读", "重要文件印发后三日内发布解读。", "党政办公室", "司法所", "2025年8月底前"},
		}
		want := []string{
			"G 1 公开平台", "T 1" + dot + "1 网站集约", "I 关停整合: 党政办公室/lead 信息中心/cooperate",
			"T 1" + dot + "2 专栏维护", "I 按月更新: 信息中心/lead 财政局/cooperate",
			"G 2 解读回应", "T 2" + dot + "1 政策解读", "I 重要文件: 党政办公室/lead 司法所/cooperate",
		}
		for _, r := range levelRenderings {
			for _, tr := range scriptsAndBreaks {
				t.Run(dot+"/"+r.name+"/"+tr.name, func(t *testing.T) {
					doc, err := Text(tr.apply(levelNotice(r.rows(rows))))
					require.NoError(t, err)
					assert.Equal(t, want, foldTree(levelTree(doc)))
				})
			}
		}
	}
	t.Run("a numbered row with its own text stays a task", func(t *testing.T) {
		doc, err := Text(levelNotice(levelRenderings[0].rows([][]string{
			{"序号", "重点任务", "具体内容", "牵头部门", "配合部门", "完成时限"},
			{"1", "网站集约", "关停整合功能重复的部门网站。", "党政办公室", "信息中心", "2025年10月底前"},
			{"1.1", "专栏维护", "按月更新政务公开专栏内容。", "信息中心", "财政局", "2025年10月底前"},
		})))
		require.NoError(t, err)
		require.NotNil(t, doc.Plan)
		require.Len(t, doc.Plan.Goals, 1)
		assert.Len(t, doc.Plan.Goals[0].Tasks, 2)
	})
}

// TestAttachmentAfterBanji: a portal posts the notice with its 版记
// (主题词/抄送/印发) and the attachment after it; the 版记 is read and the
// attachment's table is the plan, whatever the attachment's mark.
func TestAttachmentAfterBanji(t *testing.T) {
	table := "序号\t工作任务\t责任单位\t完成时间\n1\t每月刷新村务公开内容。\t镇民政办\t2014年9月\n2\t编印惠民政策明白卡。\t镇财政所\t2014年11月\n"
	for _, mark := range []string{"附件", "附件1", "附件：", "附件 2"} {
		for _, tr := range scriptsAndBreaks {
			t.Run(mark+"/"+tr.name, func(t *testing.T) {
				text := "某乡人民政府文件\n某乡发〔2014〕6号\n关于印发《某乡2014年村务公开工作安排》的通知\n各村委会、乡属各单位：\n" +
					"现将《某乡2014年村务公开工作安排》印发给你们，请遵照执行。\n某乡人民政府\n二〇一四年五月六日\n" +
					"主题词：村务公开　工作安排　通知\n抄送：乡党委、乡人大主席团。\n某乡党政综合办公室　　　　2014年5月8日印发\n\n" +
					mark + "\n某乡2014年村务公开工作安排\n" + table
				doc, err := Text(tr.apply(text))
				require.NoError(t, err)
				assert.Equal(t, model.KindWorkPlan, doc.Kind)
				require.NotNil(t, doc.Meta.PrintedDate)
				assert.Equal(t, "2014-05-08", doc.Meta.PrintedDate.Value)
				assert.Equal(t, []string{"G  ", "T 1 每月刷新村务公开内容", "I 每月刷新: 镇民政办/responsible", "T 2 编印惠民政策明白卡", "I 编印惠民: 镇财政所/responsible"},
					foldTree(levelTree(doc)))
			})
		}
	}
}
