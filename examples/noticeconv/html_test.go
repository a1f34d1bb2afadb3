package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLAuditPages converts a directory with -format html: one page per
// input (subfolders kept), an index linking each page, a bad file reported
// without stopping the others.
func TestHTMLAuditPages(t *testing.T) {
	in := t.TempDir()
	for i, s := range seeds(t) {
		data, err := os.ReadFile(s)
		require.NoError(t, err)
		sub := "2017"
		if i%2 == 1 {
			sub = "2018"
		}
		writeFile(t, filepath.Join(in, sub), filepath.Base(s), data)
	}
	writeFile(t, in, "broken.pdf", []byte("%PDF-1.4 not really"))
	out := t.TempDir()
	code, _, stderr := runCmd(t, nil, "-format", "html", "-o", out, in)
	assert.Equal(t, exitFailed, code, stderr)
	assert.Contains(t, stderr, "broken.pdf")

	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	pages, err := filepath.Glob(filepath.Join(out, "*", "*.html"))
	require.NoError(t, err)
	assert.Len(t, pages, len(seeds(t)))
	for _, p := range pages {
		rel, _ := filepath.Rel(out, p)
		assert.Contains(t, string(index), `href="`+filepath.ToSlash(rel)+`"`)
		page, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Contains(t, string(page), `id="src"`)
		assert.NotRegexp(t, `(src|href)="(https?:)?//`, string(page), "no external asset")
	}
	assert.Equal(t, len(pages), strings.Count(string(index), "<a href="))
}

func TestHTMLNeedsOutputDir(t *testing.T) {
	code, _, stderr := runCmd(t, nil, "-format", "html", seeds(t)[0])
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "-o DIR")
}
