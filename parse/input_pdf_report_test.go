package parse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// TestPDFReportPageBreaks: the 2021-template report of
// testdata/reports/template2021_tabs.txt printed by Chromium with its
// tables' merged cells, in fonts, page sizes and margins that break table
// 三 at other rows — after （一）予以公开 with the merged 三、本年度办理结果
// cell cut (its rest printed under the page's last row, or on the next
// page), inside （三）不予公开, in the header — reads the same statistics
// as the text, with no table_unread or inconsistent warning.
func TestPDFReportPageBreaks(t *testing.T) {
	src, err := os.ReadFile("../testdata/reports/template2021_tabs.txt")
	require.NoError(t, err)
	fromText, err := parse.Text(string(src))
	require.NoError(t, err)
	want := statSet(fromText)
	require.Len(t, want, 204)
	files, err := filepath.Glob(filepath.Join(pdfDir, "report2021_chromium_*.pdf"))
	require.NoError(t, err)
	require.Len(t, files, 4)
	for _, f := range files {
		doc, err := parse.File(f)
		require.NoError(t, err, f)
		assert.Equal(t, want, statSet(doc), f)
		for _, w := range doc.Warnings {
			assert.NotContains(t, []string{model.WarnTableUnread, model.WarnInconsistent}, w.Code, "%s: %s", f, w.Message)
		}
	}
}

// statSet is a report's statistics as label=value lines, sorted.
func statSet(doc *model.Document) map[string]int {
	out := map[string]int{}
	if doc.Report == nil {
		return out
	}
	for _, s := range doc.Report.Stats {
		out[fmt.Sprintf("%s=%v%s", s.Label, s.Value, s.Unit)]++
	}
	return out
}
