package parse

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// A small task table as a notice would attach it; the renderings below are
// the ways web pages and converters flatten it.
var renderingHeader = []string{"序号", "工作任务", "具体内容", "责任单位", "完成时限"}

var renderingRows = [][]string{
	{"1", "规范性文件公开", "集中公开现行有效的行政规范性文件，建立动态更新机制。", "县司法局牵头，县直各部门配合", "2022年6月底前"},
	{"2", "基层政务公开", "推进基层政务公开标准化规范化建设，编制公开事项目录。", "各乡镇人民政府", "2022年12月底前"},
	{"3", "政策解读", "加强政策解读，做到文件与解读材料同步发布。", "县政府办、县融媒体中心", "长期坚持"},
}

const renderingTitle = "某县2022年政务公开重点任务清单\n"

func renderTable(sep func(cells []string) string) string {
	var b strings.Builder
	b.WriteString(renderingTitle)
	b.WriteString(sep(renderingHeader))
	for _, r := range renderingRows {
		b.WriteString(sep(r))
	}
	return b.String()
}

func TestTableRenderingsAgree(t *testing.T) {
	renderings := map[string]string{
		"tabs": renderTable(func(c []string) string { return strings.Join(c, "\t") + "\n" }),
		"markdown pipes": func() string {
			s := renderTable(func(c []string) string { return "| " + strings.Join(c, " | ") + " |\n" })
			return strings.Replace(s, "完成时限 |\n", "完成时限 |\n|---|---|---|---|---|\n", 1)
		}(),
		"one cell per line":              renderTable(func(c []string) string { return strings.Join(c, "\n") + "\n" }),
		"one cell per line, blank lines": renderTable(func(c []string) string { return strings.Join(c, "\n\n") + "\n\n" }),
		"cells ending in pipes":          renderTable(func(c []string) string { return strings.Join(c, " |\n") + " |\n||\n" }),
		"rows run together with pipes": renderingTitle + strings.Join(renderingHeader, "|") + "|" + func() string {
			var parts []string
			for _, r := range renderingRows {
				parts = append(parts, strings.Join(r, "|"))
			}
			return strings.Join(parts, "|")
		}() + "\n",
	}
	type flat struct {
		Task, Title, Head, Deadline string
		Units                       []string
	}
	structure := func(doc *model.Document) []flat {
		var out []flat
		if doc.Plan == nil {
			return nil
		}
		for _, g := range doc.Plan.Goals {
			for _, tk := range g.Tasks {
				for _, it := range tk.Items {
					f := flat{Task: tk.No, Title: tk.Title, Head: string([]rune(it.Text)[:8]), Deadline: it.Deadline}
					for _, u := range it.Units {
						f.Units = append(f.Units, u.Name+"/"+string(u.Role))
					}
					out = append(out, f)
				}
			}
		}
		return out
	}
	want := []flat{
		{"1", "规范性文件公开", "集中公开现行有效", "2022年6月底前", []string{"县司法局/lead", "县直各部门/cooperate"}},
		{"2", "基层政务公开", "推进基层政务公开", "2022年12月底前", []string{"各乡镇人民政府/responsible"}},
		{"3", "政策解读", "加强政策解读，做", "长期坚持", []string{"县政府办/responsible", "县融媒体中心/responsible"}},
	}
	for name, text := range renderings {
		t.Run(name, func(t *testing.T) {
			doc, err := Text(text)
			require.NoError(t, err)
			assert.Equal(t, want, structure(doc), "rendering:\n%s", text)
		})
	}
}

// TestFilledDownCells: exports that fill merged cells down repeat the goal
// and task on every row; seed 000 must parse the same either way.
func TestFilledDownCells(t *testing.T) {
	raw, err := os.ReadFile("../testdata/seeds/000_baa0cee3830c2c78.txt")
	require.NoError(t, err)
	lines := strings.Split(string(raw), "\n")
	var goal, task string
	for i, l := range lines {
		cells := strings.Split(l, "\t")
		if len(cells) < 4 || cells[0] == "目标" {
			continue
		}
		if o, ok := ord.Read(strings.TrimPrefix(cells[0], "<p>")); ok && o.Style == ord.CnDun {
			goal = cells[0]
		} else if strings.TrimSpace(cells[0]) == "" && goal != "" && strings.TrimSpace(cells[2]) != "" {
			cells[0] = goal
		}
		if strings.TrimSpace(cells[1]) != "" {
			task = cells[1]
		} else if task != "" && strings.TrimSpace(cells[2]) != "" {
			cells[1] = task
		}
		lines[i] = strings.Join(cells, "\t")
	}
	filled := strings.Join(lines, "\n")
	require.NotEqual(t, string(raw), filled)

	summary := func(text string) []string {
		doc, err := Text(text)
		require.NoError(t, err)
		var out []string
		for _, g := range doc.Plan.Goals {
			out = append(out, "G"+g.No+g.Title)
			for _, tk := range g.Tasks {
				out = append(out, "T"+tk.No+tk.Title)
				for _, it := range tk.Items {
					us := ""
					for _, u := range it.Units {
						us += u.Name + "/" + string(u.Role) + " "
					}
					out = append(out, "I"+string([]rune(it.Text)[:10])+" "+us)
				}
			}
		}
		return out
	}
	assert.Equal(t, summary(string(raw)), summary(filled))
}

func newStrs(ss []string) []source.Str {
	src := source.New(strings.Join(ss, "\t"))
	return src.Lines()[0].Split("\t")
}

// glossRe matches a pinyin gloss a mirror site put after a character.
var glossRe = regexp.MustCompile(`[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]`)

// norm folds what the transformations change: script, glosses, bracket
// width, no-break spaces.
func norm(s string) string {
	s = glossRe.ReplaceAllString(s, "")
	s = segment.ToSimplified(s)
	s = strings.NewReplacer("（", "(", "）", ")", "\u00a0", "", "\r", "").Replace(s)
	return strings.TrimSpace(s)
}

// treeOf is the part of a document every rendering must agree on: goals,
// tasks, items with their deadline, units and roles.
func treeOf(doc *model.Document) []string {
	var out []string
	if doc.Plan == nil {
		return nil
	}
	for _, g := range doc.Plan.Goals {
		out = append(out, "G "+g.No+" "+norm(g.Title))
		for _, tk := range g.Tasks {
			out = append(out, "  T "+tk.No+" "+norm(tk.Title))
			for _, it := range tk.Items {
				var us []string
				for _, u := range it.Units {
					us = append(us, norm(u.Name)+"/"+string(u.Role))
				}
				out = append(out, "    I "+norm(it.Text)+" | "+norm(it.Deadline)+" | "+strings.Join(us, "、"))
			}
		}
	}
	return out
}

// renderingDocs are the table layouts the tests know: seed 000, the tab
// and pipe table layouts of testdata/layouts, and the tables below.
func renderingDocs(t *testing.T) []tableDoc {
	docs := []tableDoc{tableDocFromFile(t, "../testdata/seeds/000_baa0cee3830c2c78.txt")}
	for _, name := range []string{"02_xuzhou_deadline_table", "05_nanhai_pipe_table", "14_nanhu_leader_column_table", "18_wuhu_two_row_header", "22_shaoguan_traditional_table", "27_mianyang_merged_unit_across_tasks", "32_hainan_merged_group_rows", "39_jiangmen_crlf_lead_coop_columns"} {
		docs = append(docs, tableDocFromFile(t, "../testdata/layouts/"+name+".txt"))
	}
	rows := [][]string{renderingHeader}
	rows = append(rows, renderingRows...)
	docs = append(docs, tableDoc{name: "county list", prefix: renderingTitle, rows: rows, heads: 1})
	return append(docs, ownTables...)
}

// ownTables are tables written for the generator, in shapes the layouts do
// not show.
var ownTables = []tableDoc{
	{name: "unit cells wrapped mid-name", prefix: "某县2019年政务公开重点工作任务分解表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"1", "公开重大建设项目批准和实施信息。", "县发改委、县自然资\n源局", "2019年12月底前"},
		{"2", "做好政策解读回应工作。", "县政府办", "持续推进"},
		{"3", "规范依申请公开办理。", "县司法局、各乡镇人\n民政府", "2019年11月底前"},
		{"4", "推进乡镇政务公开专区建设。", "县政务服务管理局\n各乡镇人民政府", "2019年9月底前"},
	}, want: []string{
		"G  ",
		"  T 1 公开重大建设项目批准和实施信息",
		"    I 公开重大建设项目批准和实施信息。 | 2019年12月底前 | 县发改委/responsible、县自然资源局/responsible",
		"  T 2 做好政策解读回应工作",
		"    I 做好政策解读回应工作。 | 持续推进 | 县政府办/responsible",
		"  T 3 规范依申请公开办理",
		"    I 规范依申请公开办理。 | 2019年11月底前 | 县司法局/responsible、各乡镇人民政府/responsible",
		"  T 4 推进乡镇政务公开专区建设",
		"    I 推进乡镇政务公开专区建设。 | 2019年9月底前 | 县政务服务管理局/responsible、各乡镇人民政府/responsible",
	}},
	{name: "task rows N with item rows N-k", prefix: "某市2025年政务公开工作任务分解表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"1", "深化政策解读", "", ""},
		{"1-1", "重要政策文件同步发布解读材料，解读率达到百分之百。", "市政府办公室、市司法局", "持续推进"},
		{"1-2", "围绕社会关注热点及时回应关切。", "市委网信办牵头，市直有关部门配合", "持续推进"},
		{"2", "加强重点领域信息公开", "", ""},
		{"2-1", "公开市级预算决算和政府债务信息。", "市财政局", "2025年9月底前"},
		{"2-2", "公开城市更新项目实施进展情况。", "市住房城乡建设局", "2025年12月底前"},
		{"3", "规范依申请公开办理流程。", "市司法局", "2025年10月底前"},
	}, want: []string{
		"G  ",
		"  T 1 深化政策解读",
		"    I 重要政策文件同步发布解读材料，解读率达到百分之百。 | 持续推进 | 市政府办公室/responsible、市司法局/responsible",
		"    I 围绕社会关注热点及时回应关切。 | 持续推进 | 市委网信办/lead、市直有关部门/cooperate",
		"  T 2 加强重点领域信息公开",
		"    I 公开市级预算决算和政府债务信息。 | 2025年9月底前 | 市财政局/responsible",
		"    I 公开城市更新项目实施进展情况。 | 2025年12月底前 | 市住房城乡建设局/responsible",
		"  T 3 规范依申请公开办理流程",
		"    I 规范依申请公开办理流程。 | 2025年10月底前 | 市司法局/responsible",
	}},
	{name: "lead and 参加 columns", prefix: "某省2009年减轻企业负担行动计划重点工作分工表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "牵头部门", "参加部门", "完成时间"},
		{"1", "清理规范涉企行政事业性收费项目。", "省财政厅、省发展改革委", "各市人民政府", "2009年9月底前"},
		{"2", "开展涉企收费专项检查。", "省监察厅", "省审计厅、省纠风办", "2009年11月底前"},
		{"3", "公布保留的收费项目目录。", "省财政厅", "省政府办公厅", "2009年12月底前"},
	}, want: []string{
		"G  ",
		"  T 1 清理规范涉企行政事业性收费项目",
		"    I 清理规范涉企行政事业性收费项目。 | 2009年9月底前 | 省财政厅/lead、省发展改革委/lead、各市人民政府/participate",
		"  T 2 开展涉企收费专项检查",
		"    I 开展涉企收费专项检查。 | 2009年11月底前 | 省监察厅/lead、省审计厅/participate、省纠风办/participate",
		"  T 3 公布保留的收费项目目录",
		"    I 公布保留的收费项目目录。 | 2009年12月底前 | 省财政厅/lead、省政府办公厅/participate",
	}},
	{name: "unit column over lead and cooperate", prefix: "某区2023年政务公开工作任务分解方案\n", heads: 2, rows: [][]string{
		{"序号", "工作任务", "责任单位", "", "完成时限"},
		{"", "", "牵头单位", "配合单位", ""},
		{"1", "全面公开区级部门预算决算，细化到项级科目。", "区财政局", "区直各部门", "2023年9月底前"},
		{"2", "推进征地拆迁信息公开。", "区征收办", "各街道办事处、区自然资源分局", "持续推进"},
		{"3", "规范依申请公开办理流程。", "区司法局", "区政务服务中心", "2023年8月底前"},
	}, want: []string{
		"G  ",
		"  T 1 全面公开区级部门预算决算，细化到项级科目",
		"    I 全面公开区级部门预算决算，细化到项级科目。 | 2023年9月底前 | 区财政局/lead、区直各部门/cooperate",
		"  T 2 推进征地拆迁信息公开",
		"    I 推进征地拆迁信息公开。 | 持续推进 | 区征收办/lead、各街道办事处/cooperate、区自然资源分局/cooperate",
		"  T 3 规范依申请公开办理流程",
		"    I 规范依申请公开办理流程。 | 2023年8月底前 | 区司法局/lead、区政务服务中心/cooperate",
	}},
	{name: "lead cell merged over numbered rows", prefix: "某区2024年优化营商环境重点任务清单\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "牵头单位", "配合单位", "完成时限"},
		{"1", "压缩工程建设项目审批时间。", "区住建局", "区自然资源局、区生态环境局", "2024年6月底前"},
		{"2", "推行施工许可告知承诺制。", "", "区行政审批局", "2024年9月底前"},
		{"3", "建立企业诉求直达机制。", "区工商联", "区发改局", "长期坚持"},
		{"4", "每半年开展一次营商环境评价，公开评价结果。", "", "区统计局、区司法局", "2024年12月底前"},
		{"5", "规范中介服务收费。", "", "区市场监管局", "2024年12月底前"},
	}, want: []string{
		"G  ",
		"  T 1 压缩工程建设项目审批时间",
		"    I 压缩工程建设项目审批时间。 | 2024年6月底前 | 区住建局/lead、区自然资源局/cooperate、区生态环境局/cooperate",
		"  T 2 推行施工许可告知承诺制",
		"    I 推行施工许可告知承诺制。 | 2024年9月底前 | 区住建局/lead、区行政审批局/cooperate",
		"  T 3 建立企业诉求直达机制",
		"    I 建立企业诉求直达机制。 | 长期坚持 | 区工商联/lead、区发改局/cooperate",
		"  T 4 每半年开展一次营商环境评价，公开评价结果",
		"    I 每半年开展一次营商环境评价，公开评价结果。 | 2024年12月底前 | 区工商联/lead、区统计局/cooperate、区司法局/cooperate",
		"  T 5 规范中介服务收费",
		"    I 规范中介服务收费。 | 2024年12月底前 | 区工商联/lead、区市场监管局/cooperate",
	}},
	{name: "goals and tasks merged down", prefix: "某市2023年政务公开工作任务分解表\n", heads: 1, rows: [][]string{
		{"目标", "任务", "主要内容", "责任单位"},
		{"一、深化重点领域公开", "（一）财政信息公开", "全面公开市级部门预决算，细化到项级科目。", "市财政局"},
		{"", "", "推进乡镇财政预决算公开，统一公开平台。", "各县（市、区）政府"},
		{"", "（二）重大项目公开", "集中公开重大建设项目批准和实施信息。", "市发展改革委牵头，市住房城乡建设局配合"},
		{"二、提升解读回应实效", "（三）政策解读", "坚持政策文件与解读材料同步起草、同步审签、同步发布。", "市政府办公室、市委宣传部"},
	}},
	{name: "lead, cooperate, progress and leader columns", prefix: "某区重点工作任务清单\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "责任领导", "牵头单位", "配合单位", "进展情况", "完成时限"},
		{"1", "新建城区公园三座，改造提升街头绿地。", "张伟", "区城管局", "区住建局、各街道", "已完成设计招标", "2023年10月底前"},
		{"2", "完成老旧小区改造十二个，惠及居民三千户。", "李强", "区住建局", "各街道", "正在施工", "2023年12月底前"},
		{"3", "新增公办幼儿园学位九百个。", "王芳", "区教育局", "区发改局", "", "长期坚持"},
	}},
	{name: "content cells broken over lines", prefix: "某县2023年法治政府建设重点任务台账\n", heads: 1, rows: [][]string{
		{"序号", "重点任务", "工作措施", "牵头单位", "完成时间"},
		{"1", "推行权责清单制度", "全面梳理行政权力事项，编制权责清单，\n并在政府门户网站集中公开，\n实行动态调整。", "县委编办", "2023年6月底前"},
		{"2", "推进重大决策公开", "重大行政决策事项目录向社会公布，\n决策草案公开征求意见不少于三十日。", "县司法局、县政府办", "2023年12月底前"},
		{"3", "加强政策解读", "坚持解读材料与政策文件同步起草、同步审签、同步发布。", "县政府办", "长期坚持"},
		{"4", "严格规范执法", "全面推行行政执法公示制度，\n执法结果在七个工作日内公开。", "县司法局", "2023年9月底前"},
		{"5", "公开执法决定", "行政处罚决定在作出之日起七日内公开，\n行政许可决定同步公开。", "县市场监管局、县司法局", ""},
	}, want: []string{
		"G  ",
		"  T 1 推行权责清单制度",
		"    I 全面梳理行政权力事项，编制权责清单，\n并在政府门户网站集中公开，\n实行动态调整。 | 2023年6月底前 | 县委编办/lead",
		"  T 2 推进重大决策公开",
		"    I 重大行政决策事项目录向社会公布，\n决策草案公开征求意见不少于三十日。 | 2023年12月底前 | 县司法局/lead、县政府办/lead",
		"  T 3 加强政策解读",
		"    I 坚持解读材料与政策文件同步起草、同步审签、同步发布。 | 长期坚持 | 县政府办/lead",
		"  T 4 严格规范执法",
		"    I 全面推行行政执法公示制度，\n执法结果在七个工作日内公开。 | 2023年9月底前 | 县司法局/lead",
		"  T 5 公开执法决定",
		"    I 行政处罚决定在作出之日起七日内公开，\n行政许可决定同步公开。 |  | 县市场监管局/lead、县司法局/lead",
	}},
	{name: "一、 group rows, numbers restarting, broken cells", prefix: "某市2024年优化营商环境工作要点任务分解表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"一、提升政务服务效能", "", "", ""},
		{"1", "推进高频事项“一网通办”，\n实现企业开办一日办结。", "市政务服务局", "2024年6月底前"},
		{"2", "建成市级政务服务中台，归集电子证照数据。", "市大数据局、市政务服务局", "2024年12月底前"},
		{"二、加强市场主体保护", "", "", ""},
		{"1", "开展涉企违规收费专项整治，\n公开整治结果和典型案例，\n接受社会监督。", "市市场监管局牵头，市财政局配合", "2024年9月底前"},
		{"2", "健全企业诉求快速响应机制。", "市工商联", "长期坚持"},
	}, want: []string{
		"G 一 提升政务服务效能",
		"  T 1 推进高频事项“一网通办”，\n实现企业开办一日办结",
		"    I 推进高频事项“一网通办”，\n实现企业开办一日办结。 | 2024年6月底前 | 市政务服务局/responsible",
		"  T 2 建成市级政务服务中台，归集电子证照数据",
		"    I 建成市级政务服务中台，归集电子证照数据。 | 2024年12月底前 | 市大数据局/responsible、市政务服务局/responsible",
		"G 二 加强市场主体保护",
		"  T 1 开展涉企违规收费专项整治，\n公开整治结果和典型案例，\n接受社会监督",
		"    I 开展涉企违规收费专项整治，\n公开整治结果和典型案例，\n接受社会监督。 | 2024年9月底前 | 市市场监管局/lead、市财政局/cooperate",
		"  T 2 健全企业诉求快速响应机制",
		"    I 健全企业诉求快速响应机制。 | 长期坚持 | 市工商联/responsible",
	}},
	{name: "targets written as label and colon", prefix: "某区2023年数字政府建设任务清单\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "具体内容", "责任单位", "完成时限"},
		{"1", "一网通办", "目标：网办率达到95%", "区政务服务局", "2023年12月底前"},
		{"2", "一网统管", "建成城市运行管理平台，接入视频监控资源。", "区大数据中心", "2023年10月底前"},
		{"3", "数据共享", "指标：共享数据目录百项", "区大数据中心、区发改局", "长期坚持"},
	}},
	{name: "investment column and a 合计 row", prefix: "某县2023年民生实事项目责任分解表\n", heads: 1, rows: [][]string{
		{"序号", "项目名称", "建设内容", "投资（万元）", "牵头单位", "完成时限"},
		{"1", "新建城东小学", "建设教学楼及附属设施，新增学位1080个。", "8600", "县教育局", "2023年8月底前"},
		{"2", "改造老旧小区", "完成6个小区改造，惠及居民1200户。", "3200", "县住建局", "2023年11月底前"},
		{"3", "建设农贸市场", "新建标准化农贸市场1个。", "1500", "县商务局", "2023年12月底前"},
		{"合计", "", "", "13300", "", ""},
	}, want: []string{
		"G  ",
		"  T 1 新建城东小学",
		"    I 建设教学楼及附属设施，新增学位1080个。 | 2023年8月底前 | 县教育局/lead",
		"  T 2 改造老旧小区",
		"    I 完成6个小区改造，惠及居民1200户。 | 2023年11月底前 | 县住建局/lead",
		"  T 3 建设农贸市场",
		"    I 新建标准化农贸市场1个。 | 2023年12月底前 | 县商务局/lead",
	}},
	{name: "unheaded 序号 column", prefix: "某县民生实事项目表\n", heads: 1, rows: [][]string{
		{"工作任务", "责任单位", "完成时限"},
		{"1", "启动建设城区污水处理厂提标改造工程。", "县水务局、县住建局", "12月底前"},
		{"2", "新建农村公路四十公里。", "县交通运输局", "10月底前"},
		{"3", "完成县人民医院门诊楼主体工程。", "县卫生健康局", "12月底前"},
	}},
	{name: "（k） rows under title-only task rows between goal rows", prefix: "某市2024年政务公开重点工作任务分解表\n", heads: 1, rows: [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"一、推进决策公开", "", "", ""},
		{"1", "完善重大行政决策程序", "", ""},
		{"（1）", "编制年度重大行政决策事项目录，并向社会公布。", "市司法局", "2024年3月底前"},
		{"（2）", "决策草案公开征求意见时间一般不少于30日。", "市司法局、市政府办公室", "持续推进"},
		{"2", "重要政策文件同步发布解读材料。", "市政府办公室", "持续推进"},
		{"二、加强重点领域信息公开", "", "", ""},
		{"1", "推进财政信息公开", "", ""},
		{"（1）", "市级部门预决算在批复后20日内公开。", "市财政局", "2024年8月底前"},
		{"（2）", "做好政府债务信息公开。", "市财政局", "2024年12月底前"},
	}, want: []string{
		"G 一 推进决策公开",
		"  T 1 完善重大行政决策程序",
		"    I 编制年度重大行政决策事项目录，并向社会公布。 | 2024年3月底前 | 市司法局/responsible",
		"    I 决策草案公开征求意见时间一般不少于30日。 | 持续推进 | 市司法局/responsible、市政府办公室/responsible",
		"  T 2 重要政策文件同步发布解读材料",
		"    I 重要政策文件同步发布解读材料。 | 持续推进 | 市政府办公室/responsible",
		"G 二 加强重点领域信息公开",
		"  T 1 推进财政信息公开",
		"    I 市级部门预决算在批复后20日内公开。 | 2024年8月底前 | 市财政局/responsible",
		"    I 做好政府债务信息公开。 | 2024年12月底前 | 市财政局/responsible",
	}},
	{name: "民生实事 column, person and unit in unit cells", prefix: "某市2024年民生实事责任分解表\n", heads: 1, rows: [][]string{
		{"序号", "民生实事", "责任领导", "责任单位", "完成时限"},
		{"1", "改造老旧小区八十个，惠及居民五千户。", "副市长 韩冬", "市住建局（许宁）", "2024年12月底前"},
		{"2", "新增义务教育学位三千个。", "副市长 罗兰", "冯军（市教育局）、钱红（市财政局）", "2024年9月底前"},
		{"3", "建设社区养老服务站十处。", "副市长 罗兰", "牵头：市民政局（蒋平）；配合：市卫健委（沈丽）", "2024年11月底前"},
		{"4", "新建公共停车泊位两千个。", "副市长 韩冬", "曹阳（市城管局）", "2024年10月底前"},
	}, want: []string{
		"G  ",
		"  T 1 改造老旧小区八十个，惠及居民五千户",
		"    I 改造老旧小区八十个，惠及居民五千户。 | 2024年12月底前 | 市住建局/responsible",
		"  T 2 新增义务教育学位三千个",
		"    I 新增义务教育学位三千个。 | 2024年9月底前 | 市教育局/responsible、市财政局/responsible",
		"  T 3 建设社区养老服务站十处",
		"    I 建设社区养老服务站十处。 | 2024年11月底前 | 市民政局/lead、市卫健委/cooperate",
		"  T 4 新建公共停车泊位两千个",
		"    I 新建公共停车泊位两千个。 | 2024年10月底前 | 市城管局/responsible",
	}},
}

// TestRenderings renders every table layout through every rendering and
// transformation and requires the tree the plain tab rendering gives.
func TestRenderings(t *testing.T) {
	pass, total := 0, 0
	for _, d := range renderingDocs(t) {
		want := treeOf(renderings[0].parse(t, d.text(renderings[0], transforms[0])))
		require.NotEmpty(t, want, "%s: the tab rendering gives no tree", d.name)
		if d.want != nil {
			require.Equal(t, d.want, want, "%s: the tab rendering's tree", d.name)
		}
		for _, v := range []tableDoc{d, d.dropMerged(), d.closed(), d.dropMerged().closed()} {
			for _, r := range renderings {
				if !r.ok(v) {
					continue
				}
				for _, tr := range transforms {
					total++
					text := v.text(r, tr)
					got := treeOf(r.parse(t, text))
					if assert.Equal(t, want, got, "%s/%s/%s; rendering:\n%s", v.name, r.name, tr.name, text) {
						pass++
					}
				}
			}
		}
	}
	t.Logf("%d of %d (table × rendering × transformation) give the tab rendering's tree", pass, total)
}

func mustText(t *testing.T, text string) *model.Document {
	doc, err := Text(text)
	require.NoError(t, err)
	return doc
}

// twoColumns is a two-column table (no 序号) under a header of a task
// and a unit column.
var twoColumns = tableDoc{name: "two columns", prefix: renderingNotice + "某镇2023年为民办实事项目\n", heads: 1, rows: [][]string{
	{"工作任务", "责任单位"},
	{"新建村级养老服务站三个。", "镇民政办牵头，各村配合"},
	{"完成农村道路硬化十公里。", "镇建设办"},
	{"改造提升农贸市场一处。", "镇经发办、镇市场监管所"},
}, want: []string{
	"G  ",
	"  T  新建村级养老服务站三个",
	"    I 新建村级养老服务站三个。 |  | 镇民政办/lead、各村/cooperate",
	"  T  完成农村道路硬化十公里",
	"    I 完成农村道路硬化十公里。 |  | 镇建设办/responsible",
	"  T  改造提升农贸市场一处",
	"    I 改造提升农贸市场一处。 |  | 镇经发办/responsible、镇市场监管所/responsible",
}}

// renderingNotice is a notice issuing the table below it.
const renderingNotice = "某镇人民政府关于印发2023年为民办实事项目的通知\n各村（社区）：\n现将《某镇2023年为民办实事项目》印发给你们，请认真组织实施。\n某镇人民政府\n2023年2月1日\n"

// TestTwoColumnTables: a two-column table (task, units) gives the tab
// rendering's tree in every rendering and transformation, merged cells
// dropped and a closing paragraph glued or not (CSV too: its header of
// two column names makes two fields a row; the column layouts under a
// glossed plan title too: a header of names, on one line or wrapped over
// several, neither continues the title nor is one).
func TestTwoColumnTables(t *testing.T) {
	want := treeOf(renderings[0].parse(t, twoColumns.text(renderings[0], transforms[0])))
	require.Equal(t, twoColumns.want, want)
	total := 0
	for _, v := range []tableDoc{twoColumns, twoColumns.dropMerged(), twoColumns.closed(), twoColumns.dropMerged().closed()} {
		for _, r := range renderings {
			if !r.ok(v) {
				continue
			}
			for _, tr := range transforms {
				total++
				text := v.text(r, tr)
				assert.Equal(t, want, treeOf(r.parse(t, text)), "%s/%s/%s; rendering:\n%s", v.name, r.name, tr.name, text)
			}
		}
	}
	t.Logf("%d renderings of a two-column table checked", total)
}

// TestRunOnTaskCells: a task cell that opens with its own ordinal and runs
// on past its title (（一）健全机制。严格…) with no content column gives the
// task that title and an item that opens after it, as the same heading in
// prose does, in every rendering of a two-column table. (Their titles end a full
// line in the column layouts at 16 and 20: the cell goes on under it.)
func TestRunOnTaskCells(t *testing.T) {
	d := tableDoc{name: "run-on task cells", prefix: renderingNotice + "某镇2023年为民办实事项目\n", heads: 1, rows: [][]string{
		{"工作任务", "责任单位"},
		{"（一）健全解读机制。严格落实政策文件与解读材料同步发布。", "镇党政办牵头，各站所负责"},
		{"（二）公开财务。按季度公开镇级财政收支情况。", "镇财政所"},
	}}
	want := []string{
		"G  ",
		"  T 一 健全解读机制",
		"    I 严格落实政策文件与解读材料同步发布。 |  | 镇党政办/lead、各站所/responsible",
		"  T 二 公开财务",
		"    I 按季度公开镇级财政收支情况。 |  | 镇财政所/responsible",
	}
	for _, r := range renderings {
		if !r.ok(d) {
			continue
		}
		text := d.text(r, transforms[0])
		assert.Equal(t, want, treeOf(r.parse(t, text)), "%s; rendering:\n%s", r.name, text)
	}
}

// TestTotalRow: a row opening with 合计, 总计 or 小计 (spaced, traditional)
// sums the rows above; a task that merely starts with such a word does not.
func TestTotalRow(t *testing.T) {
	for _, c := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"合计", "", "", "13300"}, true},
		{[]string{"", "总 计", "13300"}, true},
		{[]string{"小計", "5"}, true},
		{[]string{"1", "合计收入公开", "县财政局"}, false},
		{[]string{"合计收入情况", "县财政局"}, false},
	} {
		assert.Equal(t, c.want, totalRow(newStrs(c.cells)), "%q", c.cells)
	}
}
