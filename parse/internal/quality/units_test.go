package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

func TestHoldsClausePunct(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"", false},
		{"市财政局", false},
		{"市财政局，市人社局", true},
		{"市财政局。", true},
		{"牵头：市财政局", true},
		{"市财政局；", true},
		{"a:b", true},
		{"傂", false},         // E5 82 82: ends in 82 as 。 does
		{"\xbc\x8c", false},  // a cut ，
		{"市财政局、市人社局", false}, // the enumeration comma is no clause mark
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, holdsClausePunct(tc.s), "%q", tc.s)
	}
}

// TestHoldsClausePunctAsContainsAny proves the byte scanner answers as
// strings.ContainsAny(s, "。，；：:;,") over strings of the marks, their
// bytes cut apart and runes sharing their last bytes.
func TestHoldsClausePunctAsContainsAny(t *testing.T) {
	pieces := []string{"。", "，", "；", "：", ":", ";", ",", "\xe3\x80", "\xef", "\xbc", "\x82", "\x9a", "傂", "、", "局"}
	found := 0
	strgen.Walk(pieces, 4, func(s string) {
		want := strings.ContainsAny(s, "。，；：:;,")
		require.Equal(t, want, holdsClausePunct(s), "%q", s)
		if want {
			found++
		}
	})
	require.Greater(t, found, 10000)
}

// TestVerbInGate proves verbIn's gate turns away no name in which the
// ungated search finds a verb: over names made of the verbs, simplified
// and traditional, their runes apart, unit words and punctuation, the two
// agree; and every rune of the gate's set is one it can hold.
func TestVerbInGate(t *testing.T) {
	for _, v := range unitVerbs {
		for _, r := range v {
			for _, p := range script.Preimages(r) {
				require.Less(t, p, rune(0x10000), "%q folds to %q", p, r)
			}
		}
	}
	pieces := []string{"负责", "負責", "牵头", "牽頭", "协助", "協助", "推进", "推進", "开展", "開展", "加强", "加強", "落实", "落實", "确保", "確保", "完成", "负", "頭", "市财政局", "（", "）"}
	n, found := 0, 0
	strgen.Walk(pieces, 3, func(s string) {
		want := verbInFolded(s)
		require.Equal(t, want, verbIn(s), "%q", s)
		if want != "" {
			found++
		}
		n++
	})
	require.Greater(t, found, 5000, "too few verbs to prove anything (%d of %d)", found, n)
	assert.Empty(t, verbIn("市财政局"))
	assert.Equal(t, "负责", verbIn("市財政局負責"))
}
