package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOverflow: at the page's foot, the lines a cell spanning rows printed
// under the table's last rule, in its column where no rule closes it, are
// the cell's; a page number centred there, a line reaching into the next
// column, and the lines under a closed column or a table higher on the
// page are not.
func TestOverflow(t *testing.T) {
	text := func(s string, x, y float64) []glyph {
		var gs []glyph
		for _, r := range s {
			gs = append(gs, glyph{x: x, y: y, w: 10, size: 10, s: string(r)})
			x += 10
		}
		return gs
	}
	page := func(bottom float64, open bool, below ...[]glyph) *pageData {
		pd := &pageData{
			box:    rect{0, 0, 600, 800},
			vrules: []seg{{40, bottom, bottom + 40}, {92, bottom, bottom + 40}, {300, bottom, bottom + 40}},
			hrules: []seg{{bottom + 40, 40, 300}, {bottom + 20, 92, 300}, {bottom, 92, 300}},
		}
		if !open {
			pd.hrules = append(pd.hrules, seg{bottom, 40, 92})
		}
		pd.glyphs = append(pd.glyphs, text("三、本年", 45, bottom+25)...)
		pd.glyphs = append(pd.glyphs, text("予以公开", 105, bottom+25)...)
		pd.glyphs = append(pd.glyphs, text("部分公开", 105, bottom+5)...)
		for _, b := range below {
			pd.glyphs = append(pd.glyphs, b...)
		}
		return pd
	}
	tests := []struct {
		name string
		pd   *pageData
		want string // the first cell of the table's first row
	}{
		{"rest of the cell", page(60, true, text("度办理结", 45, 52), text("果", 45, 40)), "三、本年度办理结果"},
		{"closed column", page(60, false, text("度办理", 45, 52)), "三、本年"},
		{"page number", page(60, true, text("-1-", 55, 52)), "三、本年"},
		{"a line into the next column", page(60, true, text("下一段正文的开头", 45, 52)), "三、本年"},
		{"a table high on the page", page(400, true, text("度办理", 45, 392)), "三、本年"},
	}
	for _, tt := range tests {
		tables, _ := findTables(tt.pd)
		require.Len(t, tables, 1, tt.name)
		require.NotEmpty(t, tables[0].rows, tt.name)
		assert.Equal(t, tt.want, tables[0].rows[0][0], tt.name)
	}
}
