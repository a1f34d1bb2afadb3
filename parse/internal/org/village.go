package org

import (
	"strings"

	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// A village (行政村) is named by its proper name and 村: 德天村, 二道河村.
// In a township's plan such a name in a unit list is the village's
// committee, a unit. 村 alone is no organisation ending (Ending): 农村 and
// 乡村 close tasks (推进美丽乡村), and the words before 村 may name a class
// of villages (贫困村, 示范村, 城中村) rather than one.

// villageClasses are the words before 村 that name a class of villages,
// or count or point at them (三个村, 各村, 所在村), in simplified script:
// X村 whose X ends in one is no village's own name.
var villageClasses = []string{
	"农", "乡", "个", "各", "全", "本", "该", "每", "邻", "有关", "相关", "所在", "其他", "其余",
	"贫困", "脱贫", "示范", "试点", "重点", "中心", "空心", "城中", "自然", "边境", "特色", "文明",
	"薄弱", "涣散", "先进", "后进", "传统", "民族", "移民", "搬迁", "宜居", "美丽", "和美", "明星",
	"卫生", "生态", "小康", "精品", "帮扶", "结对", "旅游", "样板", "星级", "标杆", "达标",
}

// villageAwards are the verbs that open a task naming a village's class or
// title (创建卫生村, 争创平安村, 打造精品村): a stem opening with one and
// going on is a task's words, not a village's own name.
var villageAwards = []string{"创建", "争创", "打造", "建成", "培育", "评选", "命名"}

// bodyEndings close the name of a body that stands in a unit list (镇司法所,
// 镇农办, 乡财政所, 县林业站). A stem of three runes or more ending in one
// is that body with the 村 of a next name glued on (镇司法所、各村 read as
// 镇司法所村), not a village: a two-rune stem (前所村, 水站村) stays a name.
// Endings that close places as often as bodies (园, 台, 市, 院: 花园村,
// 高台村, 书院村) are not among them.
var bodyEndings = []string{"局", "委", "办", "厅", "所", "站", "室", "处", "科", "股", "队", "政府", "中心", "公司", "办事处"}

// minGluedBody is the shortest stem read as a body glued to 村.
const minGluedBody = 3

// Village stems run from minVillageStem to maxVillageStem Han characters
// (德天, 二道河, 大东沟门): a longer run before 村 is a phrase, a shorter
// one a word (山村, 渔村).
const (
	minVillageStem = 2
	maxVillageStem = 4
)

// IsVillage reports whether s is a village's own name: a stem of Han
// characters only, minVillageStem to maxVillageStem long, then 村, the
// stem ending in none of villageClasses, opening with none of
// villageAwards, and, minGluedBody runes or longer, ending in none of
// bodyEndings. Either script is read.
func IsVillage(s string) bool {
	stem, ok := strings.CutSuffix(trimSpace(s), "村")
	if !ok {
		return false
	}
	n := 0
	for _, r := range stem {
		if !script.IsHan(r) {
			return false
		}
		n++
	}
	if n < minVillageStem || n > maxVillageStem {
		return false
	}
	stem = segment.ToSimplified(stem)
	for _, w := range villageClasses {
		if strings.HasSuffix(stem, w) {
			return false
		}
	}
	for _, w := range villageAwards {
		if strings.HasPrefix(stem, w) && len(stem) > len(w) {
			return false
		}
	}
	if n >= minGluedBody {
		for _, w := range bodyEndings {
			if strings.HasSuffix(stem, w) {
				return false
			}
		}
	}
	return true
}
