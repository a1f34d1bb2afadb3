package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseShapes are small prose plans, written for these tests, one for
// each shape the parser reads beyond the conventional 一、/（一）/1. with
// a bracket after every item, with the tree each must give (treeOf).
var proseShapes = []struct {
	name string
	text string
	want []string
}{
	{"field lines under one-sentence entries: 站所 units, 办结时限 a deadline",
		"一、产业发展\n1、扩大种植规模。新建大棚20座。\n包联领导：赵刚\n责任站所：镇农业服务中心\n办结时限：2025年10月\n" +
			"2、推进项目落地。全年签约项目3个。\n主办单位：镇经济发展办\n协办单位：镇财政所\n办结时限：2025年12月\n",
		[]string{"G 一 产业发展",
			"  T 1 扩大种植规模", "    I 新建大棚20座。 | 2025年10月 | 镇农业服务中心/responsible",
			"  T 2 推进项目落地", "    I 全年签约项目3个。 | 2025年12月 | 镇经济发展办/lead、镇财政所/cooperate"}},
	{"一是 paragraphs: each an item; a clause after the block or on the task heading speaks for each",
		"一、深化政策公开\n（一）规范文件发布\n一是统一登记编号发布文件。\n二是集中公开现行有效文件。\n（牵头单位：县司法局；配合单位：县政府各部门）\n" +
			"（二）做好民生信息公开（责任单位：县民政局）\n一是按季度公开低保情况。\n二是公开救助资金支出。\n",
		[]string{"G 一 深化政策公开",
			"  T 一 规范文件发布",
			"    I 统一登记编号发布文件。 |  | 县司法局/lead、县政府各部门/cooperate",
			"    I 集中公开现行有效文件。 |  | 县司法局/lead、县政府各部门/cooperate",
			"  T 二 做好民生信息公开",
			"    I 按季度公开低保情况。 |  | 县民政局/responsible",
			"    I 公开救助资金支出。 |  | 县民政局/responsible"}},
	{"decimal section numbers: 1 over 2.1",
		"1 总体目标\n到年底实现数据目录全覆盖。\n2 重点任务\n2.1 完善目录。组织各部门编制目录。\n责任单位：数据资源处\n" +
			"2.2 推进开放。新增开放数据集100个。\n牵头单位：数据应用处；配合单位：市直各部门\n3 保障措施\n3.1 加强协调。定期调度推进情况。\n",
		[]string{"G 1 总体目标", "G 2 重点任务",
			"  T 2.1 完善目录", "    I 组织各部门编制目录。 |  | 数据资源处/responsible",
			"  T 2.2 推进开放", "    I 新增开放数据集100个。 |  | 数据应用处/lead、市直各部门/cooperate",
			"G 3 保障措施", "  T 3.1 加强协调", "    I 定期调度推进情况。 |  | "}},
	{"a list of the plan's grounds is not tasks",
		"一、编制依据\n1.《中华人民共和国政府信息公开条例》\n2.《省政务公开工作要点》（省政办发〔2024〕3号）\n" +
			"二、重点任务\n1.《县政务公开管理办法》（县司法局牵头）\n2.推进决策公开。（县政府办公室负责）\n",
		[]string{"G 一 编制依据", "G 二 重点任务",
			"  T 1 《县政务公开管理办法》", "    I 《县政务公开管理办法》 |  | 县司法局/lead",
			"  T 2 推进决策公开", "    I 推进决策公开。 |  | 县政府办公室/responsible"}},
	{"以下各项均需…落实，不再列出 adds its units to every later item",
		"一、稳增长政策公开\n（一）发布政策措施\n1.及时发布助企政策。（市发改委牵头，各县区政府负责。以下各项均需各县区政府落实，不再列出）\n" +
			"2.编制政策问答。（市财政局负责）\n（二）回应企业关切\n1.建立咨询回应机制。（市工信局牵头，市直有关部门配合）\n",
		[]string{"G 一 稳增长政策公开",
			"  T 一 发布政策措施",
			"    I 及时发布助企政策。 |  | 市发改委/lead、各县区政府/responsible",
			"    I 编制政策问答。 |  | 市财政局/responsible、各县区政府/responsible",
			"  T 二 回应企业关切",
			"    I 建立咨询回应机制。 |  | 市工信局/lead、市直有关部门/cooperate、各县区政府/responsible"}},
	{"第一，第二， paragraphs as the one heading level",
		"为做好督查工作，制定本方案。\n第一，加强组织领导。成立督查专班。（责任单位：县政府办公室）\n第二，强化结果运用。督查结果纳入年度考核。（县督查室牵头，县直各部门配合）\n",
		[]string{"G  ",
			"  T 一 加强组织领导", "    I 成立督查专班。 |  | 县政府办公室/responsible",
			"  T 二 强化结果运用", "    I 督查结果纳入年度考核。 |  | 县督查室/lead、县直各部门/cooperate"}},
	{"unit labels and verbs in other words: 负责单位, 承担单位, 协作单位, X为牵头单位, X会同Y, 依职责分工; a field that is no label",
		"一、重点任务\n（一）推进公开。公布目录。（负责单位：市司法局）\n（二）加强解读。发布解读。（承担单位：市政府办公室；协作单位：市发改委）\n" +
			"（三）做好回应。及时回应关切。（市发改委为牵头单位，市财政局为配合单位）\n（四）强化监管。建立信用档案。（由市市场监管局会同市商务局负责）\n" +
			"（五）规范收费。公开收费目录。（市财政局、市税务局依职责分工落实）\n（六）扩大开放。放宽准入限制。（负责部门：市商务局；适用范围：全市各开发区）\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布目录。 |  | 市司法局/responsible",
			"  T 二 加强解读", "    I 发布解读。 |  | 市政府办公室/responsible、市发改委/cooperate",
			"  T 三 做好回应", "    I 及时回应关切。 |  | 市发改委/lead、市财政局/cooperate",
			"  T 四 强化监管", "    I 建立信用档案。 |  | 市市场监管局/lead、市商务局/cooperate",
			"  T 五 规范收费", "    I 公开收费目录。 |  | 市财政局/responsible、市税务局/responsible",
			"  T 六 扩大开放", "    I 放宽准入限制。 |  | 市商务局/responsible"}},
	{"a heading that names its units after a dash",
		"一、重点任务\n1.推进决策公开——责任单位：市司法局\n2.加强政策解读——牵头单位：市政府办公室；配合单位：市直各部门\n",
		[]string{"G 一 重点任务",
			"  T 1 推进决策公开", "    I 推进决策公开 |  | 市司法局/responsible",
			"  T 2 加强政策解读", "    I 加强政策解读 |  | 市政府办公室/lead、市直各部门/cooperate"}},
	{"以上工作由… after several tasks speaks for each since the last with units; units after a comma close a sentence and stay in its text",
		"一、重点任务\n（一）推进公开。公布决策目录。（县司法局负责）\n（二）加强解读。发布解读材料。\n（三）回应关切。及时回应社会关切。\n以上工作由县政府办公室牵头，县直各部门配合。\n" +
			"二、民生公开\n（一）公开低保。按季度公开低保情况，县民政局负责。\n（二）公开就业。及时发布招聘信息，由县人社局牵头，各乡镇配合。\n（三）规范解释。政策解释工作由县司法局承办，各单位不得自行解释。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | 县政府办公室/lead、县直各部门/cooperate",
			"  T 三 回应关切", "    I 及时回应社会关切。 |  | 县政府办公室/lead、县直各部门/cooperate",
			"G 二 民生公开",
			"  T 一 公开低保", "    I 按季度公开低保情况，县民政局负责。 |  | 县民政局/responsible",
			"  T 二 公开就业", "    I 及时发布招聘信息，由县人社局牵头，各乡镇配合。 |  | 县人社局/lead、各乡镇/cooperate",
			"  T 三 规范解释", "    I 政策解释工作由县司法局承办，各单位不得自行解释。 |  | "}},
	{"上述工作由… after a block of items speaks for each item of the block, as 以上 does",
		"一、重点任务\n（一）推进公开\n1.公布决策目录。\n2.公开征求意见。\n上述工作由县司法局牵头，县直各部门配合。\n" +
			"（二）加强解读\n1.发布解读材料。\n2.开展在线访谈。\n上述任务由县政府办公室、县融媒体中心负责。\n（三）做好回应\n1.及时回应关切。（县信访局负责）\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/lead、县直各部门/cooperate", "    I 公开征求意见。 |  | 县司法局/lead、县直各部门/cooperate",
			"  T 二 加强解读", "    I 发布解读材料。 |  | 县政府办公室/responsible、县融媒体中心/responsible", "    I 开展在线访谈。 |  | 县政府办公室/responsible、县融媒体中心/responsible",
			"  T 三 做好回应", "    I 及时回应关切。 |  | 县信访局/responsible"}},
	{"第一部分 over 一、 goals divides the text: no goal, task or item of its own, not the content of the item before it",
		"第一部分　总体要求\n一、工作目标\n年底前建成公开目录体系。\n第二部分　重点任务\n一、推进决策公开\n（一）公布目录。按年度公布重大决策事项目录。（县司法局负责）\n" +
			"（二）征求意见。公开征求意见不少于30日。\n第三部分：保障措施\n一、加强组织领导\n各部门明确专人负责。\n",
		[]string{"G 一 工作目标", "G 一 推进决策公开",
			"  T 一 公布目录", "    I 按年度公布重大决策事项目录。 |  | 县司法局/responsible",
			"  T 二 征求意见", "    I 公开征求意见不少于30日。 |  | ",
			"G 一 加强组织领导"}},
	{"任务一： headings are the tasks, their 1. entries items; 专项行动一 the goals over （一） tasks",
		"一、总体目标\n年底前营商环境进入全省前列。\n二、重点任务\n任务一：提升服务效能\n1.推行一件事一次办。（责任单位：县数据资源局）\n2.压缩审批时限。（县市场监管局牵头，县直各部门配合）\n" +
			"任务二　优化要素保障\n1.落实标准地出让。（县自然资源局负责）\n三、保障措施\n建立工作台账。\n",
		[]string{"G 一 总体目标", "G 二 重点任务",
			"  T 一 提升服务效能", "    I 推行一件事一次办。 |  | 县数据资源局/responsible", "    I 压缩审批时限。 |  | 县市场监管局/lead、县直各部门/cooperate",
			"  T 二 优化要素保障", "    I 落实标准地出让。 |  | 县自然资源局/responsible",
			"G 三 保障措施"}},
	{"专项行动一： over （一） tasks, without 一、: the goals",
		"专项行动一：整治违规收费\n（一）清理收费目录。全面清理涉企收费。（县发改局负责）\n（二）公开收费标准。在政府网站公开收费目录。（县财政局负责）\n专项行动二：规范中介服务\n（一）公开中介清单。编制中介服务事项清单。（县政务服务中心负责）\n",
		[]string{"G 一 整治违规收费",
			"  T 一 清理收费目录", "    I 全面清理涉企收费。 |  | 县发改局/responsible",
			"  T 二 公开收费标准", "    I 在政府网站公开收费目录。 |  | 县财政局/responsible",
			"G 二 规范中介服务",
			"  T 一 公开中介清单", "    I 编制中介服务事项清单。 |  | 县政务服务中心/responsible"}},
	{"unit lines above their items: each line speaks for the item below it",
		"一、重点任务\n（一）推进财政公开\n责任单位：县财政局\n1.公开部门预决算。\n牵头单位：县财政局；配合单位：县审计局\n2.公开专项资金分配结果。\n" +
			"（二）推进项目公开\n牵头单位：县发改局\n配合单位：县住建局\n1.公开项目审批信息。\n责任单位：县公共资源交易中心\n2.公开招标投标信息。\n责任单位：县自然资源局\n3.公开土地出让结果。\n" +
			"（三）做好解读\n责任单位：县政府办公室\n1.同步发布解读材料。\n2.开展在线访谈。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进财政公开", "    I 公开部门预决算。 |  | 县财政局/responsible", "    I 公开专项资金分配结果。 |  | 县财政局/lead、县审计局/cooperate",
			"  T 二 推进项目公开", "    I 公开项目审批信息。 |  | 县发改局/lead、县住建局/cooperate", "    I 公开招标投标信息。 |  | 县公共资源交易中心/responsible", "    I 公开土地出让结果。 |  | 县自然资源局/responsible",
			"  T 三 做好解读", "    I 同步发布解读材料。 |  | 县政府办公室/responsible", "    I 开展在线访谈。 |  | 县政府办公室/responsible"}},
	{"a bracket of names opening an item speaks for it: 【X】… lines, a run-on task's content; a bracket that names no body stays content",
		"一、重点任务\n（一）推进惠农政策公开\n【县农业农村局】公开耕地地力保护补贴发放结果。\n【县财政局、各乡镇（街道）】按季度公开惠民补贴资金。\n" +
			"（二）用好政务新媒体。【县融媒体中心】及时发布重要会议信息。\n（三）做好解读\n【重点】同步发布政策解读材料。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进惠农政策公开", "    I 公开耕地地力保护补贴发放结果。 |  | 县农业农村局/responsible", "    I 按季度公开惠民补贴资金。 |  | 县财政局/responsible、各乡镇(街道)/responsible",
			"  T 二 用好政务新媒体", "    I 及时发布重要会议信息。 |  | 县融媒体中心/responsible",
			"  T 三 做好解读", "    I 【重点】同步发布政策解读材料。 |  | "}},
	{"责任分工 by unit: a line naming a unit with a colon speaks for the numbered entries under it, tasks or items",
		"某县人民政府办公室关于印发某县2024年改革任务责任分工的通知\n各乡镇人民政府，县直各部门：\n现将《某县2024年改革任务责任分工》印发给你们，请认真贯彻落实。\n" +
			"某县人民政府办公室\n2024年3月1日\n某县2024年改革任务责任分工\n一、责任分工\n县发展改革局：\n1.推进项目审批改革。\n2.推广在线审批平台。\n县市场监管局：\n1.压缩企业开办时间。\n二、配合事项\n（一）数据共享\n县大数据中心：\n1.归集公共数据。\n2.对接共享需求。（县政务服务中心配合）\n" +
			"县财政局、县审计局：\n1.保障平台建设经费。\n（二）宣传解读\n1.开展政策宣传。\n三、工作要求\n各单位按分工抓好落实。\n",
		[]string{"G 一 责任分工",
			"  T 1 推进项目审批改革", "    I 推进项目审批改革。 |  | 县发展改革局/responsible",
			"  T 2 推广在线审批平台", "    I 推广在线审批平台。 |  | 县发展改革局/responsible",
			"  T 1 压缩企业开办时间", "    I 压缩企业开办时间。 |  | 县市场监管局/responsible",
			"G 二 配合事项",
			"  T 一 数据共享", "    I 归集公共数据。 |  | 县大数据中心/responsible", "    I 对接共享需求。 |  | 县政务服务中心/cooperate",
			"    I 保障平台建设经费。 |  | 县财政局/responsible、县审计局/responsible",
			"  T 二 宣传解读", "    I 开展政策宣传。 |  | ",
			"G 三 工作要求"}},
	{"一是…，由X负责；二是…，X牵头，Y配合: each piece closed by its own units after a comma is an item whose text runs through them; one tail after the last piece closes them all",
		"一、重点任务\n（一）推进改革信息公开。一是公开权力清单，并实行动态调整，由县编办负责；二是公开中介服务事项清单，关停不合格网站，县发改局牵头，县政务服务中心配合；三是公开抽查结果，县市场监管局负责。\n" +
			"（二）推进项目信息公开。一是公开项目批准信息；二是公开征地补偿信息，县自然资源局负责。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进改革信息公开", "    I 公开权力清单，并实行动态调整，由县编办负责 |  | 县编办/responsible",
			"    I 公开中介服务事项清单，关停不合格网站，县发改局牵头，县政务服务中心配合 |  | 县发改局/lead、县政务服务中心/cooperate",
			"    I 公开抽查结果，县市场监管局负责 |  | 县市场监管局/responsible",
			"  T 二 推进项目信息公开", "    I 一是公开项目批准信息；二是公开征地补偿信息，县自然资源局负责。 |  | 县自然资源局/responsible"}},
	{"a unit heading line over prose: the prose is its item, the next task is no entry of it",
		"某县人民政府办公室关于印发某县2024年重点工作分工的通知\n各乡镇人民政府，县直各部门：\n现将《某县2024年重点工作分工》印发给你们，请认真贯彻落实。\n" +
			"某县人民政府办公室\n2024年3月1日\n某县2024年重点工作分工\n一、重点任务\n（一）推进预算公开\n县财政局：\n按季度公开预算执行情况。\n（二）加强解读\n1.发布解读材料。\n二、保障措施\n县政府办公室：\n加强督促检查。\n（一）强化考核\n1.纳入年度考核。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进预算公开", "    I 按季度公开预算执行情况。 |  | 县财政局/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | ",
			"G 二 保障措施",
			"  T 一 强化考核", "    I 纳入年度考核。 |  | "}},
	{"units on a line of their own: names alone in brackets, a label without its colon",
		"某县2024年政务公开工作要点\n（县政府办公室）\n一、重点任务\n（一）推进公开。公布决策目录。\n（县司法局、县政府办公室）\n（二）加强解读。发布解读材料。\n牵头单位 县政府办公室\n配合单位　县直各部门\n" +
			"（三）做好回应。及时回应关切。\n责任单位 各乡镇人民政府\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/responsible、县政府办公室/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | 县政府办公室/lead、县直各部门/cooperate",
			"  T 三 做好回应", "    I 及时回应关切。 |  | 各乡镇人民政府/responsible"}},
	{"inline entries under one clause are the content of one item, numbers kept, as 一是…；二是…",
		"一、重点任务\n（一）推进决策公开。1.公布决策目录；2.公开征求意见；3.反馈采纳情况。（以上由县司法局负责）\n（二）加强解读。发布解读材料。\n（三）做好回应。1.建立回应机制（县信访局负责）；2.定期通报回应情况（县政府办公室负责）。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进决策公开", "    I 1.公布决策目录；2.公开征求意见；3.反馈采纳情况。 |  | 县司法局/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | ",
			"  T 三 做好回应", "    I 建立回应机制 |  | 县信访局/responsible", "    I 定期通报回应情况 |  | 县政府办公室/responsible"}},
	{"a verb after the list's comma, a note of time after bare names, words before the verb",
		"一、重点任务\n（一）推进公开。公布决策目录。（县发改局、县财政局，按职责分工负责）\n（二）加强解读。发布解读材料。（县委宣传部、县政府办公室按照各自职责抓好落实）\n" +
			"（三）做好回应。及时回应关切。（县信访局，2024年6月底前）\n（四）规范公开。动态调整公开目录。（县政府办公室 长期坚持）\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县发改局/responsible、县财政局/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | 县委宣传部/responsible、县政府办公室/responsible",
			"  T 三 做好回应", "    I 及时回应关切。 | 2024年6月底前 | 县信访局/responsible",
			"  T 四 规范公开", "    I 动态调整公开目录。 | 长期坚持 | 县政府办公室/responsible"}},
	{"a clause before the text it speaks for: opening an item, opening a task heading",
		"一、重点任务\n（一）推进公开\n1.【责任单位：县司法局】公布决策目录。\n2.【责任单位：县政府办公室】公开征求意见。\n" +
			"（二）【牵头单位：县委宣传部；配合单位：县融媒体中心】加强解读。发布解读材料。\n（三）做好回应\n1.（县信访局负责）及时回应关切。\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/responsible", "    I 公开征求意见。 |  | 县政府办公室/responsible",
			"  T 二 加强解读", "    I 发布解读材料。 |  | 县委宣传部/lead、县融媒体中心/cooperate",
			"  T 三 做好回应", "    I 及时回应关切。 |  | 县信访局/responsible"}},
	{"an item's short title, its unit lines, then its content",
		"一、重点任务\n（一）推进公开\n1.决策目录管理\n责任单位：县司法局\n完成时限：2024年3月底前\n年初公布目录并动态调整。\n2.意见征集\n牵头单位：县政府办公室\n配合单位：县直各部门\n公开征求意见不少于30日。\n" +
			"（二）加强解读\n1.同步发布解读。\n2.开展多元解读。\n责任单位：县政府办公室\n",
		[]string{"G 一 重点任务",
			"  T 一 推进公开", "    I 决策目录管理\n年初公布目录并动态调整。 | 2024年3月底前 | 县司法局/responsible",
			"    I 意见征集\n公开征求意见不少于30日。 |  | 县政府办公室/lead、县直各部门/cooperate",
			"  T 二 加强解读", "    I 同步发布解读。 |  | 县政府办公室/responsible", "    I 开展多元解读。 |  | 县政府办公室/responsible"}},
	{"Word auto-numbering glyphs: ⒈ tasks straight under 一、, ⑴ items",
		"一、推进公开\n⒈规范发布。\n⑴统一发布文件。（责任单位：县司法局）\n⑵公开现行文件。（牵头单位：县政府办公室；配合单位：县直各部门）\n" +
			"⒉做好解读。发布解读材料。（县委宣传部负责）\n⒊建立台账。逐项销号管理。（县政务公开办负责）\n二、保障措施\n加强考核。\n",
		[]string{"G 一 推进公开",
			"  T 1 规范发布", "    I 统一发布文件。 |  | 县司法局/responsible",
			"    I 公开现行文件。 |  | 县政府办公室/lead、县直各部门/cooperate",
			"  T 2 做好解读", "    I 发布解读材料。 |  | 县委宣传部/responsible",
			"  T 3 建立台账", "    I 逐项销号管理。 |  | 县政务公开办/responsible",
			"G 二 保障措施"}},
	{"headings ending in a colon",
		"某县2024年政务公开工作要点\n一、工作目标：\n全年完成目标。\n二、重点任务：\n（一）推进公开。公布决策目录。（县司法局负责）\n",
		[]string{"G 一 工作目标", "G 二 重点任务",
			"  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/responsible"}},
}

// TestHeadingIsNoRecipients: a heading that ends in a colon near the top
// of the text is no 主送机关 line, and the real one still is.
func TestHeadingIsNoRecipients(t *testing.T) {
	doc := mustText(t, "某县2024年政务公开工作要点\n一、工作目标：\n全年完成目标。\n二、重点任务：\n（一）推进公开。公布决策目录。（县司法局负责）\n")
	assert.Empty(t, doc.Meta.Recipients)
	doc = mustText(t, "某县人民政府办公室关于印发某县2024年政务公开工作要点的通知\n各乡镇人民政府，县直各部门：\n现将《某县2024年政务公开工作要点》印发给你们，请认真贯彻落实。\n"+
		"某县人民政府办公室\n2024年3月1日\n某县2024年政务公开工作要点\n一、重点任务：\n（一）推进公开。公布决策目录。（县司法局负责）\n")
	require.Len(t, doc.Meta.Recipients, 2)
	assert.Equal(t, "各乡镇人民政府", doc.Meta.Recipients[0].Value)
	assert.Equal(t, []string{"G 一 重点任务", "  T 一 推进公开", "    I 公布决策目录。 |  | 县司法局/responsible"}, treeOf(doc))
}

// TestProseShapes parses each shape as written and in every rendering a
// page or a mirror gives it (traditional script, brackets of the other
// width, CRLF, no-break spaces, pinyin glosses): all must give its tree.
func TestProseShapes(t *testing.T) {
	for _, sh := range proseShapes {
		t.Run(sh.name, func(t *testing.T) {
			got := treeOf(mustText(t, sh.text))
			assert.Equal(t, sh.want, got)
			for _, tr := range transforms {
				assert.Equal(t, sh.want, treeOf(mustText(t, tr.apply(sh.text))), tr.name)
			}
		})
	}
}
