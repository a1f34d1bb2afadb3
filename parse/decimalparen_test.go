package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecimalSectionsOverParenEntries: a plan numbered the decimal way
// (1 总则 / 1.1 … / 1.2.1 …, as an emergency plan is) whose sections also
// list （1） entries has the top numbers as goals and the 1.1 sections as
// tasks; the （1） entries stay inside the sections, never tasks of their
// own — whatever the space after the top number, the bracket width, the
// script and line breaks. Without decimal sections, 1. over （1） is still
// the top level.
func TestDecimalSectionsOverParenEntries(t *testing.T) {
	for _, sep := range []string{"\u3000", " ", "."} {
		for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
			for _, tr := range scriptsAndBreaks {
				p := func(n int) string { return fmt.Sprintf("%s%d%s", br[0], n, br[1]) }
				text := "某县防汛应急预案\n" +
					"1" + sep + "总则\n1.1\u3000编制目的\n为了做好防汛抢险工作，保障人民群众生命财产安全，制定本预案。\n" +
					"1.2\u3000工作原则\n" + p(1) + "统一领导、分级负责。县防汛指挥部统一指挥全县防汛工作。\n" +
					p(2) + "预防为主、常备不懈。汛前做好隐患排查。\n" +
					"2" + sep + "组织机构\n2.1\u3000县防汛指挥部\n总指挥由县长担任。\n" +
					"2.1.1\u3000指挥部职责\n" + p(1) + "组织指挥全县防汛抢险工作。\n" + p(2) + "发布防汛预警信息。\n" +
					"2.2\u3000乡镇防汛机构\n各乡镇设立防汛工作站。\n"
				t.Run(fmt.Sprintf("%q/%s/%s", sep, br[0], tr.name), func(t *testing.T) {
					doc, err := Text(tr.apply(text))
					require.NoError(t, err)
					require.NotNil(t, doc.Plan)
					var got []string
					for _, g := range doc.Plan.Goals {
						var ts []string
						for _, tk := range g.Tasks {
							ts = append(ts, tk.No)
						}
						got = append(got, g.No+":"+strings.Join(ts, ","))
					}
					assert.Equal(t, []string{"1:1.1,1.2", "2:2.1,2.2"}, got)
				})
			}
		}
	}
	t.Run("without decimal sections 1. over （1） is the top level", func(t *testing.T) {
		doc, err := Text("某县防汛工作要点\n1.加强组织领导\n（1）统一领导。县防汛指挥部统一指挥。\n（2）分级负责。乡镇落实属地责任。\n2.做好汛前准备\n（1）排查隐患。汛前完成排查。\n")
		require.NoError(t, err)
		require.NotNil(t, doc.Plan)
		require.Len(t, doc.Plan.Goals, 2)
		assert.Len(t, doc.Plan.Goals[0].Tasks, 2)
	})
}
