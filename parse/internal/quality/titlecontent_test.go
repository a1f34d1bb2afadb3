package quality

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestTitleIsContent: tasks of a table whose header names a task and a
// content column, most of whose one item repeats the title, are flagged;
// not when the items say more than the titles, nor outside such a table.
func TestTitleIsContent(t *testing.T) {
	const title = "优化企业开办服务推行企业开办一网通办"
	tests := []struct {
		name   string
		texts  []string // each task's one item
		tables bool
		flag   bool
	}{
		{"titles are the items", []string{title + "。", title, "另一项工作内容。"}, true, true},
		{"one of three", []string{title + "。", "另一项工作内容。", "再一项工作内容。"}, true, false},
		{"no such table", []string{title + "。", title}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := planDoc()
			g := &d.Plan.Goals[0]
			base := g.Tasks[0]
			g.Tasks = nil
			for i, text := range tt.texts {
				task := base
				task.Index, task.No = i+1, strconv.Itoa(i+1) // in sequence
				task.Title = title
				it := base.Items[1]
				it.Text = text
				task.Items = []model.Item{it}
				g.Tasks = append(g.Tasks, task)
			}
			ev := &Evidence{Text: planText}
			if tt.tables {
				ev.TwoTextTables = []model.Span{{Start: 0, End: len(planText)}}
			}
			Assess(d, ev)
			assert.Equal(t, tt.flag, hasFlag(g.Tasks[0].Flags, model.ReasonMarksInText), "%v", g.Tasks[0].Flags)
			assert.Equal(t, tt.flag, d.Quality.Review, "score %v", d.Quality.Score)
		})
	}
}
