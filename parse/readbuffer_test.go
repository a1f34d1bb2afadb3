package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestReadBuffersHoldNothing parses files one after another through the
// pooled read buffer (text, GBK text, HTML) and checks that each
// document is unchanged by the files read after it: nothing it holds
// points into the buffer the next file is read into.
func TestReadBuffersHoldNothing(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, seeds)
	var paths []string
	for i, p := range seeds {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		text := string(data)
		paths = append(paths, p)
		// the same notice as a web page, and with its 一 and 二 swapped,
		// the same length: a later read overwrites every byte of the buffer
		page := filepath.Join(dir, filepath.Base(p)+".html")
		body := strings.ReplaceAll(text, "\n", "</p>\n<p>")
		require.NoError(t, os.WriteFile(page, []byte("<html><body><p>"+body+"</p></body></html>"), 0o644))
		swapped := filepath.Join(dir, filepath.Base(p)+".swapped.txt")
		r := strings.NewReplacer("一", "二", "二", "一")
		require.NoError(t, os.WriteFile(swapped, []byte(r.Replace(text)), 0o644))
		paths = append(paths, page, swapped)
		if i == 0 {
			gbk := filepath.Join(dir, "gbk.txt")
			enc, err := simplifiedchinese.GBK.NewEncoder().Bytes(data)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(gbk, enc, 0o644))
			paths = append(paths, gbk)
		}
	}
	var want []string
	var docs []any
	for _, p := range paths {
		doc, err := File(p)
		require.NoError(t, err, p)
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		want = append(want, string(data))
		docs = append(docs, doc)
	}
	for i, doc := range docs {
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		assert.Equal(t, want[i], string(data), paths[i])
	}
}
