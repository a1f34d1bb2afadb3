package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrimSpace checks trimSpace against strings.TrimSpace on texts with
// plain and spaced edges, and on every pair of edge runes of a sample.
func TestTrimSpace(t *testing.T) {
	edges := []string{"", " ", "\t", "\n", "\u3000", "\u00a0", "\u2003", "\u2028", "\ufeff", "\u200b", "a", "1", "市", "。", "（", "）", "，", "\xe4", "\xe3\x80", "\xef\xbc", "\xff"}
	for _, a := range edges {
		for _, z := range edges {
			s := a + "推进工作" + z
			assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
			assert.Equal(t, strings.TrimSpace(a+z), trimSpace(a+z), "%q", a+z)
		}
	}
}
