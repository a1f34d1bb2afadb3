package parse_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// warningCodes lists the codes of doc's warnings.
func warningCodes(doc *model.Document) []string {
	var codes []string
	for _, w := range doc.Warnings {
		codes = append(codes, w.Code)
	}
	return codes
}

// TestErrorPageSavedAsPDF: a web server's error page saved under a
// notice's .pdf name converts, but says that its content is not what the
// name claims and that it holds no notice, so a batch can filter it.
func TestErrorPageSavedAsPDF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "通知.pdf")
	page := "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>404 Not Found</h1><hr><p>nginx</p></body></html>\n"
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
	doc, err := parse.File(path)
	require.NoError(t, err)
	assert.Equal(t, model.FormatHTML, doc.Source.Format)
	assert.Contains(t, warningCodes(doc), model.WarnFormatMismatch)
	assert.Contains(t, warningCodes(doc), model.WarnNoStructure)
}

// TestFormatMismatchCases checks which name/content pairs warn.
func TestFormatMismatchCases(t *testing.T) {
	const notice = "某府办〔2024〕3号\n某市人民政府办公室关于印发工作要点的通知\n一、推进决策公开\n（一）做好决策预公开。（市司法局牵头）\n"
	page := "<html><body><p>某府办〔2024〕3号</p><p>某市人民政府办公室关于印发工作要点的通知</p></body></html>"
	for _, tc := range []struct {
		name, content string
		format        model.Format
		mismatch      bool
	}{
		{"a.txt", notice, model.FormatText, false},
		{"a.html", page, model.FormatHTML, false},
		{"a.doc", page, model.FormatHTML, true}, // a page saved as .doc is read as the page
		{"a.pdf", notice, model.FormatText, true},
		{"a.txt", page, model.FormatHTML, true},
		{"noext", notice, model.FormatText, false},
	} {
		doc, err := parse.Bytes([]byte(tc.content), parse.WithName(tc.name))
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.format, doc.Source.Format, tc.name)
		assert.Equal(t, tc.mismatch, slices.Contains(warningCodes(doc), model.WarnFormatMismatch), "%s holding %s", tc.name, tc.format)
		assert.NotContains(t, warningCodes(doc), model.WarnNoStructure, tc.name)
	}
}
