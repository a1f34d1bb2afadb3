package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestRowTail(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want bool
	}{
		{"unit cells and a deadline under the sentence", "科技创新\n新认定高新技术企业30家以上。\n科技局\n财政局、统计分局\n12月底", true},
		{"one unit cell", "新建众创空间3个。\n科技局\n2024年11月底前", true},
		{"a signature and its date", "认真抓好落实。\n某县人民政府办公室\n2024年3月1日", false},
		{"no unit cell", "新建众创空间3个。\n12月底", false},
		{"a sentence after the cells", "新建众创空间3个。\n科技局\n年底前完成验收。", false},
		{"prose naming a unit", "新建众创空间3个，由科技局负责。\n12月底", false},
		{"no sentence end", "科技局\n12月底", false},
	} {
		for _, trad := range []bool{false, true} {
			text := tt.text
			if trad {
				text = strings.NewReplacer("统计分局", "統計分局", "财政局", "財政局", "办公室", "辦公室", "县", "縣").Replace(text)
			}
			t.Run(tt.name, func(t *testing.T) {
				assert.Equal(t, tt.want, rowTail(text))
			})
		}
	}
}

// itemIndex is the index of the item a reason's path points to, or -1.
func itemIndex(path string) int {
	_, after, ok := strings.Cut(path, "/items/")
	if !ok {
		return -1
	}
	n := 0
	for _, r := range after {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func TestCheckRowTails(t *testing.T) {
	row := func(n int) string {
		return []string{"科技创新\n新认定高新技术企业30家以上。\n科技局\n财政局、统计分局\n12月底",
			"产业园区建设\n年内新入驻企业15家。\n招商局\n规划建设局、经济发展局\n12月底",
			"双创平台\n新建众创空间3个。\n科技局\n人力资源和社会保障局\n11月底"}[n]
	}
	for _, tt := range []struct {
		name  string
		items []string
		want  int // the item flagged, or -1
	}{
		{"rows run into items", []string{row(0), row(1), row(2)}, 1},
		{"one row: a signature's shape", []string{"推进公开。", row(1)}, -1},
		{"prose", []string{"推进公开。", "做好解读。（县政府办公室负责）", "强化监管。\n建立信用档案。"}, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var items []model.Item
			text := ""
			for _, s := range tt.items {
				items = append(items, model.Item{Text: s, Span: model.Span{Start: len(text), End: len(text) + len(s)}})
				text += s + "\n"
			}
			doc := &model.Document{Kind: model.KindWorkPlan, Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Title: "推进", Items: items}}}}}}
			Assess(doc, &Evidence{Text: text})
			flagged := -1
			for _, r := range doc.Quality.Reasons {
				if strings.HasPrefix(r.Message, "ends on unit cells") {
					flagged = itemIndex(r.Path)
				}
			}
			assert.Equal(t, tt.want, flagged)
		})
	}
}
