package pdftext

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMergedByPdfunite reads a PDF that pdfunite (poppler 22.12) made of
// two crafted files: its trailer's /Size (23) is smaller than its
// cross-reference table (0 34), and the catalogue is object 29, past
// /Size, so the library alone finds no page tree. Every page of both
// inputs is read.
func TestMergedByPdfunite(t *testing.T) {
	data, err := os.ReadFile("../../testdata/pdf/merged_pdfunite.pdf")
	require.NoError(t, err)
	res, err := extractWithin(t, data, Limits{})
	require.NoError(t, err)
	assert.Equal(t, 3, res.Pages)
	assert.Contains(t, res.Text, "关于印发2017年政务公开工作要点的通知") // first input
	assert.Contains(t, res.Text, "第一页是正常的中文正文")          // second input
}

// TestRepairSize checks the /Size rewrite: raised to what the tables
// list, kept when it is large enough, and left alone when a longer number
// would shift a later section.
func TestRepairSize(t *testing.T) {
	for _, tc := range []struct {
		name, view, trailer string
		listed              int64
		want                string
	}{
		{"same length", "xref\n0 34\ntrailer\n<< /Size 23 /Root 29 0 R >>\nstartxref\n0\n%%EOF", "<< /Size 23 /Root 29 0 R >>", 34,
			"xref\n0 34\ntrailer\n<< /Size 34 /Root 29 0 R >>\nstartxref\n0\n%%EOF"},
		{"longer, last trailer", "trailer\n<</Size 9/Root 1 0 R>>\nstartxref\n0\n%%EOF", "<</Size 9/Root 1 0 R>>", 12,
			"trailer\n<</Size 12/Root 1 0 R>>\nstartxref\n0\n%%EOF"},
		{"large enough", "trailer\n<< /Size 40 >>\n%%EOF", "<< /Size 40 >>", 34, "trailer\n<< /Size 40 >>\n%%EOF"},
		{"longer, not last", "trailer\n<< /Size 9 >>\nxref\ntrailer\n<< /Prev 0 >>\n%%EOF", "<< /Size 9 >>", 12,
			"trailer\n<< /Size 9 >>\nxref\ntrailer\n<< /Prev 0 >>\n%%EOF"},
	} {
		got := repairSize([]byte(tc.view), []byte(tc.trailer), tc.listed)
		assert.Equal(t, tc.want, string(got), tc.name)
	}
}
