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
	"github.com/zwgk/gongwen/parse/internal/org"
)

// TestPortalUnits reads the division-of-labour clauses of the State
// Council pages in ../shared/portal-pages: every unit must look like an
// organisation (a lead rule such as 排在第一位的部门为牵头部门 is never a
// unit, nor a narrative 由… phrase), and a page whose brackets state such a
// rule must give some unit the lead. It skips when the pages are absent.
func TestPortalUnits(t *testing.T) {
	dir := findShared("portal-pages")
	if dir == "" {
		t.Skip("no ../shared/portal-pages")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	withUnits := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := parse.Bytes(raw)
		require.NoError(t, err, f)
		units, leads := 0, 0
		for _, it := range doc.Items() {
			for _, u := range it.Units {
				units++
				if u.Role == model.RoleLead {
					leads++
				}
				assert.Equal(t, org.Organisation, org.Classify(u.Name), "%s: unit %q", filepath.Base(f), u.Name)
			}
		}
		if units > 0 {
			withUnits++
		}
		if strings.Contains(string(raw), "第一位者为牵头单位，下同") || strings.Contains(string(raw), "排在第一位的部门为牵头部门，下同") {
			assert.Positive(t, leads, "%s states a lead rule but no unit leads", filepath.Base(f))
		}
	}
	assert.GreaterOrEqual(t, withUnits, 5, "pages whose clauses give units")
}
