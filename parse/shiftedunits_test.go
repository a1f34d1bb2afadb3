package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// TestShiftedUnits: a table is noted as read a column off once the column
// its header names for units has held deadlines in most rows, two at
// least; units there, or a units column of marks, or no header, note
// nothing.
func TestShiftedUnits(t *testing.T) {
	units := table.Column{Role: table.Units, By: table.ByHeader}
	for _, c := range []struct {
		name  string
		cols  []table.Column
		cells []string // the units column's cell of each row
		want  bool
	}{
		{"deadlines", []table.Column{{Role: table.Seq}, units}, []string{"2024 年6 月底前", "持续推进", "区住建局"}, true},
		{"one deadline", []table.Column{{Role: table.Seq}, units}, []string{"2024年6月底前", "区住建局", "区财政局"}, false},
		{"units", []table.Column{{Role: table.Seq}, units}, []string{"区民政局牵头，区卫健委配合", "区住建局", "区财政局、区审计局"}, false},
		{"half", []table.Column{{Role: table.Seq}, units}, []string{"2024年6月底前", "每季度", "区住建局", "区财政局"}, false},
		{"guessed column", []table.Column{{Role: table.Seq}, {Role: table.Units, By: table.ByContent}}, []string{"2024年6月底前", "持续推进"}, false},
		{"marks", []table.Column{{Role: table.Seq}, {Role: table.Units, By: table.ByHeader, Marks: true}}, []string{"2024年6月底前", "持续推进"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s shiftedUnits
			var ev quality.Evidence
			s.header(c.cols)
			for i, cell := range c.cells {
				cells := []source.Str{source.New("1").At(0, 1), source.New(cell).At(0, len(cell))}
				s.row(&ev, cells, model.Span{Start: 10 * i, End: 10*i + 5})
			}
			if !c.want {
				assert.Empty(t, ev.ShiftedTables)
				return
			}
			require.Len(t, ev.ShiftedTables, 1)
			assert.Equal(t, model.Span{Start: 0, End: 10*(len(c.cells)-1) + 5}, ev.ShiftedTables[0])
		})
	}
}

// TestShiftedUnitsColumn: an invented ruled table printed by LibreOffice
// with vertically centred cells and read by pdftotext -layout, the
// deadline column's name wrapped around the names line and lost, is read
// a column off — and says so: sent to review with the reason that its
// units column holds deadlines (testdata/shifted). It read silently at
// score 1 before.
func TestShiftedUnitsColumn(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "shifted", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			doc, err := Text(string(raw))
			require.NoError(t, err)
			require.NotNil(t, doc.Quality)
			assert.True(t, doc.Quality.Review)
			found := false
			for _, r := range doc.Quality.Reasons {
				found = found || r.Code == model.ReasonGuessedColumns && strings.Contains(r.Message, "holds deadlines")
			}
			assert.True(t, found, "%+v", doc.Quality.Reasons)
		})
	}
}
