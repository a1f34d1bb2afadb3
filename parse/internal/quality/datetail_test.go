package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestDateTail(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"建立重大项目信息公开专栏并按月更新2024年6月底前", true},
		{"建立重大项目信息公开专栏并按月更新2024年第三季度", true},
		{"建立重大项目信息公开专栏并按月更新２０２４年６月底前", true},   // full-width digits
		{"建立重大项目信息公开专栏并按月更新。2024年6月底前", false}, // a mark before it: a cell of its own
		{"建立重大项目信息公开专栏，力争2024年6月底前", false},    // a time word introduces it
		{"建立重大项目信息公开专栏，截至2024年6月", false},
		{"建立重大项目信息公开专栏，新增就业岗位1800个", false}, // a number, no limit
		{"建立重大项目信息公开专栏", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dateTail(tt.text), tt.text)
	}
}

// TestCheckDateTails: two items without a deadline that end in one glued
// to their text send the Document to review; one does not, nor two whose
// items have a deadline of their own.
func TestCheckDateTails(t *testing.T) {
	const glued = "公开部门预算和三公经费2024年6月底前"
	for _, tt := range []struct {
		name     string
		texts    []string
		deadline string
		flag     bool
	}{
		{"two glued", []string{glued, glued}, "", true},
		{"one glued", []string{glued, "公开部门预算。"}, "", false},
		{"deadlines of their own", []string{glued, glued}, "2024年12月底前", false},
	} {
		d := planDoc()
		items := d.Plan.Goals[0].Tasks[0].Items[1:]
		d.Plan.Goals[0].Tasks[0].Items = items
		for i, text := range tt.texts {
			items[i].Text, items[i].Deadline = text, tt.deadline
		}
		Assess(d, &Evidence{Text: planText})
		assert.Equal(t, tt.flag, hasFlag(items[0].Flags, model.ReasonMarksInText), tt.name)
		assert.Equal(t, tt.flag, d.Quality.Review, "%s: score %v", tt.name, d.Quality.Score)
	}
}
