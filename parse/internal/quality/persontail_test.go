package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestPersonTail(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"关于提升农村寄递物流服务水平的建议 李建军", true},
		{"推进城市更新行动，年内启动改造老旧小区120个。副市长 王建华", true},
		{"统一答复文书格式，进行复核。\n副县长 刘晓燕", true},
		{"关于加强中小学生心理健康教育的提案　王红梅  ", true},
		{"关于加强中小学生心理健康教育的提案 民盟贵州省委", false}, // an organ, not a person
		{"关于提升农村寄递物流服务水平的建议", false},
		{"王建华", false},     // a name alone: another check's
		{"开展 专项整治", false}, // 专项整治 is no name
		{"推进决策公开 县财政局", false},
		{"新增城镇就业 1.2 万人", false},   // a number's unit: 万 is a surname
		{"发放种粮补贴资金 500 万元", false}, // the same after three digits
		{"完成补贴性技能培训３ 万人", false},   // after a full-width digit
		{"发放种粮补贴资金　500　万元", false}, // after full-width spaces
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, personTail(tt.s) != "", tt.s)
	}
}

// TestCheckPersonTails: two titles or items ending in a person's name
// after white space send the Document to review, one does not (a name by
// chance), and an item repeating its task's title counts with the task,
// once; a name the notice's text uses as a place's stem or a word of its
// sentences is no person.
func TestCheckPersonTails(t *testing.T) {
	const (
		named = "推进农村生活污水治理 王建华"
		plain = "推进农村生活污水治理"
		other = "开展河道清淤疏浚 李红梅"
	)
	tests := []struct {
		name          string
		titles, texts [2]string // two tasks, each with one item
		flag          bool
		more          string // the notice's text besides
	}{
		{"two titles", [2]string{named, other}, [2]string{"治理内容。", "清淤内容。"}, true, ""},
		{"a title and another task's item", [2]string{named, plain}, [2]string{"治理内容。", other}, true, ""},
		{"one title", [2]string{named, plain}, [2]string{"治理内容。", "清淤内容。"}, false, ""},
		{"a title and its item repeating it", [2]string{named, plain}, [2]string{named, "清淤内容。"}, false, ""},
		{"a title repeated, and another title", [2]string{named, other}, [2]string{named, "清淤内容。"}, true, ""},
		{"places the text names with their rank", [2]string{"推进农村生活污水治理 江阴", "开展河道清淤疏浚 张家港"}, [2]string{"治理内容。", "清淤内容。"}, false, "江阴市、张家港市人民政府"},
		{"words of the text's sentences", [2]string{"推动经济发展 高质量", "开展河道清淤疏浚 高标准"}, [2]string{"治理内容。", "清淤内容。"}, false, "推动高质量发展，坚持高标准建设。"},
		{"persons the text names with their post", [2]string{named, other}, [2]string{"治理内容。", "清淤内容。"}, true, "王建华副县长、李红梅同志负责。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tasksDoc(tt.titles[:], tt.texts[:])
			g := &d.Plan.Goals[0]
			Assess(d, &Evidence{Text: planText + tt.more})
			flagged := hasFlag(g.Tasks[0].Flags, model.ReasonMarksInText) || hasFlag(g.Tasks[0].Items[0].Flags, model.ReasonMarksInText)
			assert.Equal(t, tt.flag, flagged, "%v %v", g.Tasks[0].Flags, g.Tasks[0].Items[0].Flags)
			if tt.more == "" { // a text besides leaves the plan's text unplaced
				assert.Equal(t, tt.flag, d.Quality.Review, "score %v", d.Quality.Score)
			}
		})
	}
}
