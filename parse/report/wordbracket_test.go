package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// TestWordBracketLabel: a bracket written inside a word (专（兼）职, 副（正）科级)
// does not end the words naming a count, whatever the bracket width, the
// script, the sentence's subject and time (a time word before the verb is
// the last adverbial and stays); a bracket holding a remark or a count of
// its own still parts two counts.
func TestWordBracketLabel(t *testing.T) {
	labels := []string{"配备专（兼）职审核人员", "确定兼（专）职信息员", "设置副（正）科级联络员"}
	openers := []string{"", "我局", "2012年，本局", "全年"}
	for _, label := range labels {
		for _, opener := range openers {
			for _, half := range []bool{false, true} {
				for _, trad := range []bool{false, true} {
					l := label
					if half {
						l = strings.NewReplacer("（", "(", "）", ")").Replace(l)
					}
					text := opener + l + "3名，做到了机构、人员、经费三落实。"
					want := l
					if opener == "全年" {
						want = opener + l
					}
					if trad {
						text, want = script.ToTraditional(text), script.ToTraditional(want)
					}
					name := fmt.Sprintf("%s half %v trad %v", text, half, trad)
					rep, _ := Build(source.New(text), "")
					if assert.Len(t, rep.Stats, 1, name) {
						assert.Equal(t, want, rep.Stats[0].Label, name)
					}
				}
			}
		}
	}
	rep, _ := Build(source.New("全年受理申请15件（其中律师申请5件）网上申请4件。"), "")
	var got []string
	for _, s := range rep.Stats {
		got = append(got, s.Label)
	}
	assert.Equal(t, []string{"全年受理申请", "律师申请", "网上申请"}, got, "a remark in brackets parts the counts")
}
