package parse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// TestRawCellsTable: an invented ruled task table printed by LibreOffice
// and by Chromium, its cells top-aligned or vertically centred, with and
// without goal rows, in two sets of column widths, then read by the real
// `pdftotext -raw` (each row cell after cell, each cell's wrapped lines one
// per line, cells one baseline apart joined by a space), gives the plan the
// same table gives as tab rows, read with no doubt (testdata/rawcells).
func TestRawCellsTable(t *testing.T) {
	requireTabRowsPlan(t, filepath.Join("testdata", "rawcells"), ".raw.txt", 10, func(name string) string {
		if strings.Contains(name, "_g1_") {
			return "expected_g1.txt"
		}
		return "expected_g0.txt"
	}, func(string) bool { return true })
}

// TestRawCellsTableEndsOnWrappedDeadline: the same renderings cut after
// the table, so the text ends on the last row's deadline cell, wrapped
// over lines by the tool (2024年 / 3月 / 底前), are whole: the text ends in
// the item's deadline, white space aside (quality's endsWrapped).
func TestRawCellsTableEndsOnWrappedDeadline(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "rawcells", "*.raw.txt"))
	require.NoError(t, err)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".raw.txt"), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			text := strings.TrimRight(string(raw), "\f\n")
			cut := strings.LastIndexByte(text, '\n')
			require.Positive(t, cut)
			require.Contains(t, text[cut:], "确保各项任务按时完成", "the closing sentence after the table")
			doc, err := parse.Text(text[:cut+1])
			require.NoError(t, err)
			_, truncated := reasonOf(doc, model.ReasonTruncated, "")
			assert.False(t, truncated, "%+v", doc.Quality.Reasons)
		})
	}
}
