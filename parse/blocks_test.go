package parse

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment/script"
)

func TestContinues(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"（一）深化农村集体资产管理领域信息公开。重", "点做好资产清查信息、处置结果信息。", true},
		{"对照《市政府办公室关于加强政务服务热线建设的实施意见》（临政办发〔2021〕34", "号），提升接听质量。", true},
		{"进一步做好养老服务、校园安全等信息公开，（责任", "部门：民政局、教育局）", true},
		{"今年是全面实施规划的开局之年。", "一、做好政策发布和答疑工作", false},
		{"（一）加强信息发布，推进民生政策公开透明", "及时发布城乡建设方面的重要安排。", false},
		{"青川市2023年政务公开工作要点", "今年是全面实施规划的开局之年", false},
		{"围绕解决个体工商户用工难问题，加快推进", "（二）强化政策答疑和回应工作。", false},
		{"配合单位：市发展改革委、市财政局、市住房", "保障和房屋管理局", true},
		{"责任单位：市公安局、市税务局", "推行电子营业执照和电子印章同步发放，实现全程网上办理。", false},
		{"做好公开工作，加大力度", "牵头单位：市政府办公室", false},
		{"（二）推进重大建设项目信息", "公开。按照“谁批准、谁公开”原则，及时公开项目信息。", true},
		{"（二）推进重大建设项目信息公开", "做好公开。", false},
	}
	for _, tt := range tests {
		var p paragraph
		p.start(source.Str{S: tt.prev}, 0)
		assert.Equal(t, tt.want, p.continues(tt.next), "%s | %s", tt.prev, tt.next)
	}
}

func TestResume(t *testing.T) {
	for _, tt := range []struct {
		s      string
		to, at int
	}{
		{"", 0, 0},
		{"做好。工作", len("做好"), len("做好")},
		{"做好。工作", len("做好。"), len("做好。")},
		{"ab,c", 2, 2},
		{"做好\xe3\x80\x82工作", len("做好\xe3\x80"), 0}, // 。 broken by the first search's end
		{"做好\xe3\x80", len("做好\xe3"), 0},
	} {
		assert.Equal(t, tt.at, resume(tt.s, tt.to), "%q after %d", tt.s, tt.to)
	}
}

// continuesJoined is what paragraph.continues decided before it kept its
// marks as lines join: it reads the whole paragraph prev, joined by
// source.Concat, for every line (quadratic in a long paragraph).
func continuesJoined(prev string, depth int, next string) bool {
	unbalanced := depth > 0
	last, _ := script.DecodeLastRune(prev)
	if source.InSet(terminal, last) && !unbalanced {
		return false
	}
	if _, ok := ord.Read(next); ok && !unbalanced {
		return false
	}
	if _, _, ok := matchLabel(next); ok {
		return false
	}
	if l, _, ok := matchLabel(prev); ok && l.kind != labelIgnore {
		return !strings.ContainsAny(next, "。，；,;：:") && !source.MoreRunes(next, 20)
	}
	if unbalanced {
		return true
	}
	if o, ok := ord.Read(prev); ok {
		if source.Contains(prev[o.Size:], "。") {
			return true
		}
		k := source.Index(next, "。")
		return k > 0 && utf8.RuneCountInString(next[:k]) <= 4 && !strings.ContainsAny(next[:k], "，、；：,;:（）()") && source.MoreRunes(next, k+6)
	}
	return source.MoreRunes(prev, 11) && strings.ContainsAny(prev, "。，；、,")
}

// TestParagraphJoinsAsConcat proves the paragraph's kept marks and its
// builder exact: over every sequence of up to four lines drawn from
// headings with and without a full stop, labels, open brackets, prose
// with and without marks, and lines that break a 。 across their end
// (invalid UTF-8), it decides each join as continuesJoined does on the
// text joined by source.Concat, and its block maps every byte as that
// text does.
func TestParagraphJoinsAsConcat(t *testing.T) {
	pieces := []string{
		"（一）深化信息公开。重", "（二）推进重大建设项目信息", "公开。按照原则，及时公开",
		"点做好资产清查信息、处置结果信息", "配合单位：市发展改革委、市住房", "保障和房屋管理局",
		"推进政务公开工作并加强监督检查", "围绕解决问题，加快推进（责任", "部门：民政局）", "今年是开局之年。",
		// a 。 broken across two lines, inside brackets that keep them joined
		"加快（责任做好\xe3\x80", "（三）加快（推进\xe3\x80", "\x82工作）民政局",
	}
	n := 0
	strgen.Walk(pieces, 4, func(text string) {
		if text == "" {
			return
		}
		// one piece a line: split where the pieces were joined
		var ls []string
		for rest := text; rest != ""; {
			for _, p := range pieces {
				if strings.HasPrefix(rest, p) {
					ls, rest = append(ls, p), rest[len(p):]
					break
				}
			}
		}
		lines := source.New(strings.Join(ls, "\n")).Lines()
		var p paragraph
		p.start(lines[0], 0)
		want, depth := lines[0], bracketDepth(0, lines[0].S)
		for _, ln := range lines[1:] {
			join := continuesJoined(want.S, depth, ln.S)
			require.Equal(t, join, p.continues(ln.S), "%q + %q", want.S, ln.S)
			if !join {
				break
			}
			p.join(ln)
			want, depth = source.Concat(want, ln), bracketDepth(depth, ln.S)
			require.Equal(t, want.S, p.text())
		}
		got := p.block().s
		require.Equal(t, want.S, got.S)
		for i := 0; i <= len(want.S); i++ {
			require.Equal(t, want.Src(i), got.Src(i), "%q at %d", want.S, i)
			require.Equal(t, want.SrcEnd(i), got.SrcEnd(i), "%q at %d", want.S, i)
		}
		n++
	})
	require.Greater(t, n, 30000)
}

func TestIsNoise(t *testing.T) {
	for s, want := range map[string]bool{
		"— 1 —": true, "- 12 -": true, "第3页": true, "第 3 页 共 9 页": true, "PAGE 1": true, "2/9": true,
		"---": true, "续表": true, "当前位置:街镇 > 石桥镇 > 政务公开": true, "> 政务公开 > 工作报告": true,
		"分享:": true, "发布日期:2021-03-26 14:35 浏览次数:": true,
		"一、总体要求": false, "市人社局牵头落实": false, "2017年5月28日": false, "12": false,
	} {
		assert.Equal(t, want, isNoise(s, docmeta.AnyPage), s)
	}
}

func TestTableHeaders(t *testing.T) {
	cells := func(ss ...string) []source.Str {
		src := source.New(joinTabs(ss))
		return src.Lines()[0].Split("\t")
	}
	assert.True(t, isHeaderRow(cells("目标", "任务", "主要内容", "责任单位")))
	assert.True(t, isHeaderRow(cells("序号", "工作任务", "具体内容", "责任单位", "时限要求")))
	assert.True(t, isHeaderRow(cells("序 号", "重点任务", "牵头单位", "配合单位", "完成时限")))
	assert.False(t, isHeaderRow(cells("一、以政务公开助力营商环境优化", "（一）加强政策发布", "及时公布…", "市人社局牵头落实")))

	l := layoutFromHeader(cells("序号", "工作任务", "责任分工", "", "完成时限")).merge(layoutFromHeader(cells("", "", "牵头单位", "配合单位", "")))
	assert.Equal(t, []colRole{table.Seq, table.Task, table.Units, table.Units, table.Deadline}, l.roles)
	assert.Equal(t, model.RoleLead, l.unitRoles[2])
	assert.Equal(t, model.RoleCooperate, l.unitRoles[3])

	l = layoutFromHeader(cells("序号", "重点工作", "工作要求", "责任单位"))
	assert.Equal(t, []colRole{table.Seq, table.Task, table.Content, table.Units}, l.roles, "the first of two content columns names the task")
}

func joinTabs(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "\t"
		}
		out += s
	}
	return out
}

func TestWarnings(t *testing.T) {
	doc, err := Text(`某市2024年工作要点
一、第一项
（一）任务甲。内容甲。（市财政局负责）
（三）任务丙。内容丙没有责任单位。
二、第二项
（一）任务丁。内容丁。（市审计局负责）
（一）任务戊。内容戊。（市审计局负责）
四、第四项
（一）任务己。内容己。（市统计局负责）`)
	require.NoError(t, err)
	codes := map[string]int{}
	for _, w := range doc.Warnings {
		codes[w.Code]++
		require.NotNil(t, w.Span, w.Message)
	}
	assert.Equal(t, 1, codes[model.WarnNoUnits], "内容丙 names no unit")
	assert.Equal(t, 2, codes[model.WarnOrdinalGap], "（一）→（三） and 二→四")
	assert.Equal(t, 1, codes[model.WarnOrdinalRepeat], "（一） twice")
}

func TestSecondAttachmentIsNotMerged(t *testing.T) {
	doc, err := Text("某市人民政府办公室关于印发两个方案的通知\n各区：\n现将《某市政务公开工作方案》《某市政务服务工作方案》印发给你们。\n某市人民政府办公室\n2022年3月1日\n附件1\n某市政务公开工作方案\n一、推进决策公开\n（一）做好预公开。重大决策草案公开征求意见。（市司法局负责）\n附件2\n某市政务服务工作方案\n一、优化办事流程\n（一）精简材料。清理各类证明材料。（市政务服务中心负责）\n")
	require.NoError(t, err)
	require.NotNil(t, doc.Plan)
	assert.Equal(t, "某市政务公开工作方案", doc.Plan.Title.Value)
	require.Len(t, doc.Plan.Goals, 1, "the second plan's goal is not merged into the first")
	require.Len(t, doc.Plans, 2, "the second plan is read as a plan of its own")
	assert.Equal(t, "某市政务服务工作方案", doc.Plans[1].Title.Value)
	for _, w := range doc.Warnings {
		assert.NotEqual(t, model.WarnUnplaced, w.Code, w.Message)
	}
}

// TestSoftBrokenRows: a DOCX export breaks a row inside its cells; the
// lines that continue the last cell join back into one row, and a line
// opening with a row number stays a row of its own.
func TestSoftBrokenRows(t *testing.T) {
	text := "序号\t重点任务\t工作内容\t牵头单位\t配合单位\t完成时限\n" +
		"1\t做好政策解读\t1.同步发布解读材料。\n2.开展宣讲活动。\t县政府办公室\t县直各部门\n各乡镇人民政府\t全年\n" +
		"2\t推进标准化\t完善标准目录。\t县政务服务局\t各乡镇人民政府\t10月底前\n" +
		"3\t规范依申请公开\t统一答复文书。\t县司法局\n4\t加强培训\t每年培训两次。\t县政府办公室\t县直各部门\t全年\n"
	lines := cleanLines(source.New(text).Lines())
	var rows [][]string
	for _, b := range assembleBlocks(lines, 0, len(lines)) {
		if b.kind != blockRow {
			continue
		}
		var cs []string
		for _, c := range b.cells {
			cs = append(cs, c.S)
		}
		rows = append(rows, cs)
	}
	require.Len(t, rows, 4)
	assert.Equal(t, []string{"1", "做好政策解读", "1.同步发布解读材料。\n2.开展宣讲活动。", "县政府办公室", "县直各部门\n各乡镇人民政府", "全年"}, rows[0])
	assert.Equal(t, "2", rows[1][0])
	assert.Equal(t, "3", rows[2][0])
	assert.NotContains(t, strings.Join(rows[2], "|"), "加强培训", "the next line opens row 4")
	assert.Equal(t, "4", rows[3][0])
	// One unit per line of a cell: each line is a unit.
	assert.Equal(t, []string{"县政府办公室:lead", "县直各部门:cooperate", "各乡镇人民政府:cooperate"}, rolesOf(t, text)[0])
}

// TestBracketDepth checks the depth read line by line against the depth of
// the joined text, as assembleBlocks keeps it for a paragraph.
func TestBracketDepth(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  int
	}{
		{[]string{"做好公开（责任", "单位：市财政局）"}, 0},
		{[]string{"贯彻《意见》（苏政办发〔2019〕56", "号"}, 1},
		{[]string{"）多余的括号（", "【一"}, 2},
		{[]string{"(a", "b))", "c("}, 1},
		{[]string{"无括号", "的一行"}, 0},
		{[]string{"［全角〔方括号", "］，。　"}, 1},
		{[]string{"\xef(坏", "字节\xe3"}, 1},
		{[]string{"\xe4(断开的字", "\xe5\x80)"}, 0},
	} {
		depth := 0
		for _, l := range tt.lines {
			depth = bracketDepth(depth, l)
		}
		assert.Equal(t, tt.want, depth, tt.lines)
		assert.Equal(t, tt.want, bracketDepth(0, strings.Join(tt.lines, "")), tt.lines)
	}
}

// bracketDepthByRunes is bracketDepth as it was written before it read
// bytes: every rune decoded where a bracket may start.
func bracketDepthByRunes(depth int, s string) int {
	for i := 0; i < len(s); {
		r, n := script.DecodeRune(s[i:])
		switch r {
		case '（', '(', '〔', '【', '［':
			depth++
		case '）', ')', '〕', '】', '］':
			depth = max(depth-1, 0)
		}
		i += n
	}
	return depth
}

// TestBracketDepthReadsBytesAsRunes: reading bytes, bracketDepth finds the
// depth decoding every rune finds, on strings of every bracket, the marks
// sharing their lead bytes, ideographs and the bytes of all of them cut
// apart (broken UTF-8), from any depth open before.
func TestBracketDepthReadsBytesAsRunes(t *testing.T) {
	pieces := []string{"（", "）", "(", ")", "〔", "〕", "【", "】", "［", "］", "，", "。", "一", "\xe3\x80", "\xef\xbc", "\xe4", "\x94", "\x88", "a"}
	strgen.Walk(pieces, 4, func(s string) {
		for _, depth := range []int{0, 1} {
			require.Equal(t, bracketDepthByRunes(depth, s), bracketDepth(depth, s), "%q from %d", s, depth)
		}
	})
}

// TestSoftBrokenRowPageBreak: a page break falling inside a row a Word
// export broke at a cell's second paragraph (a page number on a line of
// its own between the row's two lines, or the web page's furniture) parts
// nothing: the notice gives the tree it gives without the line, in either
// script, wherever in the table the break falls.
func TestSoftBrokenRowPageBreak(t *testing.T) {
	rows := []string{
		"序号\t工作任务\t工作内容\t牵头单位\t配合单位\t完成时限\n",
		"1\t政策解读\t同步发布解读材料，解读率达到百分之百。\n",
		"开展政策进社区宣讲活动。\t县政府办公室\t县直各部门、各乡镇人民政府\t12月底\n",
		"2\t平台建设\t完善政府网站信息公开专栏。\t县政务服务局\t县大数据中心\t10月底\n",
		"3\t依申请公开\t统一答复文书格式。\n",
		"按期办结依申请公开事项。\t县司法局\t县直各部门\t全年\n",
	}
	notice := "某县人民政府办公室关于印发2024年政务公开工作任务分解表的通知\n各乡镇人民政府，县直各部门：\n" +
		"现将《2024年政务公开工作任务分解表》印发给你们，请认真抓好落实。\n某县人民政府办公室\n2024年3月1日\n\n2024年政务公开工作任务分解表\n"
	plain := notice + strings.Join(rows, "")
	want := []string{
		"G  ",
		"  T 1 政策解读",
		"    I 同步发布解读材料，解读率达到百分之百。\n开展政策进社区宣讲活动。 | 12月底 | 县政府办公室/lead、县直各部门/cooperate、各乡镇人民政府/cooperate",
		"  T 2 平台建设",
		"    I 完善政府网站信息公开专栏。 | 10月底 | 县政务服务局/lead、县大数据中心/cooperate",
		"  T 3 依申请公开",
		"    I 统一答复文书格式。\n按期办结依申请公开事项。 | 全年 | 县司法局/lead、县直各部门/cooperate",
	}
	require.Equal(t, want, treeOf(mustText(t, plain)), "without a page break")
	for _, page := range []string{"- 3 -", "— 12 —", "第 2 页 共 6 页", "PAGE 4", "－7－", "第3頁", "分享到："} {
		for _, at := range []int{2, 5} { // before the second line of row 1, of row 3
			for _, tr := range []func(string) string{func(s string) string { return s }, toTraditional} {
				broken := slices.Clone(rows)
				broken[at] = page + "\n" + broken[at]
				text := notice + strings.Join(broken, "")
				assert.Equal(t, treeOf(mustText(t, tr(plain))), treeOf(mustText(t, tr(text))), "%s", tr(text))
			}
		}
	}
}
