package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// TestColophonKeyLines proves the walk over the lines holding 抄 or 印
// finds the 版记 where the fold and test of every line does, over texts
// made of the colophon's words, simplified and traditional, their runes
// apart, line breaks, spaces and filler; and that no rune folds to a key.
func TestColophonKeyLines(t *testing.T) {
	for _, r := range colophonKeys {
		require.Empty(t, script.Preimages(r), "%q", r)
	}
	everyStart := func(text string) int {
		for at := 0; at < len(text); {
			nl := strings.IndexByte(text[at:], '\n')
			lineEnd := len(text)
			if nl >= 0 {
				lineEnd = at + nl
			}
			l := strings.TrimSpace(segment.ToSimplified(text[at:lineEnd]))
			if strings.HasPrefix(l, "抄送") || strings.HasSuffix(l, "日印发") {
				return at
			}
			at = lineEnd + 1
		}
		return -1
	}
	everyEnd := func(text string) int {
		c := everyStart(text)
		if c < 0 {
			return -1
		}
		for at := c; at < len(text); {
			nl := strings.IndexByte(text[at:], '\n')
			if nl < 0 {
				return -1
			}
			if strings.HasSuffix(strings.TrimSpace(segment.ToSimplified(text[at:at+nl])), "印发") {
				return at + nl + 1
			}
			at += nl + 1
		}
		return -1
	}
	pieces := []string{"抄送", "日印发", "日印發", "印发", "印", "抄", "\n", " ", "20日", "局"}
	starts, ends := 0, 0
	strgen.Walk(pieces, 5, func(s string) {
		want := everyStart(s)
		require.Equal(t, want, colophonStart(surveyed(s)), "%q", s)
		wantEnd := everyEnd(s)
		require.Equal(t, wantEnd, colophonEnd(s, colophonStart(surveyed(s))), "%q", s)
		if want >= 0 {
			starts++
		}
		if wantEnd >= 0 {
			ends++
		}
	})
	require.Greater(t, starts, 10000)
	require.Greater(t, ends, 1000)
	assert.Equal(t, len("正文\n"), colophonStart(surveyed("正文\n抄送：市政府办公厅\n市人民政府办公室 2023年3月20日印发\n附件")))
	assert.Equal(t, len("正文\n抄送：市政府办公厅\n市人民政府办公室 2023年3月20日印发\n"), colophonEnd("正文\n抄送：市政府办公厅\n市人民政府办公室 2023年3月20日印发\n附件", len("正文\n")))
}

// TestKeyLines proves the walk returns, from any offset, the lines (the
// first cut at that offset) that hold a key, in order, as splitting the
// text at its line breaks and keeping those lines does.
func TestKeyLines(t *testing.T) {
	keys := []rune{'抄', '年'}
	pieces := []string{"抄", "年", "\n", "a", "局"}
	strgen.Walk(pieces, 6, func(s string) {
		for from := 0; from <= len(s); from++ {
			var want, got [][2]int
			for at := from; at < len(s); {
				end := len(s)
				if nl := strings.IndexByte(s[at:], '\n'); nl >= 0 {
					end = at + nl
				}
				if strings.ContainsAny(s[at:end], string(keys)) {
					want = append(want, [2]int{at, end})
				}
				at = end + 1
			}
			for lines := (keyLines{text: s, at: from, keys: keys}); ; {
				a, b, ok := lines.next()
				if !ok {
					break
				}
				got = append(got, [2]int{a, b})
			}
			require.Equal(t, want, got, "%q from %d", s, from)
		}
	})
}

// TestInnerTitleKeys proves underInnerTitle's gate: every line innerTitle
// takes for a plan's title holds one of innerTitleKeys, over lines made of
// years, plan words, punctuation and filler, simplified and traditional;
// and no rune folds to a key.
func TestInnerTitleKeys(t *testing.T) {
	for _, r := range innerTitleKeys {
		require.Empty(t, script.Preimages(r), "%q", r)
	}
	pieces := []string{"2023年", "2023", "年", "20", "23", "優化營商環境", "工作要点", "方案", "清單", "，", " ", "（一）", "局"}
	titles := 0
	strgen.Walk(pieces, 4, func(s string) {
		if innerTitle(s) {
			titles++
			require.True(t, strings.ContainsAny(s, string(innerTitleKeys[:])), "%q", s)
		}
	})
	require.Greater(t, titles, 1000)
}
