package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmptyListItemMarker: a table whose 序号 cells are numbered by a list
// (Writer's HTML export of Word numbering: <ol start="N"><li></li></ol> in
// each cell) shows the numbers a browser shows, whatever the item holds
// (nothing, an empty paragraph, white space), with one <ol> per cell or
// counted on; a list without markers shows none. The tree and the stream
// readers agree.
func TestEmptyListItemMarker(t *testing.T) {
	items := map[string]string{"empty": "<li></li>", "empty p": "<li><p></p></li>", "space": "<li> </li>"}
	for name, li := range items {
		for _, style := range []string{"", ` style="list-style-type:none"`} {
			var rows strings.Builder
			for k := 1; k <= 3; k++ {
				fmt.Fprintf(&rows, `<tr><td><ol start="%d"%s>%s</ol></td><td>任务%d的具体内容</td><td>市甲局</td></tr>`, k, style, li, k)
			}
			page := `<div id="zoom"><p>附件</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>` + rows.String() + `</table></div>`
			got, err := Extract(page)
			require.NoError(t, err)
			for k := 1; k <= 3; k++ {
				want := fmt.Sprintf("%d.\t任务%d的具体内容\t市甲局", k, k)
				if style != "" {
					want = fmt.Sprintf("\t任务%d的具体内容\t市甲局", k)
				}
				assert.Contains(t, got, "\n"+want+"\n", "%s %q", name, style)
			}
			sameAsTree(t, name+style, page)
		}
	}
}
