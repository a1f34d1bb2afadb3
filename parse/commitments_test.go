package parse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// docText returns the text of a UTF-8 seed under a span.
func docText(t *testing.T, seed string, sp model.Span) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/seeds/" + seed + ".txt")
	require.NoError(t, err)
	return string(data[sp.Start:sp.End])
}

// itemWith returns the first item of the plan whose text contains s.
func itemWith(t *testing.T, p *model.Plan, s string) *model.Item {
	t.Helper()
	require.NotNil(t, p)
	for gi := range p.Goals {
		for ti := range p.Goals[gi].Tasks {
			for ii, it := range p.Goals[gi].Tasks[ti].Items {
				if strings.Contains(it.Text, s) {
					return &p.Goals[gi].Tasks[ti].Items[ii]
				}
			}
		}
	}
	t.Fatalf("no item contains %q", s)
	return nil
}

type seedDeadline struct {
	kind       model.DeadlineKind
	start, end string
	text       string
}

func deadlinesOf(it *model.Item) []seedDeadline {
	var out []seedDeadline
	for _, d := range it.Deadlines {
		out = append(out, seedDeadline{d.Kind, d.Start, d.End, d.Text})
	}
	return out
}

func numbered(cs []model.Citation) map[string]string {
	out := map[string]string{}
	for _, c := range cs {
		if c.DocNumber != "" {
			out[c.DocNumber] = c.Title
		}
	}
	return out
}

// TestSeedCommitments asserts the deadlines, frequencies, targets and
// citations of seeds 000 and 001 as read by hand from their texts.
func TestSeedCommitments(t *testing.T) {
	doc, err := parse.File("../testdata/seeds/000_baa0cee3830c2c78.txt")
	require.NoError(t, err)
	p := doc.Plan
	require.Equal(t, 2017, p.Year)

	it := itemWith(t, p, "年内实现随机抽查事项全覆盖")
	assert.Equal(t, []seedDeadline{
		{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"},
		{model.DeadlineDate, "", "2017-12-31", "年底"},
		{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"},
	}, deadlinesOf(it))
	require.Len(t, it.Targets, 1)
	assert.Equal(t, model.Target{Op: model.TargetAtLeast, Value: 80, Unit: "%", Text: "80%以上", Span: it.Targets[0].Span}, it.Targets[0])
	assert.Equal(t, "80%以上", docText(t, "000_baa0cee3830c2c78", it.Targets[0].Span))

	it = itemWith(t, p, "建立健全利益相关方")
	assert.Equal(t, []seedDeadline{
		{model.DeadlineDate, "", "2017-12-31", "2017年年底"},
		{model.DeadlineDate, "", "2017-12-31", "年底前"},
	}, deadlinesOf(it))

	it = itemWith(t, p, "最迟 5 小时内")
	require.Len(t, it.Deadlines, 2)
	assert.Equal(t, &model.Duration{Value: 5, Unit: model.UnitHour}, it.Deadlines[0].Duration)
	assert.Equal(t, &model.Duration{Value: 24, Unit: model.UnitHour}, it.Deadlines[1].Duration)

	it = itemWith(t, p, "至少进行 1 次专题研究")
	assert.Equal(t, []seedDeadline{{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"}}, deadlinesOf(it))
	require.Len(t, it.Targets, 1)
	assert.Equal(t, model.TargetAtLeast, it.Targets[0].Op)
	assert.Equal(t, 1.0, it.Targets[0].Value)
	assert.Equal(t, "次", it.Targets[0].Unit)

	it = itemWith(t, p, "专项行动信息不少于 5 个")
	require.Len(t, it.Targets, 1)
	assert.Equal(t, "不少于 5 个", it.Targets[0].Text)
	require.NotNil(t, it.Frequency)
	assert.Equal(t, model.EveryHalfYear, it.Frequency.Every)

	frequencies := map[string]model.Every{
		"每周公布食品安全抽检信息":   model.EveryWeek,
		"按月公开全市财政收支情况":   model.EveryMonth,
		"每年公布国家考核断面水质情况": model.EveryYear,
		"定期公布参加社会保险情况":   model.EveryRegularly,
	}
	for s, want := range frequencies {
		it := itemWith(t, p, s)
		require.NotNil(t, it.Frequency, s)
		assert.Equal(t, want, it.Frequency.Every, s)
		assert.Equal(t, it.Frequency.Text, docText(t, "000_baa0cee3830c2c78", it.Frequency.Span), s)
	}
	assert.Equal(t, map[string]string{
		"苏府办〔2017〕5号":  "市政府办公室关于对文件进行公开属性分类的通知",
		"苏府办〔2017〕26号": "市政府办公室关于印发苏州市行政机关政策文件解读实施办法的通知",
	}, numbered(doc.Citations))
	for _, c := range doc.Citations {
		assert.NotEqual(t, "苏州市2017年政务公开工作要点实施方案", c.Title, "the plan the notice issues is not a citation")
	}

	doc, err = parse.File("../testdata/seeds/001_2618c019250de3da.txt")
	require.NoError(t, err)
	assert.Equal(t, map[string]string{
		"苏政办发〔2019〕56号":  "省政府办公厅关于推进政务新媒体健康有序发展的实施意见",
		"苏政办发〔2018〕112号": "省政府办公厅关于规范政府信息依申请公开办理程序的意见",
		"苏政办发〔2019〕50号":  "省政府办公厅修改关于规范政府信息依申请公开办理程序意见的通知",
	}, numbered(doc.Citations))
	it = itemWith(t, doc.Plan, "定期公开政府债务限额")
	require.NotNil(t, it.Frequency)
	assert.Equal(t, model.EveryRegularly, it.Frequency.Every)

	doc, err = parse.File("../testdata/seeds/004_45295426abe6c441.txt")
	require.NoError(t, err)
	it = itemWith(t, doc.Plan, "1个工作日内")
	assert.Equal(t, &model.Duration{Value: 1, Unit: model.UnitWorkday}, it.Deadlines[0].Duration)
}

// A 完成时限 column gives each row's item its typed deadline, located in
// the cell; a bare month or 长期 counts there as it would not in prose.
func TestDeadlineColumn(t *testing.T) {
	text := "某县2022年民生实事任务分解表\n\n" +
		"序号\t工作任务\t责任单位\t完成时限\n" +
		"1\t新建城区公厕10座\t县住建局\t9月\n" +
		"2\t改造老旧小区5个\t县住建局\t12月底前\n" +
		"3\t开展义诊活动\t县卫健局\t长期\n"
	doc, err := parse.Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Plan)
	want := map[string]struct {
		kind       model.DeadlineKind
		start, end string
		cell       string
	}{
		"新建城区公厕": {model.DeadlinePeriod, "2022-09-01", "2022-09-30", "9月"},
		"改造老旧小区": {model.DeadlineDate, "", "2022-12-31", "12月底前"},
		"开展义诊活动": {model.DeadlineOngoing, "", "", "长期"},
	}
	for s, w := range want {
		it := itemWith(t, doc.Plan, s)
		assert.Equal(t, w.cell, it.Deadline, s)
		require.Len(t, it.Deadlines, 1, s)
		d := it.Deadlines[0]
		assert.Equal(t, w.kind, d.Kind, s)
		assert.Equal(t, w.start, d.Start, s)
		assert.Equal(t, w.end, d.End, s)
		assert.Equal(t, w.cell, text[d.Span.Start:d.Span.End], s)
	}
}
