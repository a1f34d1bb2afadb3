package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// want is one expected deadline: kind, start, end, duration and the text.
type want struct {
	kind       model.DeadlineKind
	start, end string
	dur        *model.Duration
	text       string
}

func checkDeadlines(t *testing.T, in string, ref Ref, cell bool, ws []want) {
	t.Helper()
	got := Deadlines(in, ref, cell)
	require.Len(t, got, len(ws), "%s: %+v", in, got)
	for i, w := range ws {
		d := got[i].Value
		assert.Equal(t, w.kind, d.Kind, in)
		assert.Equal(t, w.start, d.Start, in)
		assert.Equal(t, w.end, d.End, in)
		assert.Equal(t, w.dur, d.Duration, in)
		assert.Equal(t, w.text, d.Text, in)
		assert.Equal(t, w.text, in[got[i].Start:got[i].End], "span of %s", in)
	}
}

// Every phrase the scanner knows starts with a rune scan tries.
func TestDeadlineFirstRunes(t *testing.T) {
	words := append(append([]string{"今年", "本年", "当年", "明年", "次年", "年底", "年内", "年中", "全年", "上半年", "下半年", "第三季度", "即日起", "自即日起", "从即日起"}, ongoingPhrases...), ongoingCell...)
	for _, w := range words {
		assert.True(t, deadlineFirstSet.has(fold(w, nil).r[0]), w)
	}
}

var ref17 = Ref{Year: 2017, Date: "2017-05-28"}

// deadlineCase is a text, whether it is a deadline cell, and what it says.
type deadlineCase struct {
	in   string
	cell bool
	ws   []want
}

// TestDeadlines runs every phrase family against the plan year 2017 and
// the signed date 2017-05-28.
func TestDeadlines(t *testing.T) {
	families := map[string][]deadlineCase{
		"dates": dateCases, "periods": periodCases, "durations and ongoing": durationCases,
		"cell and prose": cellCases,
	}
	for family, cases := range families {
		for _, tt := range cases {
			t.Run(family+"/"+tt.in, func(t *testing.T) { checkDeadlines(t, tt.in, ref17, tt.cell, tt.ws) })
		}
	}
}

var dateCases = []deadlineCase{
	{"年底前完成清理", false, []want{{model.DeadlineDate, "", "2017-12-31", nil, "年底前"}}},
	{"年底实现80%以上事项在线办理", false, []want{{model.DeadlineDate, "", "2017-12-31", nil, "年底"}}},
	{"6月底前公布目录", false, []want{{model.DeadlineDate, "", "2017-06-30", nil, "6月底前"}}},
	{"二月底前完成", false, []want{{model.DeadlineDate, "", "2017-02-28", nil, "二月底前"}}},
	{"于2017年年底建立制度", false, []want{{model.DeadlineDate, "", "2017-12-31", nil, "2017年年底"}}},
	{"2018年底前建成", false, []want{{model.DeadlineDate, "", "2018-12-31", nil, "2018年底前"}}},
	{"力争到今年底", false, []want{{model.DeadlineDate, "", "2017-12-31", nil, "今年底"}}},
	{"明年6月底前", false, []want{{model.DeadlineDate, "", "2018-06-30", nil, "明年6月底前"}}},
	{"9月30日前报送", false, []want{{model.DeadlineDate, "", "2017-09-30", nil, "9月30日前"}}},
	{"２０１９年３月１５日前", false, []want{{model.DeadlineDate, "", "2019-03-15", nil, "２０１９年３月１５日前"}}},
	{"2017 年 6 月底前", false, []want{{model.DeadlineDate, "", "2017-06-30", nil, "2017 年 6 月底前"}}},
	{"三季度末前完成", false, []want{{model.DeadlineDate, "", "2017-09-30", nil, "三季度末前"}}},
	{"到2020年", false, []want{{model.DeadlineDate, "", "2020-12-31", nil, "2020年"}}},
	{"2020年前全面建成", false, []want{{model.DeadlineDate, "", "2020-12-31", nil, "2020年前"}}},
	{"将于年中开展督查", false, []want{{model.DeadlineDate, "", "2017-06-30", nil, "年中"}}},
	{"2月底前", false, []want{{model.DeadlineDate, "", "2017-02-28", nil, "2月底前"}}},
}

var periodCases = []deadlineCase{
	{"年内实现全覆盖", false, []want{{model.DeadlinePeriod, "2017-01-01", "2017-12-31", nil, "年内"}}},
	{"今年内建成", false, []want{{model.DeadlinePeriod, "2017-01-01", "2017-12-31", nil, "今年内"}}},
	{"第三季度完成", false, []want{{model.DeadlinePeriod, "2017-07-01", "2017-09-30", nil, "第三季度"}}},
	{"一季度启动", false, []want{{model.DeadlinePeriod, "2017-01-01", "2017-03-31", nil, "一季度"}}},
	{"下半年开展评估", false, []want{{model.DeadlinePeriod, "2017-07-01", "2017-12-31", nil, "下半年"}}},
	{"上半年", false, []want{{model.DeadlinePeriod, "2017-01-01", "2017-06-30", nil, "上半年"}}},
	{"2018年上半年", false, []want{{model.DeadlinePeriod, "2018-01-01", "2018-06-30", nil, "2018年上半年"}}},
	{"2017年3月至6月开展", false, []want{{model.DeadlinePeriod, "2017-03-01", "2017-06-30", nil, "2017年3月至6月"}}},
	{"3—6月集中整治", false, []want{{model.DeadlinePeriod, "2017-03-01", "2017-06-30", nil, "3—6月"}}},
	{"6月下旬", false, []want{{model.DeadlinePeriod, "2017-06-21", "2017-06-30", nil, "6月下旬"}}},
	{"即日起至年底", false, []want{{model.DeadlinePeriod, "2017-05-28", "2017-12-31", nil, "即日起至年底"}}},
}

var durationCases = []deadlineCase{
	{"在本细则印发后 20 个工作日内公开", false, []want{{model.DeadlineDuration, "", "", &model.Duration{Value: 20, Unit: model.UnitWorkday}, "20 个工作日内"}}},
	{"最迟5小时内发布初步核实情况、24 小时内召开情况通报会", false, []want{
		{model.DeadlineDuration, "", "", &model.Duration{Value: 5, Unit: model.UnitHour}, "5小时内"},
		{model.DeadlineDuration, "", "", &model.Duration{Value: 24, Unit: model.UnitHour}, "24 小时内"}}},
	{"1个工作日内回应", false, []want{{model.DeadlineDuration, "", "", &model.Duration{Value: 1, Unit: model.UnitWorkday}, "1个工作日内"}}},
	{"三个月内", false, []want{{model.DeadlineDuration, "", "", &model.Duration{Value: 3, Unit: model.UnitMonth}, "三个月内"}}},
	{"十五日内", false, []want{{model.DeadlineDuration, "", "", &model.Duration{Value: 15, Unit: model.UnitDay}, "十五日内"}}},
	{"长期坚持", false, []want{{model.DeadlineOngoing, "", "", nil, "长期坚持"}}},
	{"自即日起施行", false, []want{{model.DeadlineOngoing, "2017-05-28", "", nil, "自即日起"}}},
	{"自2017年7月起", false, []want{{model.DeadlineOngoing, "2017-07-01", "", nil, "2017年7月起"}}},
	{"持續推進", true, []want{{model.DeadlineOngoing, "", "", nil, "持續推進"}}},
	{"持续推进重大项目攻坚", false, nil},
}

// cellCases: in a 时限 cell a bare month, year, duration or 长期 is a deadline; in
// prose it is not.
var cellCases = []deadlineCase{
	{"6月", true, []want{{model.DeadlinePeriod, "2017-06-01", "2017-06-30", nil, "6月"}}},
	{"于2017年9月建成", false, []want{{model.DeadlinePeriod, "2017-09-01", "2017-09-30", nil, "2017年9月"}}},
	{"2016年9月建成", false, nil},
	{"2017年5月28日", false, nil},
	{"2018年", true, []want{{model.DeadlinePeriod, "2018-01-01", "2018-12-31", nil, "2018年"}}},
	{"长期", true, []want{{model.DeadlineOngoing, "", "", nil, "长期"}}},
	{"长期公示制度", false, nil},
	{"2017年政务公开工作要点", false, nil},
	{"20个工作日", true, []want{{model.DeadlineDuration, "", "", &model.Duration{Value: 20, Unit: model.UnitWorkday}, "20个工作日"}}},
	{"三级医院14个单病种", false, nil},
}

// Without a plan year, a phrase keeps its kind and text but no dates.
func TestDeadlinesWithoutYear(t *testing.T) {
	checkDeadlines(t, "年底前", Ref{}, false, []want{{model.DeadlineDate, "", "", nil, "年底前"}})
	checkDeadlines(t, "2019年底前", Ref{}, false, []want{{model.DeadlineDate, "", "2019-12-31", nil, "2019年底前"}})
	checkDeadlines(t, "即日起", Ref{}, false, []want{{model.DeadlineOngoing, "", "", nil, "即日起"}})
}
