package parse_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// portalGold is one entry of ../shared/portal-pages/gold.json: the
// publisher's own metadata for a whole portal page.
type portalGold struct {
	File       string   `json:"file"`
	DocNumber  string   `json:"doc_number"`
	Title      string   `json:"title"`
	Issuer     []string `json:"issuer"`
	SignedDate string   `json:"signed_date"`
}

// portalDocTypes is the 文种 each page's title ends in, read by hand from
// the page (not from the parser).
var portalDocTypes = map[string]string{
	"p000.html": "意见", "p002.html": "通知", "p004.html": "意见", "p006.html": "通知",
	"p008.html": "意见", "p010.html": "决定", "p012.html": "意见", "p014.html": "意见",
	"p016.html": "意见", "p018.html": "通知", "p020.html": "函", "p022.html": "复函",
	"p024.html": "复函", "p026.html": "答复", "p028.html": "答复", "p030.html": "复函",
	"p032.html": "条例", "p034.html": "意见", "p036.html": "通知", "p038.html": "意见",
	"p040.html": "函", "p042.html": "复函", "p044.html": "批复", "p046.html": "通知",
	"p048.html": "通报", "p050.html": "通知", "p052.html": "批复", "p054.html": "批复",
	"p056.html": "通知", "p058.html": "通知",
}

// findShared returns the directory shared/NAME beside the module root or
// beside one of its parents (a worktree lives deeper than the main
// checkout), or "".
func findShared(name string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		d := filepath.Join(dir, "shared", name)
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

func fieldText(f *model.Field) string {
	if f == nil {
		return ""
	}
	return f.Value
}

// TestPortalPages parses the whole portal pages of ../shared/portal-pages
// and scores document number, full title, issuers and signed date against
// the publisher's metadata; each must be right on at least 97 % of the
// pages, and every page's document type is asserted. It skips when the
// pages are absent.
func TestPortalPages(t *testing.T) {
	dir := findShared("portal-pages")
	if dir == "" {
		t.Skip("no ../shared/portal-pages")
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	require.NoError(t, err)
	var golds []portalGold
	require.NoError(t, json.Unmarshal(data, &golds))
	require.NotEmpty(t, golds)

	fields := []string{"doc_number", "title", "issuers", "signed_date"}
	right := map[string]int{}
	var misses []string
	for _, g := range golds {
		doc, err := parse.File(filepath.Join(dir, g.File))
		require.NoError(t, err, g.File)
		m := doc.Meta
		var issuers []string
		for _, f := range m.Issuers {
			issuers = append(issuers, f.Value)
		}
		got := map[string]string{
			"doc_number":  fieldText(m.DocNumber),
			"title":       fieldText(m.Title),
			"issuers":     strings.Join(issuers, "、"),
			"signed_date": fieldText(m.SignedDate),
		}
		want := map[string]string{
			"doc_number":  g.DocNumber,
			"title":       g.Title,
			"issuers":     strings.Join(g.Issuer, "、"),
			"signed_date": g.SignedDate,
		}
		for _, f := range fields {
			if got[f] == want[f] {
				right[f]++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s: got %q want %q", g.File, f, got[f], want[f]))
			}
		}
		if dt, ok := portalDocTypes[g.File]; assert.True(t, ok, g.File) {
			assert.Equal(t, dt, fieldText(m.DocType), "%s doc_type", g.File)
		}
	}
	var b strings.Builder
	for _, f := range fields {
		fmt.Fprintf(&b, "%-12s %2d/%d %.3f\n", f, right[f], len(golds), float64(right[f])/float64(len(golds)))
	}
	t.Logf("portal pages %s\n%s%s", dir, b.String(), strings.Join(misses, "\n"))
	for _, f := range fields {
		assert.GreaterOrEqual(t, float64(right[f])/float64(len(golds)), 0.97, f)
	}
}
