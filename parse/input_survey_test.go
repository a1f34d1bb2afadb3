package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/parse/textenc"
	"github.com/zwgk/gongwen/segment/script"
)

// TestSurveyedUTF8IsDetection proves decodeText's one-pass path: over
// byte strings made of byte order marks, NUL bytes (alone and as UTF-16
// would hold them), invalid and cut bytes, simplified, traditional and
// shifted characters (著), GB18030 bytes and text, and over texts around
// the detection sample's size, decodeText gives what detection gives
// (decodeDetected: text, encoding, warnings, error), and the survey it
// carries is finish's.
func TestSurveyedUTF8IsDetection(t *testing.T) {
	gb, err := simplifiedchinese.GB18030.NewEncoder().String("关于印发通知")
	require.NoError(t, err)
	pieces := []string{"\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", "\x00", "a\x00", "\xff", "\xe4\xb8", "中", "國", "著", "\n", gb, "ab"}
	one := func(data []byte) bool {
		c := newConfig(nil)
		want, wantErr := decodeDetected(data, c)
		got, gotErr := decodeText(data, c)
		require.Equal(t, wantErr, gotErr, "%q", data)
		if wantErr != nil {
			return false
		}
		require.Equal(t, want.text, got.text, "%q", data)
		require.Equal(t, want.source, got.source, "%q", data)
		require.Equal(t, want.warnings, got.warnings, "%q", data)
		if !got.surveyed {
			return false
		}
		_, simplified, settled := script.Survey(got.text, scriptWindow)
		require.Equal(t, [2]bool{simplified, settled}, [2]bool{got.simplified, got.settled}, "%q", data)
		return true
	}
	fast, slow := 0, 0
	strgen.Walk(pieces, 4, func(s string) {
		if one([]byte(s)) {
			fast++
		} else {
			slow++
		}
	})
	require.Greater(t, fast, 1000)
	require.Greater(t, slow, 10000)
	// At the edge of the sample: a valid text one byte within it, at it
	// and past it, and a rune cut by the sample's end.
	for _, n := range []int{textenc.SampleSize - 1, textenc.SampleSize, textenc.SampleSize + 1, textenc.SampleSize + 2} {
		text := strings.Repeat("a", n%3) + strings.Repeat("國", n/3)
		require.Len(t, text, n)
		one([]byte(text))
	}
	// Valid UTF-8 past the sample, nearly all ASCII, a character cut by
	// the sample's end: detection, which sees too few characters, does not
	// call it UTF-8, so this path must not either.
	one([]byte(strings.Repeat("a", textenc.SampleSize-1) + "中文"))
}
