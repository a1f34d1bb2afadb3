package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestUnreadRows(t *testing.T) {
	row := func(n, unit string) string {
		return n + "\n\n植树造林，新增绿地十公顷。\n\n" + unit + "\n\n2025年6月底前\n\n"
	}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"rows a cell a line", "某县任务清单\n\n" + row("1", "县林业局") + row("2", "县水务局牵头，县财政局配合") + row("3", "县农业农村局、各乡镇"), true},
		{"crlf lines", strings.ReplaceAll("某县任务清单\n"+row("1", "县林业局")+row("2", "县水务局")+row("3", "县财政局"), "\n", "\r\n"), true},
		{"two rows only", row("1", "县林业局") + row("2", "县水务局"), false},
		{"numbers out of sequence", row("1", "县林业局") + row("3", "县水务局") + row("4", "县财政局"), false},
		{"no unit cells", row("1", "全年") + row("2", "每季度") + row("3", "持续推进"), false},
		{"page numbers", "第一段正文。\n1\n第二段正文。\n2\n第三段正文。\n3\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := unreadRows(tt.text)
			assert.Equal(t, tt.want, ok)
		})
	}
}

func TestCheckUnreadRows(t *testing.T) {
	text := "某县任务清单\n1\n植树造林。\n县林业局\n2\n修建水渠。\n县水务局\n3\n发放补贴。\n县财政局\n"
	for _, tt := range []struct {
		name string
		plan *model.Plan
		want bool
	}{
		{"no plan read", nil, true},
		{"a plan read", &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Title: "植树造林"}}}}}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Kind: model.KindNotice, Plan: tt.plan}
			Assess(doc, &Evidence{Text: text})
			said := false
			for _, r := range doc.Quality.Reasons {
				said = said || r.Code == model.ReasonMarksInText && r.Element == ""
			}
			assert.Equal(t, tt.want, said)
		})
	}
}
