package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// headedPlan builds a work plan from lines: a line opening 一、 is a goal,
// one opening （ a task, any other an item of the task before (or, with
// none, of an unnumbered task). A task left without items gets one
// repeating its title, as the parser reads a bare heading. Every item
// has a unit, so only the plan's end can be in doubt.
func headedPlan(lines ...string) (*model.Document, string) {
	text := strings.Join(lines, "\n")
	p := &model.Plan{}
	at := 0
	for _, l := range lines {
		sp := model.Span{Start: at, End: at + len(l), Line: 1}
		at += len(l) + 1
		switch {
		case strings.HasPrefix(l, "一、") || strings.HasPrefix(l, "二、"):
			p.Goals = append(p.Goals, model.Goal{ID: "g", No: "一", Index: len(p.Goals) + 1, Title: l, Span: sp})
		case strings.HasPrefix(l, "（"):
			g := &p.Goals[len(p.Goals)-1]
			g.Tasks = append(g.Tasks, model.Task{ID: "t", No: "一", Index: len(g.Tasks) + 1, Title: strings.TrimSuffix(l[len("（一）"):], "。"), Span: sp})
		default:
			g := &p.Goals[len(p.Goals)-1]
			if len(g.Tasks) == 0 {
				g.Tasks = append(g.Tasks, model.Task{ID: "t", Span: sp})
			}
			t := &g.Tasks[len(g.Tasks)-1]
			t.Items = append(t.Items, model.Item{ID: "i", Text: l, Span: sp, Units: []model.Unit{{Name: "县民政局", Role: model.RoleResponsible, Span: sp}}})
			t.Span.End = sp.End
		}
	}
	for gi := range p.Goals {
		for ti := range p.Goals[gi].Tasks {
			if t := &p.Goals[gi].Tasks[ti]; len(t.Items) == 0 {
				t.Items = []model.Item{{ID: "i", Text: t.Title, Span: t.Span, Units: []model.Unit{{Name: "县民政局", Role: model.RoleResponsible, Span: t.Span}}}}
			}
		}
	}
	return &model.Document{ID: "d", Kind: model.KindWorkPlan, Warnings: []model.Warning{}, Plan: p}, text
}

func TestCheckEndsAtHeading(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		cut   bool
	}{
		{"ends with an item", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。"}, false},
		{"ends at a task heading", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "（三）审计公开"}, true},
		{"ends at a goal heading", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "二、保障"}, true},
		{"page furniture after the heading", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "（三）审计公开"}, true},
		{"a heading running on into its sentence", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "二、保障。各单位要抓好落实。"}, false},
		{"a task heading that is a sentence", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "（三）做好审计结果公开。"}, false},
		{"a plan of bare headings", []string{"一、公开", "（一）预算公开", "（二）决算公开", "（三）审计公开"}, false},
		{"text after the heading", []string{"一、公开", "（一）预算公开", "公开部门预算。", "（二）决算公开", "公开部门决算。", "（三）审计公开", "各单位要按时报送。"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, text := headedPlan(tc.lines...)
			if strings.HasPrefix(tc.name, "page furniture") {
				text += "\n\n打印本页　关闭窗口\n- 3 -\n"
			}
			Assess(d, &Evidence{Text: text})
			var flagged bool
			for _, r := range d.Quality.Reasons {
				if r.Code == model.ReasonTruncated && r.Message == "the plan ends at this heading with nothing under it" {
					flagged = true
				}
			}
			assert.Equal(t, tc.cut, flagged)
			if tc.cut {
				assert.True(t, d.Quality.Review, "a plan cut at a heading goes to review")
			}
		})
	}
}
