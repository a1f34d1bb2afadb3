package quality

import (
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
		texts  []string // each task's first item
		tables bool
		flag   bool
		more   bool // each task has a second item, a row under the task's
	}{
		{"titles are the items", []string{title + "。", title, "另一项工作内容。"}, true, true, false},
		{"items open with the titles", []string{title + "1.简化开办流程。2.压缩办理时限。", title + "全程网上办理。", "另一项工作内容。"}, true, true, false},
		{"one of three", []string{title + "。", "另一项工作内容。", "再一项工作内容。"}, true, false, false},
		{"no such table", []string{title + "。", title}, false, false, false},
		{"rows under the tasks", []string{title + "。", title, "另一项工作内容。"}, true, true, true},
		{"rows under the tasks, items say more", []string{"另一项工作内容。", "再一项工作内容。"}, true, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			titles := make([]string, len(tt.texts))
			for i := range titles {
				titles[i] = title
			}
			d := tasksDoc(titles, tt.texts)
			g := &d.Plan.Goals[0]
			for i := range g.Tasks {
				if tt.more {
					it := g.Tasks[i].Items[0]
					it.Text = "补充一项具体工作内容。"
					g.Tasks[i].Items = append(g.Tasks[i].Items, it)
				}
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
