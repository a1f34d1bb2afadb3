package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// garbledDoc is a document of n pages, each showing glyph codes through an
// Identity-H font that has no Unicode map: a text layer that reads as
// control characters, as a PDF whose fonts lost their ToUnicode does.
func garbledDoc(n int) []byte {
	contents := make([][]byte, n)
	for i := range contents {
		contents[i] = []byte(fmt.Sprintf("BT /F9 14 Tf 72 700 Td <%s> Tj ET\n", strings.Repeat(fmt.Sprintf("%04X", 0x0102+i), 20)))
	}
	d := withPages(contents...)
	id := cjkFont(d, "Identity-H")
	for k := range d.objs {
		if strings.Contains(d.objs[k], "/Resources << /Font << /F1 ") {
			d.set(k+1, strings.Replace(d.objs[k], "/F1 ", fmt.Sprintf("/F9 %d 0 R /F1 ", id), 1))
		}
	}
	return d.bytes()
}

// TestAllPagesGarbled: a file whose every page has a garbage text layer is
// an error that says so (ErrGarbled, which is an ErrNoTextLayer), not empty
// text; with one readable page the others are warnings.
func TestAllPagesGarbled(t *testing.T) {
	for _, n := range []int{1, 2, 5} {
		_, err := extractWithin(t, garbledDoc(n), Limits{})
		require.Error(t, err, "%d pages", n)
		assert.ErrorIs(t, err, ErrGarbled, "%d pages", n)
		assert.ErrorIs(t, err, ErrNoTextLayer, "%d pages", n)
		assert.Contains(t, err.Error(), fmt.Sprintf("%d of %d pages", n, n))
	}
	res, err := extractWithin(t, readFixture(t, "crafted/garbled_page2.pdf"), Limits{})
	require.NoError(t, err)
	assert.Contains(t, res.Text, "第一页是正常的中文正文")
}
