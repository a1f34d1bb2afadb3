package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/segment"
)

// TestMainChargeVerbs requires the verbs of a body taking the main charge
// (主抓, 抓总: lead) and of a supervising one (督导: responsible, as 指导)
// to give their units that role and stay out of the unit's name, for every
// shape of clause (a bracket, a closing sentence, an opening 由, a unit
// line), second unit and script.
func TestMainChargeVerbs(t *testing.T) {
	type unit struct{ name, role string }
	verbs := []struct{ verb, role string }{{"主抓", "lead"}, {"抓总", "lead"}, {"牵头抓总", "lead"}, {"主抓落实", "lead"}, {"督导", "responsible"}}
	seconds := []struct{ text, role string }{{"", ""}, {"，县财政局配合", "cooperate"}, {"，县财政局、县审计局参与", "participate"}}
	shapes := []struct{ name, text string }{
		{"bracket", "完善征求意见机制。（%s）"},
		{"closing sentence", "完善征求意见机制。%s。"},
		{"opening 由", "由%s，完善征求意见机制。"},
	}
	for _, v := range verbs {
		for _, sec := range seconds {
			for _, sh := range shapes {
				for _, trad := range []bool{false, true} {
					clause := "县司法局" + v.verb + sec.text
					t.Run(fmt.Sprintf("%s/%s/%s/trad=%v", v.verb, sec.text, sh.name, trad), func(t *testing.T) {
						text := "一、重点任务\n（一）推进决策公开\n" + fmt.Sprintf(sh.text, clause) + "\n（二）深化执行公开\n加强政策解读。（县发改局负责）\n"
						if trad {
							text = toTraditional(text)
						}
						doc, err := Text(text)
						require.NoError(t, err)
						require.NotNil(t, doc.Plan)
						var got []unit
						for _, u := range doc.Plan.Goals[0].Tasks[0].Items[0].Units {
							got = append(got, unit{segment.ToSimplified(u.Name), string(u.Role)})
						}
						want := []unit{{"县司法局", v.role}}
						if sec.role != "" {
							want = append(want, unit{"县财政局", sec.role})
							if sec.role == "participate" {
								want = append(want, unit{"县审计局", sec.role})
							}
						}
						assert.Equal(t, want, got)
						assert.False(t, doc.Quality.Review, "score %.2f %s", doc.Quality.Score, reasonCodes(doc))
					})
				}
			}
		}
	}
}
