package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

// TestMayBeUnitHead: the gate never turns away a cell that statColumns
// reads as the unit header (its fold is 单位 or 计量单位), on every string
// of up to four pieces.
func TestMayBeUnitHead(t *testing.T) {
	pieces := []string{"单", "單", "位", "计", "計", "量", "指", "标", " ", "\u3000", "a"}
	n, found := 0, 0
	strgen.Walk(pieces, 4, func(s string) {
		if f := script.ToSimplified(s); f == "单位" || f == "计量单位" {
			require.True(t, mayBeUnitHead(s), "%q", s)
			found++
		}
		n++
	})
	require.GreaterOrEqual(t, found, 6, "too few unit headers to prove anything (%d of %d)", found, n)
	for c, want := range map[string]bool{"单位": true, "計量單位": true, "指导": false, "统计数": false} {
		assert.Equal(t, want, mayBeUnitHead(c), c)
	}
}

func TestStatColumns(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		ok    bool
	}{
		{[]string{"统计指标", "单位", "统计数"}, true},
		{[]string{"統計指標", "單位", "統計數"}, true},
		{[]string{"指标", "计量单位", "数量"}, true},
		{[]string{"加强指导", "各单位", "数量"}, false},
		{[]string{"统计指标", "统计数"}, false},
	} {
		_, _, _, ok := statColumns(tc.cells)
		assert.Equal(t, tc.ok, ok, "%q", tc.cells)
	}
}

// TestUnitHeadEndMayBeIn: statTable splits a line into cells only when it
// holds a rune folding to 位; the gate never turns away a line whose cells
// statColumns reads as a header, on every string of up to five pieces.
func TestUnitHeadEndMayBeIn(t *testing.T) {
	pieces := []string{"指标", "單位", "计量单", "位", "统计数", "|", "</td>", "<b>", "  ", "\u3000"}
	n, found := 0, 0
	strgen.Walk(pieces, 5, func(s string) {
		if _, _, _, ok := statColumns(rowCells(s)); ok {
			require.True(t, unitHead.EndMayBeIn(s), "%q", s)
			found++
		}
		n++
	})
	require.Greater(t, found, 40, "too few header rows to prove anything (%d of %d)", found, n)
	assert.False(t, unitHead.EndMayBeIn("加强指导，统计数据"))
}
