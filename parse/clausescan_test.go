package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// The clause reader's short cuts answer as the plain scans they replace,
// on every string of a few pieces (names, separators, spaces, brackets,
// cut runes and invalid bytes): each test holds the plain scan as its
// reference.

// TestListAndFieldSeps: hasListSep and hasFieldSpace find a separator
// exactly when a rune-by-rune search does.
func TestListAndFieldSeps(t *testing.T) {
	pieces := []string{"、", "/", " ", "\u3000", "\n", "市委", "\xe3\x80", "\x80", "\uFFFD"}
	strgen.Walk(pieces, 5, func(s string) {
		require.Equal(t, strings.IndexFunc(s, isListSep) >= 0, hasListSep(s), "%q", s)
		require.Equal(t, strings.IndexFunc(s, isFieldSpace) >= 0, hasFieldSpace(s), "%q", s)
	})
}

// TestTrimNameEdges: trimNameEdges trims what TrimFunc(isNameEdge) does.
func TestTrimNameEdges(t *testing.T) {
	pieces := []string{"市委", "“", "。", " ", "\u3000", ".", "）", "a", "\xe5\xb8", "\x82"}
	strgen.Walk(pieces, 5, func(s string) {
		q := source.New(s).At(0, len(s))
		require.Equal(t, q.TrimFunc(isNameEdge).S, trimNameEdges(q).S, "%q", s)
	})
}

// TestEndsName: endsName reads at most three runes after the verb and
// answers as a search for the next separator and a count of the runes
// before it.
func TestEndsName(t *testing.T) {
	plain := func(s, word string) bool {
		rest := s[len(word):]
		if k := source.IndexAny(rest, "、，,；;。：: \u3000）)"); k >= 0 {
			rest = rest[:k]
		}
		if rest == "" || utf8.RuneCountInString(rest) > 2 || org.Ending(word+rest) != rest {
			return false
		}
		_, _, isLabel := matchLabel(word + rest)
		return !isLabel
	}
	pieces := []string{"处", "站", "单位", "、", "）", " ", "：", "局", "x", "\x80", "\xe5\xb1"}
	found := 0
	for _, word := range []string{"指导", "牵头"} {
		strgen.Walk(pieces, 4, func(rest string) {
			s := word + rest
			want := plain(s, word)
			require.Equal(t, want, endsName(s, word), "%q", s)
			if want {
				found++
			}
		})
	}
	require.Greater(t, found, 20, "too few names to prove anything")
}

// TestFoldPrefix: foldPrefix folds the runes a range loop counts.
func TestFoldPrefix(t *testing.T) {
	plain := func(s string, n int) string {
		for i := range s {
			if n == 0 {
				return fold(s[:i])
			}
			n--
		}
		return fold(s)
	}
	pieces := []string{"責任", "单位", "a", "：", "\xe5\xb8", "\x82", "\uFFFD"}
	strgen.Walk(pieces, 5, func(s string) {
		for n := range 10 {
			require.Equal(t, plain(s, n), foldPrefix(s, n), "%q %d", s, n)
		}
	})
}

// TestSplitAtLabels: splitAtLabels, which probes for a label only in the
// bytes before a colon a label can reach, splits where probing every
// rune does.
func TestSplitAtLabels(t *testing.T) {
	pieces := []string{"牵头单位：", "配合单位", "：", ":", "市发改委", "（", " ", "\x80", "\xe5\xb9"}
	split := 0
	strgen.Walk(pieces, 5, func(s string) {
		seg := source.New(s).At(0, len(s))
		want := plainSplitAtLabels(seg)
		got := splitAtLabels(nil, seg)
		require.Equal(t, len(want), len(got), "%q", s)
		for i := range want {
			require.Equal(t, want[i].S, got[i].S, "%q", s)
		}
		if len(got) > 1 {
			split++
		}
	})
	require.Greater(t, split, 1000, "too few splits to prove anything")
}

// plainSplitAtLabels is splitAtLabels probing every rune for a label.
func plainSplitAtLabels(seg source.Str) []source.Str {
	var dst []source.Str
	if !hasColon(seg.S) {
		return append(dst, seg)
	}
	start, skip := 0, 0
	colon, width := -1, 0
	for i := range seg.S {
		if colon < i {
			if colon, width = nextColon(seg.S, i); colon < 0 {
				break
			}
		}
		if i < skip || colon+width > i+genericLabelBytes {
			continue
		}
		l, n, ok := matchLabel(seg.S[i:])
		if !ok || n == len(l.word) {
			continue
		}
		skip = i + n
		if i == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(seg.S[:i]); org.IsOpenBracket(r) {
			continue
		}
		if head := seg.Slice(start, i).TrimSpace(); head.Len() > 0 {
			dst = append(dst, head)
		}
		start = i
	}
	return append(dst, seg.From(start))
}

// TestOpenFinder: asked at every rune start in order, openFinder names the
// first bracket of clauseOpens at or after it that testing each byte
// for a lead byte and decoding there finds.
func TestOpenFinder(t *testing.T) {
	pieces := []string{"（", "(", "〔", "[", "［", "【", "市委", "）", "\xef\xbc", "\x88", "\xe3"}
	strgen.Walk(pieces, 5, func(s string) {
		var opens []int // the brackets a byte-by-byte scan finds
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isClauseOpen(r) {
				opens = append(opens, i)
			}
			i += n
		}
		f := newOpenFinder(s)
		k := 0
		for i := 0; i < len(s); {
			for k < len(opens) && opens[k] < i {
				k++
			}
			want := len(s)
			if k < len(opens) {
				want = opens[k]
			}
			require.Equal(t, want, f.next(i), "%q at %d", s, i)
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	})
}

// TestTrimStr: trimStr trims what Str.TrimSpace does, the spaces of
// source.IsSpace at either edge (U+FEFF and U+00A0 among them).
func TestTrimStr(t *testing.T) {
	pieces := []string{"市委", " ", "\u3000", "\ufeff", "\u00a0", "\u200b", "\t", "a", "，", "\xe5\xb8", "\x82"}
	strgen.Walk(pieces, 4, func(s string) {
		q := source.New(s).At(0, len(s))
		require.Equal(t, q.TrimSpace().S, trimStr(q).S, "%q", s)
	})
}

// TestFindRoleWordBrackets: findRoleWord, which tests only runes that are
// no ideograph for brackets, finds the verb a scan testing every rune
// finds, inside and outside brackets of every width.
func TestFindRoleWordBrackets(t *testing.T) {
	plain := func(s string) int {
		depth := 0
		for i, r := range s {
			switch {
			case org.IsOpenBracket(r):
				depth++
			case org.IsCloseBracket(r):
				if depth > 0 {
					depth--
				}
			case depth == 0 && roleStarts.Has(r):
				f := fold(s)
				for _, w := range roleWordsByRune[[]rune(f[i:])[0]] {
					if strings.HasPrefix(f[i:], w.Word) && !endsName(f[i:], w.Word) {
						return i
					}
				}
			}
		}
		return -1
	}
	pieces := []string{"牵头", "負責", "市委", "（", "）", "(", ")", "《", "》", "“", "”", "﹙", "\xe5\xb8"}
	found := 0
	strgen.Walk(pieces, 4, func(s string) {
		want := plain(s)
		pos, _, _ := findRoleWord(s)
		require.Equal(t, want, pos, "%q", s)
		if want >= 0 {
			found++
		}
	})
	require.Greater(t, found, 1000, "too few verbs to prove anything")
}
