package quality

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// surveyed returns s as the parser hands it over: settled when Survey
// finds it so.
func surveyed(s string) docText {
	_, _, settled := script.Survey(s, len(s))
	return docText{s: s, settled: settled}
}

// TestSettledPiecesFoldToThemselves proves the skip of docText.fold: over
// texts made of the words the checks fold (labels, role verbs, the
// colophon's), simplified and traditional, characters only a phrase
// changes (覆 of 回覆) beside a phrase's start, a character that changes
// alone and filler, every piece of a settled text — what verbAfter,
// labelBefore, colophonStart and marksOf fold — folds to itself, so
// skipping the fold changes nothing.
func TestSettledPiecesFoldToThemselves(t *testing.T) {
	pieces := []string{"配合", "負責", "牵头单位：", "回", "覆", "著", "抄送", "日印發", "\n", "局", "一"}
	settled, unsettled := 0, 0
	strgen.Walk(pieces, 4, func(s string) {
		text := surveyed(s)
		if !text.settled {
			unsettled++
			return
		}
		settled++
		for i := 0; i < len(s); i++ {
			for j := i + 1; j <= len(s); j++ {
				if utf8.RuneStart(s[i]) && (j == len(s) || utf8.RuneStart(s[j])) {
					require.Equal(t, segment.ToSimplified(s[i:j]), text.fold(s[i:j]), "%q in %q", s[i:j], s)
				}
			}
		}
	})
	require.Greater(t, settled, 100)
	require.Greater(t, unsettled, 1000)
}
