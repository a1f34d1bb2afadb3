package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// renderRows writes table rows with the cell separator sep, outer bars
// when outer, and a blank line after each row when spaced.
func renderRows(rows [][]string, sep string, outer, spaced bool) string {
	var b strings.Builder
	for _, cells := range rows {
		s := strings.Join(cells, sep)
		if outer {
			s = strings.TrimSpace(sep) + s + strings.TrimSpace(sep)
		}
		b.WriteString(s + "\n")
		if spaced {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// nonPlanTables are tables a notice that issues no plan attaches or
// carries: none names a task, and none may take the notice's headings
// from it.
var nonPlanTables = []struct {
	name string
	rows [][]string
}{
	{"score table", [][]string{
		{"序号", "乡镇", "抽查户数", "合格户数", "合格率（%）", "得分", "名次"},
		{"1", "城关镇", "120", "114", "95.0", "93.5", "1"},
		{"2", "河口镇", "98", "90", "91.8", "88.0", "3"},
		{"3", "新华乡", "105", "99", "94.3", "90.5", "2"},
	}},
	{"list of units", [][]string{
		{"序号", "单位名称"},
		{"1", "某县交通运输局"},
		{"2", "某县市场监督管理局执法大队"},
		{"3", "某镇人民政府"},
	}},
	{"list of people", [][]string{
		{"序号", "姓名", "性别", "工作单位", "职务"},
		{"1", "李明", "男", "某县水利局", "副局长"},
		{"2", "王芳", "女", "某镇农业服务中心", "主任"},
	}},
	{"liaison roster", [][]string{
		{"单位", "姓名", "职务", "联系电话"},
		{"某县发展改革局", "赵刚", "科长", "0931-8123456"},
		{"某县财政局", "孙丽", "副科长", "13809312345"},
		{"某县自然资源局", "周强", "科员", "0931-8127788"},
	}},
	{"agenda", [][]string{
		{"时间", "内容", "发言单位"},
		{"9:00—9:20", "某县应急管理局通报上半年安全生产情况", "某县应急管理局"},
		{"9:20—9:50", "城关镇、河口镇作交流发言", "城关镇、河口镇"},
		{"9:50—10:20", "县政府分管副县长讲话", ""},
	}},
	{"reply form", [][]string{
		{"单位名称", "", "", ""},
		{"姓名", "职务", "联系电话", "备注"},
	}},
	{"application form", [][]string{
		{"项目名称", "", "", ""},
		{"申报单位", "", "统一社会信用代码", ""},
		{"项目总投资（万元）", "", "申请补助资金（万元）", ""},
		{"项目简介（限300字）", "", "", ""},
		{"主管部门审核意见", "（盖章） 年　月　日", "", ""},
	}},
}

// TestNonPlanTableKeepsHeadings: a notice of kind other (a 通报) whose
// 附件 after the signature is a table that names no work — a score table,
// a list of units or of people, a roster, an agenda, a reply form or an
// application form — keeps its own 一、/（一） headings and reads no task
// from the table, in every rendering of the rows (tabs, pipes with and
// without outer bars, a blank line after each row) and both scripts.
func TestNonPlanTableKeepsHeadings(t *testing.T) {
	const notice = "某县人民政府办公室文件\n\n某政办〔2019〕12号\n\n某县人民政府办公室关于上半年安全生产检查情况的通报\n\n各乡镇人民政府，县直各单位：\n\n" +
		"6月，县政府组织对各乡镇安全生产工作进行了检查。现将检查情况通报如下：\n\n一、基本情况\n\n本次共检查企业86家，整改隐患213处。\n\n二、存在问题\n\n" +
		"（一）隐患整改不彻底。部分企业对检查发现的问题整改流于形式。\n\n（二）台账管理不规范。个别乡镇检查记录不全。\n\n" +
		"附件：检查情况统计表\n\n某县人民政府办公室\n2019年7月10日\n\n附件\n\n检查情况统计表\n\n"
	want := []string{"G 一 基本情况", "G 二 存在问题",
		"  T 一 隐患整改不彻底", "    I 部分企业对检查发现的问题整改流于形式。 |  | ",
		"  T 二 台账管理不规范", "    I 个别乡镇检查记录不全。 |  | "}
	n := 0
	for _, tb := range nonPlanTables {
		for _, sep := range []string{"\t", " | ", "|"} {
			for _, outer := range []bool{false, true} {
				if sep == "\t" && outer {
					continue
				}
				for _, spaced := range []bool{false, true} {
					rows := renderRows(tb.rows, sep, outer, spaced)
					for _, tr := range scriptsAndBreaks {
						name := fmt.Sprintf("%s sep%q outer=%v spaced=%v %s", tb.name, sep, outer, spaced, tr.name)
						doc := mustText(t, tr.apply(notice+rows))
						assert.Equal(t, model.KindNotice, doc.Kind, name)
						assert.Equal(t, want, treeOf(doc), name)
						n++
					}
				}
			}
		}
	}
	t.Logf("%d renderings", n)
}

// TestNonPlanTableInBody: an agenda or a roster inside the notice's body,
// under its own heading, gives that heading no task, and the headings
// around it stay.
func TestNonPlanTableInBody(t *testing.T) {
	const head = "某区人民政府办公室关于召开防汛工作会议的通知\n\n各街道办事处，区直各部门：\n\n经区政府同意，定于近期召开防汛工作会议。现将有关事项通知如下：\n\n一、会议时间\n\n2021年5月8日上午9:00。\n\n二、会议议程\n\n"
	const tail = "\n三、有关要求\n\n（一）请各单位主要负责同志参会。\n\n（二）请于5月6日前报送参会回执。\n\n某区人民政府办公室\n2021年4月28日\n"
	want := []string{"G 一 会议时间", "G 二 会议议程", "G 三 有关要求",
		"  T 一 请各单位主要负责同志参会", "    I 请各单位主要负责同志参会。 |  | ",
		"  T 二 请于5月6日前报送参会回执", "    I 请于5月6日前报送参会回执。 |  | "}
	for _, tb := range nonPlanTables {
		if tb.name != "agenda" && tb.name != "liaison roster" {
			continue
		}
		for _, sep := range []string{"\t", " | "} {
			for _, tr := range scriptsAndBreaks {
				name := fmt.Sprintf("%s sep%q %s", tb.name, sep, tr.name)
				doc := mustText(t, tr.apply(head+renderRows(tb.rows, sep, false, false)+tail))
				assert.Equal(t, model.KindNotice, doc.Kind, name)
				assert.Equal(t, want, treeOf(doc), name)
			}
		}
	}
}

// TestPlanTableStillRead: tables that look like registers but assign work
// stay a plan — a short task table whose unit cells hold a role verb or a
// list, a table under a 工作任务 header, a table of projects whose rows
// under the plan's header hold sums (no row of it heads a register), an
// agenda-like table dated by day.
func TestPlanTableStillRead(t *testing.T) {
	const notice = "某县人民政府办公室关于印发某县2020年河道整治工作方案的通知\n\n各乡镇人民政府：\n\n现将《某县2020年河道整治工作方案》印发给你们，请认真贯彻落实。\n\n某县人民政府办公室\n2020年3月2日\n\n某县2020年河道整治工作方案\n\n"
	for _, tc := range []struct {
		name string
		rows [][]string
		want string
	}{
		{"role verbs in short cells", [][]string{
			{"序号", "河道", "单位"},
			{"1", "清理城关河道", "县水利局牵头"},
			{"2", "疏浚新华河", "新华乡负责"},
		}, "  T 1 清理城关河道"},
		{"task column", [][]string{
			{"序号", "工作任务", "备注"},
			{"1", "清理城关河道垃圾", "3"},
			{"2", "疏浚新华河淤泥", "5"},
		}, "  T 1 清理城关河道垃圾"},
		{"projects and sums under a plan's header", [][]string{
			{"序号", "项目名称", "总投资（万元）", "年度投资（万元）", "责任单位"},
			{"1", "城南污水处理厂", "12000", "5000", "县城投公司"},
			{"2", "滨江公园", "8000", "3000", "县住建局"},
			{"3", "县医院门诊楼", "15000", "6000", "县卫健委"},
		}, "  T 3 县医院门诊楼"},
		{"dated by day", [][]string{
			{"时间", "内容", "责任单位"},
			{"3月底", "完成河道摸底调查。", "县水利局"},
			{"6月底", "完成清淤疏浚。", "各乡镇人民政府"},
		}, "城关"},
	} {
		doc := mustText(t, notice+renderRows(tc.rows, "\t", false, false))
		require.NotNil(t, doc.Plan, tc.name)
		if tc.name == "dated by day" {
			assert.NotEmpty(t, treeOf(doc), tc.name)
			continue
		}
		assert.Contains(t, treeOf(doc), tc.want, tc.name)
	}
}

// TestRegisterCells checks the cell recognisers of a register, a schedule
// and a form.
func TestRegisterCells(t *testing.T) {
	for _, tc := range []struct {
		s                    string
		clock, figure, label bool
	}{
		{"9:00—9:15", true, false, true},
		{"14：30-17：00", true, false, false},
		{"8:30", true, false, true},
		{"10:10至10:40", true, false, false},
		{"2021年6月", false, false, true},
		{"9:0", false, false, true},
		{"96.6", false, true, true},
		{"12%", false, true, true},
		{"0772-2821456", false, true, false},
		{"—", false, true, true},
		{"123", false, true, true},
		{"项目总投资（万元）", false, false, true},
		{"（盖章） 年　月　日", false, false, true},
		{"开展河道清淤疏浚工作，确保汛期安全", false, false, false},
		{"县水利局、县财政局", false, false, false},
	} {
		assert.Equal(t, tc.clock, clockTime(tc.s), "clockTime %q", tc.s)
		assert.Equal(t, tc.figure, registerFigure(tc.s), "registerFigure %q", tc.s)
		assert.Equal(t, tc.label, formLabel(tc.s), "formLabel %q", tc.s)
	}
}
