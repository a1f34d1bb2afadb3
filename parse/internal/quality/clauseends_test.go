package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment/script"
)

func TestClauseEnds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"verb clauses", "推进河道保洁。（县水利局牵头，各乡镇配合）\n建设污水管网。（县住建局负责）\n开展水质监测。\n", 2},
		{"label clause", "完成造林任务。（责任单位：县林业局）\n", 1},
		{"after the clause's full stop", "完成造林任务。（县林业局负责）。\n", 1},
		{"bracketed place inside", "延伸便民服务。（县政务服务中心牵头，各县（市、区）人民政府落实）\n", 1},
		{"a list ending in its verb", "整治农贸市场。（县市场监管局、县商务局按职责分工负责）\n", 1},
		{"wrapped over lines", "整治农贸市场，规范经营秩序。（县市场监管局牵\n头，县商务局配合）\n", 1},
		{"half-width brackets", "整治农贸市场。(县市场监管局负责)\n", 1},
		{"publication note", "（此件公开发布）\n", 0},
		{"bracket mid-line", "（县林业局负责）完成造林任务。\n", 0},
		{"bracket of a remark", "完成造林任务。（以上数据为初步统计）\n", 0},
		{"no bracket", "县林业局负责完成造林任务。\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, clauseEnds(tt.text))
			assert.Equal(t, tt.want, clauseEnds(script.ToTraditional(tt.text)), "traditional")
			assert.Equal(t, tt.want, clauseEnds(strings.ReplaceAll(tt.text, "\n", "\r\n")), "crlf")
		})
	}
}

// TestCheckWeakKindClauseEnds requires a notice read without a plan whose
// paragraphs close on unit clauses, three or more, to be weak_kind, and
// one with fewer, or with a plan, not.
func TestCheckWeakKindClauseEnds(t *testing.T) {
	items := "推进河道保洁。（县水利局牵头，各乡镇配合）\n建设污水管网。（县住建局负责）\n开展水质监测。（县生态环境分局负责）\n"
	plan := &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Title: "推进河道保洁"}}}}}
	for _, tt := range []struct {
		name string
		text string
		plan *model.Plan
		want bool
	}{
		{"three clauses, no plan", items, nil, true},
		{"two clauses, no plan", strings.Join(strings.SplitAfter(items, "\n")[:2], ""), nil, false},
		{"three clauses, a plan read", items, plan, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Kind: model.KindNotice, Plan: tt.plan}
			Assess(doc, &Evidence{Text: tt.text})
			said := false
			for _, r := range doc.Quality.Reasons {
				said = said || r.Code == model.ReasonWeakKind
			}
			assert.Equal(t, tt.want, said)
		})
	}
}
