package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestSpaceRunKinds: a tab row is cut at a run of two white-space
// characters of any kind the cutter knows (ASCII, ideographic, no-break,
// mixed), so the test that a row holds such a run agrees with the cut; a
// lone space of any kind inside a cell cuts nothing.
func TestSpaceRunKinds(t *testing.T) {
	spaces := map[string]string{"ascii": " ", "ideographic": "\u3000", "no-break": "\u00a0"}
	for na, a := range spaces {
		for nb, b := range spaces {
			cells := []source.Str{{S: "序号"}, {S: "工作任务" + a + b + "具体措施"}, {S: "牵头单位"}}
			got, ok := spaceRunCells(cells)
			require.True(t, ok, "%s+%s", na, nb)
			var names []string
			for _, c := range got {
				names = append(names, c.S)
			}
			assert.Equal(t, []string{"序号", "工作任务", "具体措施", "牵头单位"}, names, "%s+%s", na, nb)
		}
		_, ok := spaceRunCells([]source.Str{{S: "工作" + a + "任务"}, {S: "牵头单位"}})
		assert.False(t, ok, na)
	}
}
