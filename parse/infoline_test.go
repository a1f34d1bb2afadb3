package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment/script"
)

// TestInfoLineDocNumber: a portal article prints the notice's document
// number only in the info line under its title, beside the publication
// date, the source and a view counter (发布日期：…　文号：X　浏览次数：N). The
// number is the notice's doc number whatever the separators, the order of
// the fields and the script; the counter is not part of it.
func TestInfoLineDocNumber(t *testing.T) {
	fields := [][]string{
		{"发布日期：2013-03-07", "信息来源：某街道", "文号：某街〔2013〕8号", "浏览次数：356"},
		{"文号：某街〔2013〕8号", "发布日期：2013-03-07", "浏览次数：356"},
		{"信息来源：某街道", "浏览次数：356", "文号：某街〔2013〕8号"},
	}
	body := "各社区居委会，街道各科室：\n现将《某街道2013年综治工作要点》印发给你们，请认真贯彻执行。\n某市某区人民政府某街道办事处\n2013年3月5日\n"
	for _, fs := range fields {
		for _, sep := range []string{"\u3000\u3000", "  ", " "} {
			for _, trad := range []bool{false, true} {
				text := "关于印发《某街道2013年综治工作要点》的通知\n" + strings.Join(fs, sep) + "\n" + body
				want := "某街〔2013〕8号"
				if trad {
					text, want = script.ToTraditional(text), script.ToTraditional(want)
				}
				name := fmt.Sprintf("%q trad %v", strings.Join(fs, sep), trad)
				doc, err := parse.Text(text)
				require.NoError(t, err, name)
				if assert.NotNil(t, doc.Meta.DocNumber, name) {
					assert.Equal(t, want, doc.Meta.DocNumber.Value, name)
				}
			}
		}
	}
}
