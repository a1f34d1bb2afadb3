package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelSentenceInsideParagraph requires a label sentence (责任单位：X。)
// that opens a paragraph or stands between two of its sentences to be
// read as a unit clause, for each label, colon width, script and spacing.
func TestLabelSentenceInsideParagraph(t *testing.T) {
	labels := []struct{ label, role string }{
		{"责任单位", "responsible"}, {"牵头单位", "lead"}, {"包联单位", "responsible"}, {"責任單位", "responsible"},
	}
	shapes := []struct {
		name, text string
		want       []string // items: first line and unit count
	}{
		{"opening the task's content", "一、重点任务\n（一）推进决策公开。%s%s县司法局。%s完善征求意见机制。\n（二）深化执行公开。（县发改局负责）\n",
			[]string{"完善征求意见机制。 1", "深化执行公开。 1"}},
		{"between two sentences", "一、重点任务\n（一）推进决策公开\n完善征求意见机制。%s%s县司法局。%s加强政策解读。（县政府办负责）\n（二）深化执行公开。（县发改局负责）\n",
			[]string{"完善征求意见机制。 1", "加强政策解读。 1", "深化执行公开。 1"}},
	}
	for _, l := range labels {
		for _, colon := range []string{"：", ":"} {
			for _, space := range []string{"", "\u3000"} {
				for _, sh := range shapes {
					t.Run(fmt.Sprintf("%s%s/%q/%s", l.label, colon, space, sh.name), func(t *testing.T) {
						doc, err := Text(fmt.Sprintf(sh.text, l.label, colon, space))
						require.NoError(t, err)
						require.NotNil(t, doc.Plan)
						var got []string
						for _, tk := range doc.Plan.Goals[0].Tasks {
							for _, it := range tk.Items {
								got = append(got, fmt.Sprintf("%s %d", firstLine(it.Text), len(it.Units)))
							}
						}
						assert.Equal(t, sh.want, got)
						first := doc.Plan.Goals[0].Tasks[0].Items[0]
						if assert.Len(t, first.Units, 1) {
							assert.Equal(t, "县司法局", first.Units[0].Name)
							assert.Equal(t, l.role, string(first.Units[0].Role))
						}
					})
				}
			}
		}
	}
	t.Run("a label sentence without units stays text", func(t *testing.T) {
		got := treeLines(t, "一、重点任务\n（一）推进决策公开\n完善征求意见机制。责任单位：按职责分工落实到位。加强政策解读。（县政府办负责）\n")
		assert.Equal(t, []string{"一 重点任务", "  一 推进决策公开", "  - 完善征求意见机制。责任单位：按职责分工落实到位。加强政策解读。 1"}, got)
	})
}
