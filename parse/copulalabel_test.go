package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// TestCopulaLabel requires a unit label followed by a copula instead of a
// colon (责任单位为县司法局、县财政局, 牵头单位是…，配合单位是…) to give the
// same units and roles as the colon form, for every label, copula, place
// of the clause (a bracket, a closing sentence, a line of its own, a
// sentence between two when a colon follows the copula), list separator,
// script and width of colon after the copula; a clause between two
// sentences with no colon, which the parser does not look for (it would
// cost every paragraph a search), to be flagged; and a copula whose value
// names no organisation to stay text.
func TestCopulaLabel(t *testing.T) {
	type unit struct{ name, role string }
	lists := []struct {
		name  string
		value func(cop string) string // the clause, with its copula
		want  []unit
	}{
		{"one label", func(c string) string { return "责任单位" + c + "县司法局、县财政局" },
			[]unit{{"县司法局", "responsible"}, {"县财政局", "responsible"}}},
		{"one label, comma list", func(c string) string { return "责任部门" + c + "县司法局，各乡镇（街道）" },
			[]unit{{"县司法局", "responsible"}, {"各乡镇（街道）", "responsible"}}},
		{"lead and cooperating", func(c string) string {
			return "牵头单位" + c + "县司法局；配合单位" + c + "县财政局、县审计局"
		},
			[]unit{{"县司法局", "lead"}, {"县财政局", "cooperate"}, {"县审计局", "cooperate"}}},
		{"lead and cooperating by comma", func(c string) string { return "牵头单位" + c + "县司法局，配合单位" + c + "县财政局" },
			[]unit{{"县司法局", "lead"}, {"县财政局", "cooperate"}}},
		{"bracketed place name", func(c string) string { return "牵头部门" + c + "各县（市、区）人民政府" },
			[]unit{{"各县（市、区）人民政府", "lead"}}},
	}
	places := []struct {
		name  string
		text  string // %s is the clause
		items int
	}{
		{"bracket", "一、重点任务\n（一）推进决策公开\n完善征求意见机制。（%s）\n（二）深化执行公开\n加强政策解读。（县发改局负责）\n", 2},
		{"closing sentence", "一、重点任务\n（一）推进决策公开\n完善征求意见机制。%s。\n（二）深化执行公开\n加强政策解读。（县发改局负责）\n", 2},
		{"line of its own", "一、重点任务\n（一）推进决策公开\n完善征求意见机制，健全公众参与渠道。\n%s。\n（二）深化执行公开\n加强政策解读。（县发改局负责）\n", 2},
		// Only a copula with its colon is read there (labelSentences asks
		// only texts holding a colon); the others are flagged, below.
		{"between two sentences", "一、重点任务\n（一）推进决策公开\n完善征求意见机制。%s。加强政策解读。（县发改局负责）\n（二）深化执行公开\n强化结果公开。（县审计局负责）\n", 3},
	}
	copulas := []string{"为", "是", "为：", "为:", "是 "}
	for _, l := range lists {
		for _, p := range places {
			for _, cop := range copulas {
				if p.name == "between two sentences" && !hasColon(cop) {
					continue
				}
				for _, trad := range []bool{false, true} {
					t.Run(fmt.Sprintf("%s/%s/%q/trad=%v", l.name, p.name, cop, trad), func(t *testing.T) {
						text := fmt.Sprintf(p.text, l.value(cop))
						if trad {
							text = toTraditional(text)
						}
						doc, err := Text(text)
						require.NoError(t, err)
						require.NotNil(t, doc.Plan)
						var items int
						for _, tk := range doc.Plan.Goals[0].Tasks {
							items += len(tk.Items)
						}
						assert.Equal(t, p.items, items, "items")
						first := doc.Plan.Goals[0].Tasks[0].Items[0]
						var got []unit
						for _, u := range first.Units {
							got = append(got, unit{segment.ToSimplified(u.Name), string(u.Role)})
						}
						assert.Equal(t, l.want, got)
						assert.NotContains(t, segment.ToSimplified(first.Text), "单位", "the clause stays out of the item's text")
					})
				}
			}
		}
	}
	// Between two sentences the clause is not read, but Quality says so.
	for _, l := range lists {
		for _, cop := range copulas {
			if hasColon(cop) {
				continue
			}
			t.Run(fmt.Sprintf("%s/between two sentences, flagged/%q", l.name, cop), func(t *testing.T) {
				doc, err := Text(fmt.Sprintf("一、重点任务\n（一）推进决策公开\n完善征求意见机制。%s。加强政策解读。（县发改局负责）\n（二）深化执行公开\n强化结果公开。（县审计局负责）\n", l.value(cop)))
				require.NoError(t, err)
				assert.True(t, doc.Quality.Review, "score %.2f", doc.Quality.Score)
				assert.Contains(t, reasonCodes(doc), model.ReasonMarksInText)
			})
		}
	}
	// A copula whose value is no organisation is prose: the item keeps it
	// and gets no unit from it.
	for _, prose := range []string{"牵头单位为第一责任人", "责任单位是落实主体", "牵头单位为第一责任单位", "责任单位为民服务意识不断增强", "配合单位为2个"} {
		t.Run("prose/"+prose, func(t *testing.T) {
			doc, err := Text("一、重点任务\n（一）推进决策公开\n完善征求意见机制。" + prose + "。\n（二）深化执行公开\n加强政策解读。（县发改局负责）\n")
			require.NoError(t, err)
			require.NotNil(t, doc.Plan)
			first := doc.Plan.Goals[0].Tasks[0].Items[0]
			assert.Empty(t, first.Units)
			assert.True(t, strings.Contains(first.Text, prose), first.Text)
		})
	}
}
