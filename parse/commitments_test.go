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

// seedPlace is a run of n runes of a seed at line (1-based), rune col:
// the seeds' text is named by its place, not copied into the tests.
type seedPlace struct{ line, col, n int }

// seedRun returns the run of the seed's text at pl.
func seedRun(t *testing.T, text string, pl seedPlace) string {
	t.Helper()
	lines := strings.Split(text, "\n")
	require.LessOrEqual(t, pl.line, len(lines))
	r := []rune(lines[pl.line-1])
	require.LessOrEqual(t, pl.col+pl.n, len(r), "line %d", pl.line)
	return string(r[pl.col : pl.col+pl.n])
}

// itemAt returns the item of the plan whose text holds the run at pl.
func itemAt(t *testing.T, p *model.Plan, text string, pl seedPlace) *model.Item {
	t.Helper()
	return itemWith(t, p, seedRun(t, text, pl))
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
	seed := seedText(t, "000")
	p := doc.Plan
	require.Equal(t, 2017, p.Year)

	it := itemAt(t, p, seed, seedPlace{40, 233, 13})
	assert.Equal(t, []seedDeadline{
		{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"},
		{model.DeadlineDate, "", "2017-12-31", "年底"},
		{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"},
	}, deadlinesOf(it))
	require.Len(t, it.Targets, 1)
	assert.Equal(t, model.Target{Op: model.TargetAtLeast, Value: 80, Unit: "%", Text: "80%以上", Span: it.Targets[0].Span}, it.Targets[0])
	assert.Equal(t, "80%以上", docText(t, "000_baa0cee3830c2c78", it.Targets[0].Span))

	it = itemAt(t, p, seed, seedPlace{71, 195, 9})
	assert.Equal(t, []seedDeadline{
		{model.DeadlineDate, "", "2017-12-31", "2017年年底"},
		{model.DeadlineDate, "", "2017-12-31", "年底前"},
	}, deadlinesOf(it))

	it = itemAt(t, p, seed, seedPlace{77, 23, 8})
	require.Len(t, it.Deadlines, 2)
	assert.Equal(t, &model.Duration{Value: 5, Unit: model.UnitHour}, it.Deadlines[0].Duration)
	assert.Equal(t, &model.Duration{Value: 24, Unit: model.UnitHour}, it.Deadlines[1].Duration)

	it = itemAt(t, p, seed, seedPlace{75, 36, 12})
	assert.Equal(t, []seedDeadline{{model.DeadlinePeriod, "2017-01-01", "2017-12-31", "年内"}}, deadlinesOf(it))
	require.Len(t, it.Targets, 1)
	assert.Equal(t, model.TargetAtLeast, it.Targets[0].Op)
	assert.Equal(t, 1.0, it.Targets[0].Value)
	assert.Equal(t, "次", it.Targets[0].Unit)

	it = itemAt(t, p, seed, seedPlace{53, 66, 13})
	require.Len(t, it.Targets, 1)
	assert.Equal(t, "不少于 5 个", it.Targets[0].Text)
	require.NotNil(t, it.Frequency)
	assert.Equal(t, model.EveryHalfYear, it.Frequency.Every)

	frequencies := map[seedPlace]model.Every{
		{64, 58, 12}:  model.EveryWeek,
		{29, 31, 12}:  model.EveryMonth,
		{59, 108, 14}: model.EveryYear,
		{28, 138, 12}: model.EveryRegularly,
	}
	for pl, want := range frequencies {
		s := seedRun(t, seed, pl)
		it := itemWith(t, p, s)
		require.NotNil(t, it.Frequency, s)
		assert.Equal(t, want, it.Frequency.Every, s)
		assert.Equal(t, it.Frequency.Text, docText(t, "000_baa0cee3830c2c78", it.Frequency.Span), s)
	}
	// Each citation: the place of its number and of the title before it.
	cited := func(seed string, places ...[2]seedPlace) map[string]string {
		out := map[string]string{}
		for _, pl := range places {
			out[seedRun(t, seed, pl[0])] = seedRun(t, seed, pl[1])
		}
		return out
	}
	assert.Equal(t, cited(seed, [2]seedPlace{{71, 68, 11}, {71, 44, 22}}, [2]seedPlace{{76, 45, 12}, {76, 13, 30}}), numbered(doc.Citations))
	require.NotNil(t, p.Title)
	for _, c := range doc.Citations {
		assert.NotEqual(t, p.Title.Value, c.Title, "the plan the notice issues is not a citation")
	}

	doc, err = parse.File("../testdata/seeds/001_2618c019250de3da.txt")
	require.NoError(t, err)
	seed = seedText(t, "001")
	assert.Equal(t, cited(seed,
		[2]seedPlace{{68, 48, 13}, {68, 20, 26}},
		[2]seedPlace{{76, 239, 14}, {76, 211, 26}},
		[2]seedPlace{{76, 288, 13}, {76, 256, 30}}), numbered(doc.Citations))
	it = itemAt(t, doc.Plan, seed, seedPlace{58, 49, 10})
	require.NotNil(t, it.Frequency)
	assert.Equal(t, model.EveryRegularly, it.Frequency.Every)

	doc, err = parse.File("../testdata/seeds/004_45295426abe6c441.txt")
	require.NoError(t, err)
	it = itemAt(t, doc.Plan, seedText(t, "004"), seedPlace{17, 379, 6})
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
