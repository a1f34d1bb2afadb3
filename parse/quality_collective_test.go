package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// TestCollectiveUnitsRaiseNoDoubt: a collective (相关村, 有关村, 各村, 各乡镇,
// 有关单位) is a unit the corpus conventions list like any other, so
// it is read as one and raises no unit_name reason, in a bracket or a unit
// cell, in either script, with or without a bracketed note after it; a
// unit's name it does not look like still raises one.
func TestCollectiveUnitsRaiseNoDoubt(t *testing.T) {
	collectives := []string{"相关村", "有关村", "各村", "各乡镇", "有关单位", "相关村（社区）", "相关组"}
	shapes := []struct {
		name string
		text func(u string) string
	}{
		{"bracket", func(u string) string {
			return "一、重点任务\n（一）整治环境。完成两村环境综合整治。（镇农业服务中心牵头，" + u + "配合）\n（二）修缮道路。完成村道修缮。（镇建设办负责）\n"
		}},
		{"unit cell", func(u string) string {
			return "某镇2012年重点工作任务分解表\n序号\t工作任务\t责任单位\t完成时限\n1\t完成两村环境综合整治。\t镇农业服务中心、" + u + "\t2012年9月\n2\t完成村道修缮。\t镇建设办\t2012年10月\n"
		}},
	}
	for _, u := range collectives {
		for _, sh := range shapes {
			for _, sc := range []string{"simplified", "traditional"} {
				text := sh.text(u)
				if sc == "traditional" {
					text = script.ToTraditional(text)
				}
				doc, err := parse.Text(text)
				require.NoError(t, err)
				require.NotNil(t, doc.Plan, "%s %s %s", u, sh.name, sc)
				var names []string
				for _, g := range doc.Plan.Goals {
					for _, tk := range g.Tasks {
						for _, it := range tk.Items {
							for _, un := range it.Units {
								names = append(names, un.Name)
							}
						}
					}
				}
				want := u
				if sc == "traditional" {
					want = script.ToTraditional(u)
				}
				assert.Contains(t, names, want, "%s %s %s", u, sh.name, sc)
				r, ok := reasonOf(doc, model.ReasonUnitName, "")
				assert.False(t, ok, "%s %s %s: %+v", u, sh.name, sc, r)
			}
		}
	}
	// A name that names no body still raises it.
	doc, err := parse.Text(strings.Replace(shapes[0].text("相关村"), "相关村", "相关事宜", 1))
	require.NoError(t, err)
	_, ok := reasonOf(doc, model.ReasonUnitName, "")
	assert.True(t, ok, "%+v", doc.Quality.Reasons)
}
