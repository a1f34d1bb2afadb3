package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestMayHoldUnitSentence: the gate never turns away a paragraph in which
// unitSentences finds a sentence of units, on every string of up to six
// pieces (units, verbs, 由 and words holding it, both scripts, commas and
// sentence ends).
func TestMayHoldUnitSentence(t *testing.T) {
	pieces := []string{"由", "理由", "市发改委", "縣財政局", "牵头", "負責", "，", "。", "完成整改", " "}
	n, found := 0, 0
	strgen.Walk(pieces, 6, func(s string) {
		if len(unitSentences(nil, source.New(s).At(0, len(s)))) > 0 {
			require.True(t, mayHoldUnitSentence(s), "%q", s)
			found++
		}
		n++
	})
	require.Greater(t, found, 100, "too few unit sentences to prove anything (%d of %d)", found, n)
	assert.False(t, mayHoldUnitSentence("市发改委牵头，各区配合。完成整改。"))
}

// TestFirstSpace: firstSpace answers as strings.IndexAny(s, " \u3000") on
// every string of up to five pieces, cut runes and invalid bytes included.
func TestFirstSpace(t *testing.T) {
	pieces := []string{" ", "\u3000", "责任单位", "a", "\xe3\x80", "\x80", "\xe3", "、", "\uFFFD"}
	strgen.Walk(pieces, 5, func(s string) {
		require.Equal(t, strings.IndexAny(s, " \u3000"), firstSpace(s), "%q", s)
	})
}
