package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/docno"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// splitOne runs a line splitter on the single line s and returns the
// parts' text (nil when it left the line alone).
func splitOne(split func(source.Str) []source.Str, s string) []string {
	var out []string
	for _, p := range split(source.New(s).Lines()[0]) {
		out = append(out, p.S)
	}
	return out
}

func TestRebreakRunTogetherNotice(t *testing.T) {
	// A notice saved from a page that dropped every line break.
	parts := []string{
		"江阴市人民政府办公室关于印发江阴市2021年政务公开工作要点的通知",
		"澄政办发〔2021〕12号",
		"各镇人民政府，各街道办事处，市各委办局：",
		"《江阴市2021年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。",
		"江阴市人民政府办公室",
		"2021年3月2日",
		"（此件公开发布）",
		"江阴市2021年政务公开工作要点",
		"为进一步推进全市政务公开工作，制定本要点。",
		"一、总体要求",
		"坚持以人民为中心，持续深化政务公开。",
		"二、加强政策解读",
		"（一）提升解读质量。坚持政策文件与解读方案同步组织、同步审签、同步部署，推动解读材料与文件同步发布。（责任单位：市政府办公室、市司法局）",
		"（二）回应社会关切。健全政务舆情收集、研判、处置和回应机制，及时发布权威信息，做好舆情回应工作。（市委宣传部牵头，市各有关部门配合）",
		"三、推进重点领域公开",
		"（一）推进财政信息公开。市级部门预决算全部公开，三公经费细化说明，按要求公开政府债务信息。（市财政局负责）",
		"（二）推进公共资源配置信息公开。全面公开政府采购、工程建设项目招标投标、国有土地使用权出让等信息。（市行政审批局牵头，市财政局、市自然资源和规划局配合）",
	}
	text := strings.Join(parts, "")
	require.Greater(t, len([]rune(text)), minRunTogether)
	src := source.New(text)
	got := rebreak(text, src.Lines())
	var lines []string
	for _, l := range got {
		lines = append(lines, l.S)
		assert.Equal(t, l.S, text[l.Src(0):l.SrcEnd(l.Len())], "pieces keep their source offsets")
	}
	// Every element of the header and every heading starts a line.
	for _, want := range []string{parts[0], parts[1], parts[2], parts[4], parts[5], parts[6], parts[7], "一、总体要求", "二、加强政策解读", "（一）提升解读质量", "（二）回应社会关切", "三、推进重点领域公开"} {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, want) {
				found = true
			}
		}
		assert.True(t, found, "a line starts with %q; lines: %q", want, lines)
	}

	doc, err := Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Meta.DocNumber)
	assert.Equal(t, "澄政办发〔2021〕12号", doc.Meta.DocNumber.Value)
	assert.Equal(t, "2021-03-02", doc.Meta.SignedDate.Value)
	require.NotNil(t, doc.Plan)
	assert.Equal(t, "江阴市2021年政务公开工作要点", doc.Plan.Title.Value)
	require.Len(t, doc.Plan.Goals, 3)
	assert.Equal(t, "总体要求", doc.Plan.Goals[0].Title)
	assert.Empty(t, doc.Plan.Goals[0].Tasks)
	require.Len(t, doc.Plan.Goals[1].Tasks, 2)
	assert.Equal(t, "回应社会关切", doc.Plan.Goals[1].Tasks[1].Title)
	units := doc.Plan.Goals[1].Tasks[1].Items[0].Units
	require.Len(t, units, 2)
	assert.Equal(t, "市委宣传部", units[0].Name)
	assert.Equal(t, "cooperate", string(units[1].Role))
}

func TestRebreakLeavesOrdinaryLines(t *testing.T) {
	text := strings.Repeat("按照要求做好政务公开工作，及时发布信息。", 30)
	src := source.New(text)
	got := rebreak(text, src.Lines())
	require.Len(t, got, 1, "prose without headings is not split")
}

func TestRunTogetherHeader(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a header on one line above a body that kept its breaks",
			"某区人民政府办公室关于印发某区2016年政务公开工作要点的通知 某政办〔2016〕8号 各镇（街道），区直各单位： 现将《某区2016年政务公开工作要点》印发给你们，请遵照执行。 某区人民政府办公室 2016年4月1日",
			[]string{"某区人民政府办公室关于印发某区2016年政务公开工作要点的通知 ", "某政办〔2016〕8号", " 各镇（街道），区直各单位：",
				" 现将《某区2016年政务公开工作要点》印发给你们，请遵照执行。", " 某区人民政府办公室 ", "2016年4月1日"}},
		{"a 附注 in traditional script after the date",
			"某区人民政府办公室关于印发某区2016年政务公开工作要点的通知 某政办〔2016〕8号 各镇（街道），区直各单位： 现将《某区2016年政务公开工作要点》印发给你们，请遵照执行。 某区人民政府办公室 2016年4月1日（此件公開發布）",
			[]string{"某区人民政府办公室关于印发某区2016年政务公开工作要点的通知 ", "某政办〔2016〕8号", " 各镇（街道），区直各单位：",
				" 现将《某区2016年政务公开工作要点》印发给你们，请遵照执行。", " 某区人民政府办公室 ", "2016年4月1日", "（此件公開發布）"}},
		{"a title and its number are not a whole header",
			"某区人民政府办公室关于印发某区2016年政务公开工作要点的通知 某政办〔2016〕8号", nil},
		{"a body sentence citing a number is not a header",
			"根据《某市人民政府关于推进政务公开的意见》（某政发〔2015〕3号），结合我区实际，制定本要点。", nil},
		{"a line ending in an ASCII colon after a number",
			"抄送：某市政府办公室〔2016〕8号各单位:", nil},
		{"a unit clause is not a header", "（一）做好预决算公开。（牵头单位：区财政局；配合单位：区直各部门）", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitOne(runTogetherHeader, tt.line))
		})
	}
}

func TestRunOnHeading(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a goal running into its numbered tasks",
			"二、推进财政公开 1.公开预算。部门预算全部公开。（区财政局负责）2.公开决算。部门决算按时公开。（区财政局负责）",
			[]string{"二、推进财政公开 ", "1.公开预算。部门预算全部公开。（区财政局负责）", "2.公开决算。部门决算按时公开。（区财政局负责）"}},
		{"a goal running into a （一） task after an ideographic space",
			"一、深化决策公开\u3000（一）做好预公开。重大决策草案公开征求意见。",
			[]string{"一、深化决策公开\u3000", "（一）做好预公开。重大决策草案公开征求意见。"}},
		{"a run-on task with inline items is left to the tree",
			"（一）做好预公开。1.公开草案。（区司法局负责）2.反馈意见。（区司法局负责）", nil},
		{"a heading whose title holds a comma is prose", "一、坚持问题导向，1.是关键", nil},
		{"a sub-ordinal that does not start at 1", "一、推进财政公开 2.公开决算。", nil},
		{"a line that is not a heading", "区财政局 1.公开预算。", nil},
		{"a count after a space in a table row's next cell is no sub-heading",
			"（二十）健全解读机制\t各部门负责同志年内至少进行 1 次专题研究", nil},
		{"nor in a row whose cells are separated by |",
			"（二十）健全解读机制|各部门负责同志年内至少进行 1 次专题研究", nil},
		{"nor by the full-width ｜",
			"（二十）健全解读机制｜各部门负责同志年内至少进行 1 次专题研究", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitOne(runOnHeading, tt.line))
		})
	}
}

func TestFoldedAffixes(t *testing.T) {
	for _, c := range []struct {
		s, word string
		n       int
		ok      bool
	}{
		{"工作目标紧紧围绕", "工作目标", len("工作目标"), true},
		{"工作目標緊緊圍繞", "工作目标", len("工作目標"), true},
		{"组织領導", "组织领导", len("组织領導"), true},
		{"工作", "工作目标", 0, false},
		{"主要任务", "工作任务", 0, false},
	} {
		n, ok := foldedPrefix(c.s, c.word)
		assert.Equal(t, c.ok, ok, c.s)
		assert.Equal(t, c.n, n, c.s)
	}
	assert.True(t, foldedSuffix("某縣2020年政府信息公開工作年度報告", "年度报告"))
	assert.True(t, foldedSuffix("某县2020年政府信息公开工作年度报告", "年度报告"))
	assert.False(t, foldedSuffix("年度", "年度报告"))
	assert.False(t, foldedSuffix("某县年度工作报告", "年度报告"))
}

// manyHeadingsByRune is manyHeadings as a plain rune loop: the reference
// its search by strings.Index is checked against.
func manyHeadingsByRune(s string) bool {
	n := 0
	for i, r := range s {
		if r != '。' && r != '）' && r != ')' {
			continue
		}
		rest := s[i+utf8.RuneLen(r):]
		if o, ok := ord.Read(rest); ok && (o.Style == ord.CnDun || o.Style == ord.CnParen) {
			n++
		}
	}
	return n >= 2
}

func TestManyHeadings(t *testing.T) {
	body := "坚持以人民为中心，持续深化政务公开。"
	for _, tt := range []struct {
		name, s string
		want    bool
	}{
		{"two goals after sentence ends", body + "一、总体要求" + body + "二、主要任务" + body, true},
		{"a task after a unit clause, then a goal", body + "（一）做好公开。（区财政局负责）（二）回应关切。" + body, true},
		{"one heading only", body + "一、总体要求" + body, false},
		{"ordinals not after a close", "一、总体要求，二、主要任务，" + body, false},
		{"arabic and circled ordinals do not count", body + "1.公开预算。①公开决算。" + body, false},
		{"ASCII parentheses", "做好公开(区政府)二、主要任务(区政府)三、保障措施", true},
		{"no close at all", strings.Repeat("政务公开", 50), false},
		{"", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, manyHeadings(tt.s))
			assert.Equal(t, tt.want, manyHeadingsByRune(tt.s))
		})
	}
	// Every head joined into one line, and broken UTF-8 around the marks.
	for _, lines := range headerNotices {
		for _, sep := range []string{"", " ", "。", "）\xe3"} {
			s := strings.Join(lines, sep)
			assert.Equal(t, manyHeadingsByRune(s), manyHeadings(s), "%q", s)
		}
	}
}

func TestEndsClause(t *testing.T) {
	for _, r := range "。；;！？!?）)" {
		assert.True(t, endsClause(r), string(r))
	}
	for _, r := range "，、：:（(一a 　" {
		assert.False(t, endsClause(r), string(r))
	}
}

func TestIndexTitleSpace(t *testing.T) {
	for _, s := range []string{
		"", "加强审批公开 １．公开事项", "加强审批公开\u3000１．", "加强审批公开\u00a0１．", "。、\u3000", "abc",
		"加强\xe3\x80", "\xe4\xe3\x80\x80", "\xc2", "一\u00a0 二",
	} {
		assert.Equal(t, strings.IndexAny(s, " \u3000\u00a0"), indexTitleSpace(s), "%q", s)
	}
}

func TestLastIndexClose(t *testing.T) {
	for _, s := range []string{
		"公开预算。部门", "（区财政局负责）2.", "some (text) here", "，、：；（【", "", "。）)", "a。b）c)d", "\xe3\x80", "。\xbc\x89",
	} {
		k, w := lastIndexClose(s)
		want := strings.LastIndexAny(s, "。）)")
		assert.Equal(t, want, k, "%q", s)
		if want >= 0 {
			_, n := utf8.DecodeRuneInString(s[want:])
			assert.Equal(t, n, w, "%q", s)
		}
	}
}

// headerNotices are the lines of notice heads of several shapes (written
// for the tests): title, 发文字号, recipients, body, signature, date, 附注,
// the plan's title and its first lines.
var headerNotices = [][]string{
	{"某市人民政府办公室关于印发某市2022年政务公开工作要点的通知", "某政办发〔2022〕15号", "各县（区）人民政府，市政府各部门：",
		"《某市2022年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。", "某市人民政府办公室", "2022年3月18日",
		"（此件公开发布）", "某市2022年政务公开工作要点", "为深入贯彻落实国家和省有关部署，制定本要点。", "一、总体要求", "坚持以人民为中心。"},
	{"關於做好某縣2021年政府信息公開工作的通知", "某縣政辦〔2021〕3號", "各鄉鎮人民政府，縣直各單位：",
		"現將有關事項通知如下，請遵照執行。", "某縣人民政府辦公室", "2021年2月5日", "（此件公開發佈）"},
	{"某区人民政府关于推进决策公开的实施意见", "某区府发[2020]7号", "各街道办事处、区政府各部门:",
		"根据《某省人民政府关于全面推进政务公开工作的实施意见》（某政发〔2019〕2号），结合本区实际，提出如下意见。",
		"某区人民政府", "2020年11月30日"},
	{"某局关于开展政务公开专项检查的通知", "各科室、各直属单位：", "为进一步做好政务公开工作，决定开展专项检查。",
		"某局", "2023年5月6日", "（此件主动公开）"},
	{"某县人民政府办公室关于印发某县政务公开考核办法的通知", "某县政办〔2019〕22号", "各乡镇人民政府：",
		"经县政府同意，现将《某县政务公开考核办法》印发给你们。", "某县人民政府办公室", "2019年8月1日", "某县政务公开考核办法", "第一条 为规范考核，制定本办法。"},
}

// TestMayHoldHeader joins the lines of each notice head, every subset of
// them in order, with and without spaces between, into one line:
// whenever the full recogniser (headerParts) cuts such a line, the first
// test let it through. The notices' own lines are turned away by it.
func TestMayHoldHeader(t *testing.T) {
	cut, tried := 0, 0
	for _, lines := range headerNotices {
		n := min(len(lines), 12)
		for mask := 1; mask < 1<<n; mask++ {
			var picked []string
			for i := range n {
				if mask&(1<<i) != 0 {
					picked = append(picked, lines[i])
				}
			}
			for _, sep := range []string{"", " ", "\u3000"} {
				line := source.New(strings.Join(picked, sep)).Lines()[0]
				tried++
				if headerParts(line) != nil {
					cut++
					require.True(t, mayHoldHeader(line.S), "turned away a header: %q", line.S)
				}
			}
		}
		for _, l := range lines {
			assert.False(t, mayHoldHeader(l), "an ordinary line is a candidate: %q", l)
		}
	}
	t.Logf("%d of %d run-together lines cut", cut, tried)
	assert.Greater(t, cut, tried/20, "the variants hold headers")
}

// TestAhead asks whether lines hold a match, in text order, out of order
// and again, and compares every answer with a search of the line alone.
func TestAhead(t *testing.T) {
	text := "一日\n号\n\n两日号\r\n無\n日\n號末\u2028中间\n尾号"
	lines := source.New(text).Lines()
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8}, {8, 0, 5, 3, 3, 1, 7, 2, 6, 4}, {4, 4, 0}} {
		day := ahead{find: indexDay, next: -1}
		number := ahead{find: docno.NextMark, next: -1}
		for _, i := range order {
			l := lines[i]
			start, end := l.Src(0), l.Src(0)+len(l.S)
			assert.Equal(t, strings.ContainsRune(l.S, '日'), day.in(text, start, end), "日 in %q", l.S)
			assert.Equal(t, docno.NextMark(l.S) >= 0, number.in(text, start, end), "号 in %q", l.S)
		}
	}
	// A match that starts in the range but ends beyond it is not in it.
	a := ahead{find: indexDay, next: -1}
	assert.False(t, a.in("a日", 0, 2))
	assert.True(t, a.in("a日", 0, 4))
}

// TestHeaderCluesOfText: rebreak's answers, from one search of the text,
// are mayHoldHeader's for each line alone, for whole notices and their
// heads run together.
func TestHeaderCluesOfText(t *testing.T) {
	for _, lines := range headerNotices {
		for _, text := range []string{strings.Join(lines, "\n"), strings.Join(lines, "") + "\n" + strings.Join(lines, "\r\n"), strings.Join(lines, " ")} {
			c := newHeaderClues(text)
			for _, l := range source.New(text).Lines() {
				assert.Equal(t, mayHoldHeader(l.S), c.mayHold(l.S, l.Src(0)), "%q", l.S)
			}
			// A line that is not the text's bytes at its offset (rows
			// joined) is searched on its own.
			other := strings.Join(lines, "")
			assert.Equal(t, mayHoldHeader(other), c.mayHold(other, 0), "%q", other)
		}
	}
}
