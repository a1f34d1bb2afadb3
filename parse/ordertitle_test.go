package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
)

// TestOrderPublishesRegulation: an order (令) publishes a regulation by a
// sentence that names it in 《》 after 现公布 (also 现公布修订后的《X》) or
// before 现予公布; the regulation is what the order issues (its plan
// title in the gold sense, as an issued 办法's), the order is no work
// plan, in both scripts, with the regulation's body below the signature
// or not. A 公布 sentence that names no 《》 in the same sentence issues
// nothing.
func TestOrderPublishesRegulation(t *testing.T) {
	const reg = "某省河道采砂管理条例"
	sentences := []string{
		"现公布《" + reg + "》，自2025年7月1日起施行。",
		"现公布修订后的《" + reg + "》，自2025年7月1日起施行。",
		"《" + reg + "》已经2025年4月20日省人民政府第9次常务会议通过，现予公布，自2025年7月1日起施行。",
	}
	body := reg + "\n第一条　为了规范河道采砂活动，制定本条例。\n第二条　本条例自2025年7月1日起施行。\n"
	for i, sent := range sentences {
		for _, withBody := range []bool{false, true} {
			for _, tr := range bothScripts {
				text := "某省人民政府令\n第12号\n" + sent + "\n省长　王某某\n2025年5月6日\n"
				if withBody {
					text += body
				}
				t.Run(fmt.Sprintf("%d/%v/%s", i, withBody, tr.name), func(t *testing.T) {
					doc, err := Text(tr.do(text))
					require.NoError(t, err)
					require.NotNil(t, doc.Meta.IssuedTitle)
					assert.Equal(t, tr.do(reg), doc.Meta.IssuedTitle.Value)
					g := eval.FromDocument(doc)
					assert.NotEqual(t, "workplan", g.Kind)
					require.NotNil(t, g.Meta.PlanTitle)
					assert.Equal(t, tr.do(reg), *g.Meta.PlanTitle)
				})
			}
		}
	}
	t.Run("公布 without a title in its sentence", func(t *testing.T) {
		doc, err := Text("某省人民政府令\n第12号\n《某省旧条例》同时废止。现公布施行时间如下：自2025年7月1日起施行。\n省长　王某某\n2025年5月6日\n")
		require.NoError(t, err)
		assert.Nil(t, doc.Meta.IssuedTitle)
	})
}
