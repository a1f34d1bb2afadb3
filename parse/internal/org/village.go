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
}

// Village stems run from minVillageStem to maxVillageStem Han characters
// (德天, 二道河, 大东沟门): a longer run before 村 is a phrase, a shorter
// one a word (山村, 渔村).
const (
	minVillageStem = 2
	maxVillageStem = 4
)

// IsVillage reports whether s is a village's own name: a stem of Han
// characters only, minVillageStem to maxVillageStem long, then 村, the
// stem ending in none of villageClasses. Either script is read.
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
	return true
}
