package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// spannedUnits reads the units named in clause, in order, as a unit reader
// would: each name with its span in text (the clause after a prefix).
func spannedUnits(t *testing.T, prefix, clause string, names ...string) (string, []model.Unit) {
	text := prefix + clause
	var out []model.Unit
	at := len(prefix)
	for _, n := range names {
		k := strings.Index(text[at:], n)
		require.GreaterOrEqual(t, k, 0, n)
		at += k
		out = append(out, model.Unit{Name: n, Span: model.Span{Start: at, End: at + len(n)}})
		at += len(n)
	}
	return text, out
}

// assertRoleFlags assesses a plan of one item per pair of roles, the item
// itemText with the units 市林业局 and 市水务局 of its clause (after the
// text so far and before), read with the pair's roles, and asserts that
// the document is sent to review and unit flagged[1] of item flagged[0]
// flagged ReasonUnitRole, that one only (none where flagged[0] is -1).
// The text opens with a line naming the lead, as a table's header or a
// notice does: a lead the text names no word for is flagged by itself
// (checkUnsaidLead).
func assertRoleFlags(t *testing.T, before, clause, itemText string, roles [][2]model.Role, flagged [2]int) {
	text := "各牵头单位要切实履行职责。\n"
	var items []model.Item
	for _, r := range roles {
		var us []model.Unit
		text, us = spannedUnits(t, text+before, clause, "市林业局", "市水务局")
		us[0].Role, us[1].Role = r[0], r[1]
		items = append(items, model.Item{Text: itemText, Units: us})
	}
	doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: items}}}}}}
	Assess(doc, &Evidence{Text: text})
	assert.Equal(t, flagged[0] >= 0, doc.Quality.Review)
	for ii, it := range doc.Plan.Goals[0].Tasks[0].Items {
		for ui, u := range it.Units {
			assert.Equal(t, ii == flagged[0] && ui == flagged[1], hasFlag(u.Flags, model.ReasonUnitRole), "item %d unit %d", ii, ui)
		}
	}
}

func TestSplitAtConj(t *testing.T) {
	tests := []struct {
		clause string
		names  []string
		want   bool
	}{
		// one body's name cut at its inner conjunction
		{"市公安和城乡建设局", []string{"市公安", "城乡建设局"}, true},
		{"县人社和旅游局", []string{"县人社", "旅游局"}, true},
		{"中央和国家机关工委", []string{"中央", "国家机关工委"}, true},
		{"市政府与社会保障办", []string{"市政府", "社会保障办"}, true},
		{"縣稅務及信息化局", []string{"縣稅務", "信息化局"}, true},
		{"县教育和体育局", []string{"县教育", "体育局"}, true},
		{"市税务 以及 信息化局", []string{"市税务", "信息化局"}, true},
		// whole names listed with a conjunction
		{"市水利局和市城乡建设局", []string{"市水利局", "市城乡建设局"}, false},
		{"市发展改革委和人民银行某某中心支行", []string{"市发展改革委", "人民银行某某中心支行"}, false},
		{"商务部等和各有关省级人民政府", []string{"商务部等", "各有关省级人民政府"}, false},
		{"区行政服务中心和区市场监管局", []string{"区行政服务中心", "区市场监管局"}, false},
		{"市政府和市直各单位", []string{"市政府", "市直各单位"}, false},
		{"共青团中央和县妇联", []string{"共青团中央", "县妇联"}, false},
		// not side by side, or something else between them
		{"市公安、城乡建设局", []string{"市公安", "城乡建设局"}, false},
		{"市公安牵头，城乡建设局", []string{"市公安", "城乡建设局"}, false},
		{"市公安和縣城乡建设局", []string{"市公安", "縣城乡建设局"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			text, us := spannedUnits(t, "（", tt.clause, tt.names...)
			assert.Equal(t, tt.want, splitAtConj(text, us[0], us[1]))
		})
	}
}

func TestCheckSplitNames(t *testing.T) {
	text, us := spannedUnits(t, "推进公开。（", "市财政局、市公安和城乡建设局负责）", "市财政局", "市公安", "城乡建设局")
	doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{{Text: "推进公开。", Units: us}}}}}}}}
	Assess(doc, &Evidence{Text: text})
	assert.True(t, doc.Quality.Review)
	assert.Equal(t, []string{model.ReasonUnitName}, doc.Plan.Goals[0].Tasks[0].Items[0].Units[2].Flags)
	assert.Empty(t, doc.Plan.Goals[0].Tasks[0].Items[0].Units[1].Flags)
}
