package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestTitleFromPreamble: a report without a title line takes its title
// from the preamble sentence that names it (现将X公布如下), without the
// issuing verb, whatever opens the sentence, quotes the name or closes it,
// in either script, also when the page lost its line breaks.
func TestTitleFromPreamble(t *testing.T) {
	const title = "某某县2023年政府信息公开工作年度报告"
	befores := []string{"", "根据《中华人民共和国政府信息公开条例》规定，", "本报告由某某县人民政府办公室编制。"}
	verbs := []string{"现将", "现公布", "特将"}
	quotes := [][2]string{{"", ""}, {"《", "》"}, {"“", "”"}}
	afters := []string{"公布如下：", "公布如下。", "公布如下", "予以公布。"}
	body := "一、总体情况\n2023年，我县主动公开政府信息120条。\n"
	n := 0
	for _, b := range befores {
		for _, v := range verbs {
			for _, q := range quotes {
				for _, a := range afters {
					for _, sep := range []string{"\n", ""} { // a line of its own, or run on
						text := b + v + q[0] + title + q[1] + a + sep + body
						for _, sc := range bothScripts {
							rep, _ := Build(source.New(sc.do(text)), "")
							require.NotNil(t, rep, text)
							assert.Equal(t, sc.do(title), rep.Title, "%s: %s", sc.name, text)
							n++
						}
					}
				}
			}
		}
	}
	require.Equal(t, len(befores)*len(verbs)*len(quotes)*len(afters)*2*2, n)
	// A title line above the preamble stays the title.
	rep, _ := Build(source.New("某某县政府信息公开工作2023年度报告\n现将"+title+"公布如下：\n"+body), "")
	require.NotNil(t, rep)
	assert.Equal(t, "某某县政府信息公开工作2023年度报告", rep.Title)
}
