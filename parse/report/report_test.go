package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

func load(t testing.TB, name string) *source.Source {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "reports", name))
	require.NoError(t, err)
	return source.New(string(b))
}

// want is an expected stat: label, value, unit, scope and path.
type want struct {
	label string
	value float64
	unit  string
	scope string
	path  string // path joined by "/"
}

func got(s model.Stat) want {
	return want{s.Label, s.Value, s.Unit, s.Scope, strings.Join(s.Path, "/")}
}

// seed002Disclosure lists, by hand from reading the seed, every statistic
// of sections 二 to 五 of seed 002 (苏州市2016年政府信息公开工作年度报告).
var seed002Disclosure = []want{
	{"主动公开政府信息", 967508, "条", "全市", ""},
	{"主动公开政府信息", 104136, "条", "市政府本级", ""},
	{"共受理政府信息公开申请", 3289, "件", "全市", ""},
	{"党政机关申请", 57, "件", "全市", "申请来源/党政机关"},
	{"社会团体申请", 24, "件", "全市", "申请来源/社会团体"},
	{"企业申请", 166, "件", "全市", "申请来源/企业"},
	{"宣传媒体申请", 20, "件", "全市", "申请来源/宣传媒体"},
	{"科研院校申请", 8, "件", "全市", "申请来源/科研院校"},
	{"公民申请", 2838, "件", "全市", "申请来源/公民"},
	{"律师申请", 59, "件", "全市", "申请来源/公民/律师"},
	{"科研人员申请", 45, "件", "全市", "申请来源/公民/科研人员"},
	{"媒体从业人员申请", 1, "件", "全市", "申请来源/公民/媒体从业人员"},
	{"其他申请", 71, "件", "全市", "申请来源/其他"},
	{"信函申请", 1654, "件", "全市", "申请渠道/信函"},
	{"网络申请", 991, "件", "全市", "申请渠道/网络"},
	{"当面申请", 628, "件", "全市", "申请渠道/当面"},
	{"传真申请", 16, "件", "全市", "申请渠道/传真"},
	{"属于已主动公开范围", 411, "件", "全市", "办理情况/属于已主动公开范围"},
	{"同意公开", 1259, "件", "全市", "办理情况/同意公开"},
	{"部分公开", 292, "件", "全市", "办理情况/部分公开"},
	{"不同意", 245, "件", "全市", "办理情况/不同意"},
	{"不是《条例》所指政府信息", 170, "件", "全市", "办理情况/不同意/不是《条例》所指政府信息"},
	{"不属于本行政机关公开", 280, "件", "全市", "办理情况/不属于本行政机关公开"},
	{"信息不存在", 581, "件", "全市", "办理情况/信息不存在"},
	{"告知更改补充", 158, "件", "全市", "办理情况/告知更改补充"},
	{"告知通过其他途径办理", 63, "件", "全市", "办理情况/告知通过其他途径办理"},
	{"受理政府信息公开申请", 254, "件", "市政府本级", ""},
	{"党政机关申请", 3, "件", "市政府本级", "申请来源/党政机关"},
	{"社会团体申请", 2, "件", "市政府本级", "申请来源/社会团体"},
	{"企业申请", 7, "件", "市政府本级", "申请来源/企业"},
	{"公民申请", 240, "件", "市政府本级", "申请来源/公民"},
	{"律师申请", 3, "件", "市政府本级", "申请来源/公民/律师"},
	{"科研人员申请", 18, "件", "市政府本级", "申请来源/公民/科研人员"},
	{"其他申请", 2, "件", "市政府本级", "申请来源/其他"},
	{"信函", 111, "件", "市政府本级", "申请渠道/信函"},
	{"网络", 143, "件", "市政府本级", "申请渠道/网络"},
	{"属于已主动公开范围", 22, "件", "市政府本级", "办理情况/属于已主动公开范围"},
	{"同意公开", 50, "件", "市政府本级", "办理情况/同意公开"},
	{"部分公开", 1, "件", "市政府本级", "办理情况/部分公开"},
	{"不同意公开", 27, "件", "市政府本级", "办理情况/不同意公开"},
	{"不是《条例》所指政府信息", 17, "件", "市政府本级", "办理情况/不同意公开/不是《条例》所指政府信息"},
	{"法律法规规定的其他情形", 10, "件", "市政府本级", "办理情况/不同意公开/法律法规规定的其他情形"},
	{"不属于本行政机关公开", 85, "件", "市政府本级", "办理情况/不属于本行政机关公开"},
	{"信息不存在", 56, "件", "市政府本级", "办理情况/信息不存在"},
	{"告知更改补充", 13, "件", "市政府本级", "办理情况/告知更改补充"},
	{"行政复议", 311, "件", "全市", ""},
	{"行政诉讼", 266, "件", "全市", ""},
	{"行政复议", 2, "件", "市政府本级", ""},
	{"行政诉讼", 19, "件", "市政府本级", ""},
}

// seed002Overview lists, by hand, the counts (value and unit) that section
// 一 (概述) states; durations (15个工作日, 7天), rankings (第2名, 前十) and
// percentages are not counts.
var seed002Overview = []struct {
	value float64
	unit  string
}{
	{5, "张"}, {125, "项"}, {506, "项"}, {2950, "项"}, {300, "项"}, {5781, "项"}, {245, "项"}, {1040, "项"}, {105, "项"},
	{6200, "余项"}, {6400, "余项"}, {3, "张"}, {78, "项"}, {11, "个"}, {3, "个"}, {32, "个"}, {29, "个"}, {120, "项"}, {108, "项"},
	{18, "项"}, {147, "万元"}, {7568, "万元"}, {3372, "万元"}, {3100, "万元"}, {7000, "万元"}, {180, "个"}, {30, "家"}, {2579, "期"},
	{1300000, "余条"}, {13, "项"}, {253, "个"}, {7118, "条"}, {508, "条"}, {1440, "条"},
	{45, "个"}, {1, "个"}, {2, "所"}, {19, "所"}, {8, "所"}, {3, "所"}, {1, "所"}, {2, "所"}, {9, "个"}, {45, "个"},
	{23, "期"}, {4, "条"}, {23, "件"}, {131, "万元"}, {3325, "件"}, {702, "件"},
	{200, "余条"}, {22000, "份"}, {16665, "份"}, {47, "条"}, {4, "条"}, {5, "条"}, {38, "条"}, {37, "家"}, {5, "项"}, {63, "份"}, {67, "份"},
	{45, "场"}, {200, "余次"}, {90, "条"}, {20, "项"}, {10, "余项"}, {100, "余个"}, {480, "条"}, {150, "条"}, {3, "次"},
}

func TestSeed002Stats(t *testing.T) {
	src := load(t, "seed002_suzhou_2016.txt")
	rep, warns := Build(src, "")
	require.NotNil(t, rep)
	assert.Equal(t, "苏州市2016年政府信息公开工作年度报告", rep.Title)
	assert.Equal(t, 2016, rep.Year)
	assert.Nil(t, rep.Tables, "a prose report has no template tables")

	disclosure := strings.Index(src.Text, "二、主动公开政府信息情况")
	require.Positive(t, disclosure)
	var overview []struct {
		value float64
		unit  string
	}
	var rest []want
	for _, s := range rep.Stats {
		assert.Equal(t, s.Value, s.Value) // no NaN
		assert.Contains(t, src.Text[s.Span.Start:s.Span.End], s.Label, "the span covers the label")
		if s.Span.Start < disclosure {
			overview = append(overview, struct {
				value float64
				unit  string
			}{s.Value, s.Unit})
			continue
		}
		rest = append(rest, got(s))
	}
	assert.Equal(t, seed002Disclosure, rest)
	assert.Equal(t, seed002Overview, overview)

	// 57+24+166+20+8+2838+71 = 3184, not 3289: the seed's own breakdown by
	// source does not add up, and the check says so. The two labels of the
	// “苏州发布” accounts keep a channel used as the subject (the ruling
	// would drop it), which the reader cannot tell from what is counted,
	// and says so.
	require.Len(t, warns, 3)
	var doubts []string
	for _, w := range warns {
		if w.Code == model.WarnLabelDoubt {
			doubts = append(doubts, w.Message)
			continue
		}
		assert.Equal(t, model.WarnInconsistent, w.Code)
		assert.Contains(t, w.Message, "3184")
		assert.Contains(t, w.Message, "3289")
	}
	require.Len(t, doubts, 2)
	for _, d := range doubts {
		assert.Contains(t, d, "“苏州发布”")
	}
}

func TestSeed002Sections(t *testing.T) {
	src := load(t, "seed002_suzhou_2016.txt")
	rep, _ := Build(src, "苏州市2016年政府信息公开工作年度报告")
	var top []string
	levels := map[int]int{}
	for _, s := range rep.Sections {
		levels[s.Level]++
		if s.Level == 1 {
			top = append(top, s.No+"、"+s.Heading)
		}
		assert.Equal(t, s.Heading, strings.TrimPrefix(strings.TrimLeft(src.Text[s.Span.Start:s.Span.End], "（(一二三四五六七八九十0123456789)）、.．"), ""), "span of %q", s.Heading)
		assert.LessOrEqual(t, s.Span.End, s.Body.Start)
	}
	assert.Equal(t, []string{"一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、依申请收费及减免情况", "五、行政复议和行政诉讼情况", "六、主要问题和改进措施"}, top)
	assert.Equal(t, map[int]int{1: 6, 2: 5, 3: 3 + 5 + 8 + 4 + 3}, levels)
	// a run-on heading ends at its 。
	assert.Equal(t, "权力清单和责任清单公开", rep.Sections[2].Heading)
	assert.Equal(t, 3, rep.Sections[2].Level)
	// section 五's body holds its two sentences and stops before 六
	five := rep.Sections[len(rep.Sections)-2]
	body := src.Text[five.Body.Start:five.Body.End]
	assert.True(t, strings.HasPrefix(body, "2016年度，全市范围内"), body)
	assert.True(t, strings.HasSuffix(body, "行政诉讼19件。"), body)
}

func sourceOf(s string) *source.Source { return source.New(s) }

// TestSeed002Traditional reads sections 二 to 五 of seed 002 converted to
// traditional script with ASCII commas and brackets: the same statistics,
// labels and paths in the report's own script.
func TestSeed002Traditional(t *testing.T) {
	rep, warns := Build(load(t, "seed002_traditional_excerpt.txt"), "")
	assert.Equal(t, 2016, rep.Year)
	require.Len(t, rep.Stats, len(seed002Disclosure))
	for i, s := range rep.Stats {
		w := seed002Disclosure[i]
		assert.Equal(t, w.value, s.Value, w.label)
		assert.Equal(t, simplify(w.label), simplify(s.Label))
		assert.Equal(t, simplify(w.unit), simplify(s.Unit))
		assert.Equal(t, w.scope, simplify(s.Scope))
		assert.Equal(t, simplify(w.path), simplify(strings.Join(s.Path, "/")))
	}
	assert.Equal(t, "公民", rep.Stats[8].Path[1])
	assert.Equal(t, "申請來源", rep.Stats[8].Path[0], "paths keep the report's script")
	assert.Equal(t, "市政府本級", rep.Stats[1].Scope)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0].Message, "3184")
}

func TestFirstYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"某县2021年政府信息公开工作年度报告", 2021},
		{"2019年度", 2019},
		{"12019年", 2019},
		{"年报 1998年 2020年", 1998},
		{"第3年，2021年", 2021},
		{"2100年 99年", 0},
		{"20a1年", 0},
		{"年", 0},
		{"", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, firstYear(tt.in), tt.in)
	}
}
