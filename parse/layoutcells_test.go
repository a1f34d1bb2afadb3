package parse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
)

// TestLayoutCells: an invented ruled task table printed by LibreOffice on
// portrait and landscape pages, its cells top-aligned or vertically
// centred, with and without goal rows, in two sets of column widths, six
// rows or twelve over a page break, units joined by 、 or one a
// paragraph, then read by the real `pdftotext -layout` (testdata/
// layoutcells: unit cells that fill their column set one space from the
// next cell, names one a paragraph), gives the plan the same table gives
// as tab rows, read with no doubt where the cells are top-aligned.
func TestLayoutCells(t *testing.T) {
	requireTabRowsPlan(t, filepath.Join("testdata", "layoutcells"), ".layout.txt", 30, func(name string) string {
		g, n := "g0", "n"
		if strings.Contains(name, "_g1_") {
			g = "g1"
		}
		if strings.Contains(name, "_b_") {
			n = "b"
		}
		return "expected_" + g + "_" + n + ".txt"
	}, func(name string) bool {
		// (Vertically centred, quality's checkColumnRoles takes a lead
		// cell set on a line of its own for the line's last cell, the
		// 配合 column's: a false unit_role, left to it.)
		return !strings.Contains(name, "_middle_")
	})
}

// requireTabRowsPlan parses each rendering in dir named *suffix (least of
// them at least) and requires the plan that the tab-row text named by
// expected gives, read with no doubt where sure says so.
func requireTabRowsPlan(t *testing.T, dir, suffix string, least int, expected func(name string) string, sure func(name string) bool) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"+suffix))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), least)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, suffix), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, expected(name)))
			require.NoError(t, err)
			want, err := parse.Text(string(raw))
			require.NoError(t, err)
			doc, err := parse.File(f)
			require.NoError(t, err)
			assert.Equal(t, shapeOf(want.Plan), shapeOf(doc.Plan))
			if sure(name) {
				assert.Equal(t, 1.0, doc.Quality.Score, "%+v", doc.Quality.Reasons)
				assert.False(t, doc.Quality.Review)
			}
		})
	}
}
