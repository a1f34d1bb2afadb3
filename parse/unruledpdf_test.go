package parse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/segment"
)

// unruledDir holds the notices with a task table printed without rules
// (pdftext/testdata/borderless.gen.py).
const unruledDir = "pdftext/testdata"

// TestUnruledTablePlan: every rendering of the notice whose task table is
// printed without rules — column widths, wrapped cells and labels, a
// label over two columns, over
// pages with its header repeated or not, traditional script, and ruled — gives the plan its table gives
// as text (expected.txt: the rows TAB-separated), and all give one plan
// once folded to simplified script, read with no doubt.
func TestUnruledTablePlan(t *testing.T) {
	var first string
	for _, v := range []string{"narrow", "wide", "headwrap", "twolevel", "pages", "norepeat", "trad", "ruled"} {
		t.Run(v, func(t *testing.T) {
			name := filepath.Join(unruledDir, "borderless_"+v)
			doc, err := parse.File(name + ".pdf")
			require.NoError(t, err)
			raw, err := os.ReadFile(name + ".expected.txt")
			require.NoError(t, err)
			text, err := parse.Text(string(raw))
			require.NoError(t, err)
			got := shapeOf(doc.Plan)
			require.Len(t, got.Goals, 3)
			assert.Equal(t, shapeOf(text.Plan), got)
			assert.Equal(t, 1.0, doc.Quality.Score)
			assert.False(t, doc.Quality.Review)
			folded := fmt.Sprintf("%+v", foldShape(got))
			if first == "" {
				first = folded
			}
			// The note under the headwrap table joins the last item, as
			// a paragraph after a table does in text.
			if v != "headwrap" {
				assert.Equal(t, first, folded)
			}
		})
	}
}

// foldShape folds a plan's text to simplified script, its units sorted
// again.
func foldShape(s planShape) planShape {
	f := segment.ToSimplified
	for i, g := range s.Goals {
		s.Goals[i].Title = f(g.Title)
		for j, t := range g.Tasks {
			t.Title, t.Text = f(t.Title), f(t.Text)
			for k, u := range t.Units {
				t.Units[k] = f(u)
			}
			sort.Strings(t.Units)
			s.Goals[i].Tasks[j] = t
		}
	}
	return s
}
