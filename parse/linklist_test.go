package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestLinkListDropped: the list of links lynx -dump appends to a page (a
// References heading, numbered URLs of any scheme, Visible links / Hidden
// links: subheadings, indented by three spaces or none, LF or CRLF) is
// no part of the notice: a plan above it keeps its tasks, and none is
// read from the list; the same numbered lines without the heading, or
// the heading over prose, stay text.
func TestLinkListDropped(t *testing.T) {
	plan := "某县2021年政务公开工作要点\n\n一、加强政策解读\n\n（一）做好政策解读。重要政策文件与解读材料同步发布。（责任单位：县政府办公室）\n\n（二）回应社会关切。及时回应群众关切问题。（责任单位：县融媒体中心）\n\n"
	urls := []string{"http://www.example.gov.cn/", "https://www.example.gov.cn/zwgk/index.html", "javascript:window.print()", "mailto:zwgk@example.gov.cn", "http://www.example.gov.cn/zwgk/zcjd/"}
	for _, n := range []int{1, 3, 5} {
		for _, sub := range []bool{false, true} {
			for _, indent := range []string{"   ", ""} {
				for _, nl := range []string{"\n", "\r\n"} {
					var b strings.Builder
					b.WriteString("References" + nl + nl)
					if sub {
						b.WriteString(indent + "Visible links:" + nl)
					}
					for i := range n {
						fmt.Fprintf(&b, "%s%d. %s%s", indent, i+1, urls[i], nl)
					}
					if sub {
						b.WriteString(nl + indent + "Hidden links:" + nl)
						fmt.Fprintf(&b, "%s%d. %s%s", indent, n+1, urls[n%len(urls)], nl)
					}
					text := strings.ReplaceAll(plan, "\n", nl) + b.String()
					t.Run(fmt.Sprintf("%d links, subheadings %v, indent %q, %q", n, sub, indent, nl), func(t *testing.T) {
						doc := mustText(t, text)
						var titles []string
						for _, tk := range doc.Tasks() {
							titles = append(titles, tk.Title)
						}
						assert.Equal(t, []string{"做好政策解读", "回应社会关切"}, titles)
						n := 0
						for _, it := range doc.Items() {
							n++
							assert.NotContains(t, it.Text, "links")
							for _, u := range urls {
								assert.NotContains(t, it.Text, u[:strings.IndexByte(u, ':')+1], "a link read as an item")
							}
						}
						assert.Equal(t, 2, n, "one item a task")
					})
				}
			}
		}
	}
	for _, tc := range []struct{ name, tail string }{
		{"numbered links without the heading", "1. http://www.example.gov.cn/\n2. http://www.example.gov.cn/zwgk/\n"},
		{"the heading over prose", "References\n\n1. 某县人民政府关于加强政务公开的通知\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := cleanLines(source.New(plan + tc.tail).Lines())
			k := len(lines) - 1
			for k > 0 && lines[k].kind == lineBlank {
				k--
			}
			require.Positive(t, k)
			assert.Equal(t, lineText, lines[k].kind, "the last line stays text")
		})
	}
}
