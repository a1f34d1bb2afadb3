package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestUnreadUnitTail(t *testing.T) {
	tests := []struct {
		text  string
		units []string
		want  bool
	}{
		{"完成农村危房改造一百户。县住建局", nil, true},
		{"完成农村危房改造一百户。县住建局、县民政局", []string{"县民政局"}, true},
		{"完成农村危房改造一百户。县住建局（牵头），各乡镇人民政府", nil, true},
		{"完成农村危房改造一百户。牵头：县住建局 配合：县财政局", nil, true},
		{"完成农村危房改造一百户。县住建局牵头，县财政局配合", nil, true},
		{"完成農村危房改造一百戶。縣住建局", nil, true},               // traditional script
		{"完成农村危房改造一百户。县住建局", []string{"县住建局"}, false}, // its own unit
		{"完成农村危房改造一百户。", nil, false},
		{"完成农村危房改造一百户。年底前完成验收", nil, false}, // a sentence, no names
		{"完成农村危房改造一百户", nil, false},
		{"完成农村危房改造一百户。主办单位：某县人民政府办公室", nil, false}, // a portal's footer
		{"完成农村危房改造。县住建局负责验收资料归档工作", nil, false},    // a sentence naming a unit
	}
	for _, tt := range tests {
		it := &model.Item{Text: tt.text}
		for _, u := range tt.units {
			it.Units = append(it.Units, model.Unit{Name: u})
		}
		assert.Equal(t, tt.want, unreadUnitTail(it), tt.text)
	}
}

// TestCheckUnitTails: an item whose text ends in a unit cell it was not
// given is flagged and the Document sent to review.
func TestCheckUnitTails(t *testing.T) {
	for _, tt := range []struct {
		text string
		flag bool
	}{
		{"公开部门预算。县审计局、县统计局", true},
		{"公开部门预算。", false},
	} {
		d := planDoc()
		items := d.Plan.Goals[0].Tasks[0].Items[1:]
		d.Plan.Goals[0].Tasks[0].Items = items
		items[0].Text = tt.text
		Assess(d, &Evidence{Text: planText})
		assert.Equal(t, tt.flag, hasFlag(items[0].Flags, model.ReasonMarksInText), tt.text)
		assert.Equal(t, tt.flag, d.Quality.Review, "%s: score %v", tt.text, d.Quality.Score)
	}
}
