package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gluedBox is a portal box whose labels run into their values, as a page
// renders <li><span>文号</span><em>…</em></li>, above a notice that prints
// its number again.
var gluedBox = []string{"索引号11410000/2023-00031", "发布机构某镇人民政府", "文号某委发〔2023〕3号", "成文日期2023-02-14", "发布日期2023-02-17"}

const gluedNotice = "某镇人民政府关于做好春季防火工作的通知\n某委发〔2023〕3号\n各村（社区）：\n请认真落实。\n某镇人民政府\n2023年2月14日\n"

// TestGluedBox reads a box whose labels are glued to their values in every
// rendering a page or its copy gives it — text lines, an HTML list of
// spans, a definition list — in both scripts, and requires the notice's
// own number, not the label glued to it.
func TestGluedBox(t *testing.T) {
	renderings := map[string]func(lines []string) (text string, html bool){
		"text lines":  func(lines []string) (string, bool) { return strings.Join(lines, "\n") + "\n", false },
		"ul of spans": markupBox("<ul class=\"meta\">", "<li><span>%s</span><em>%s</em></li>", "</ul>"),
		"dl":          markupBox("<dl>", "<dt>%s</dt><dd>%s</dd>", "</dl>"),
	}
	for name, render := range renderings {
		for _, trad := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/trad=%v", name, trad), func(t *testing.T) {
				box, html := render(gluedBox)
				notice := gluedNotice
				if html {
					notice = "<p>" + strings.ReplaceAll(strings.TrimSuffix(notice, "\n"), "\n", "</p><p>") + "</p>"
					box = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"main\">" + box + "<div class=\"article\">" + notice + "</div></div></body></html>"
				} else {
					box += notice
				}
				want := "某委发〔2023〕3号"
				if trad {
					box, want = toTraditional(box), toTraditional(want)
				}
				var got string
				if html {
					doc, err := Bytes([]byte(box))
					require.NoError(t, err)
					got = value(doc.Meta.DocNumber)
				} else {
					got = value(headerOf(t, box).meta.DocNumber)
				}
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestGluedLabelAloneIsNoBox keeps a lone line that starts with a label's
// word as text: only a run of two glued lines is a box.
func TestGluedLabelAloneIsNoBox(t *testing.T) {
	h := headerOf(t, "分类推进各项改革任务\n某市人民政府关于某事的通知\n各区：\n正文。\n")
	assert.Nil(t, h.meta.Portal)
}

// splitGlued cuts a glued box line after its label (the labels of gluedBox).
func splitGlued(l string) (string, string) {
	for _, k := range []string{"索引号", "发布机构", "文号", "成文日期", "发布日期"} {
		if strings.HasPrefix(l, k) {
			return k, l[len(k):]
		}
	}
	return "", l
}

// markupBox renders box lines as HTML: open, one entry per line (label and
// value into entry's two %s), close.
func markupBox(open, entry, close string) func(lines []string) (string, bool) {
	return func(lines []string) (string, bool) {
		var b strings.Builder
		b.WriteString(open)
		for _, l := range lines {
			k, v := splitGlued(l)
			fmt.Fprintf(&b, entry, k, v)
		}
		return b.String() + close, true
	}
}
