package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/segment/script"
)

// scanned is what scan handed out for one word.
type scanned struct {
	tok  Token
	term int32
}

// scanWith collects the words of text, with term ids from cache (nil for
// none), by scan or, when general is set, by its general path alone.
func scanWith(s *Segmenter, text string, cache *docCache, general bool) []scanned {
	var out []scanned
	yield := func(t Token, term int32) { out = append(out, scanned{t, term}) }
	if !general {
		s.scan(text, cache, yield, nil)
		return out
	}
	glossed, folds := s.plain(text)
	s.scanGeneral(text, glossed, folds, cache, new(scratch), yield)
	return out
}

// plainCutTexts are texts whose cut must not depend on the path scan
// takes: the seeds, the texts of testdata/inputs, the corpus when
// $GONGWEN_CORPUS names it, and short texts with glosses, traditional
// stretches and phrase overrides next to simplified ones, mixed terms at
// every edge, and characters whose simplified form has another length.
func plainCutTexts(t *testing.T) []string {
	texts := []string{
		"", "abc", "（一）加强政务公开", "政务", "政务APP建设", "推进互联网+政务服务工作",
		"“双随机、一公开”监管和谁起草、谁解读原则", "12345热线和PPP项目", "覆盖全面，显著提升，着力推进",
		"答覆群众来信", "本局答覆", "著力推进政务公开", "互聯網+政務服務", "推進互联网+政務服務",
		"優化營商環(huán)境", "发(fā)改委", "政务(PPP)公开", "政务（一）公开", "政务(zhèng)公开",
		"做好答覆互联网+政务服务", "𡻕末工作总结", "㑮与其他", "加强政务公开\n\n答覆\n覆盖",
		"互联网+", "互联网＋政务服务", "双随机，一公开", "双随机,一公开", "政务\uFFFD公开\x00工作",
	}
	for _, s := range seeds(t) {
		texts = append(texts, s)
	}
	var paths []string
	for _, pat := range []string{"../testdata/inputs/*.txt", "../testdata/reports/*.txt"} {
		p, _ := filepath.Glob(pat)
		paths = append(paths, p...)
	}
	if dir := os.Getenv("GONGWEN_CORPUS"); dir != "" {
		p, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		paths = append(paths, p...)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	return texts
}

// TestPlainCutMatchesGeneral requires scan, which cuts plain texts in one
// pass, to hand out exactly the words, spans, values and term ids of its
// general path (glosses stripped, text folded, words mapped back), with
// and without a docCache, and to record the same words.
func TestPlainCutMatchesGeneral(t *testing.T) {
	s := Default()
	s.load()
	plain := 0
	for _, text := range plainCutTexts(t) {
		if s.cutPlain(text, nil, new(scratch)) {
			plain++
		}
		require.Equal(t, scanWith(s, text, nil, true), scanWith(s, text, nil, false), "%.60q", text)
		general := &docCache{runs: map[string]cutRange{}, index: map[string]int32{}}
		fused := &docCache{runs: map[string]cutRange{}, index: map[string]int32{}}
		general.recording, fused.recording = true, true
		require.Equal(t, scanWith(s, text, general, true), scanWith(s, text, fused, false), "%.60q", text)
		require.Equal(t, general.terms, fused.terms, "%.60q", text)
		require.Equal(t, general.toks, fused.toks, "%.60q", text)
		require.Equal(t, general.units, fused.units, "%.60q", text)
	}
	require.Greater(t, plain, 10, "texts cut in one pass")
}

// TestCutPlainRefuses lists texts the one-pass cut must leave to the
// general path: a gloss after a Han character, a stretch that folding
// changes (by its characters or by a phrase), and the plain texts it
// takes.
func TestCutPlainRefuses(t *testing.T) {
	s := Default()
	s.load()
	tests := []struct {
		text  string
		plain bool
	}{
		{"加强政务公开工作", true},
		{"覆盖全面，显著提升", true},      // 覆 and 著 can fold, but do not here
		{"政务(PPP)公开", true},      // upper case: no gloss
		{"(zhèng)政务", true},      // a gloss after no Han character
		{"政(zhèng)务", false},     // a gloss
		{"政（zhèng）务", false},     // a full-width gloss
		{"加强政務公开", false},        // a traditional character
		{"本局答覆", false},          // a phrase override: 答覆 → 答复
		{"推进互聯網+政务服务", false},    // inside a mixed term
		{"推进互联网+政務服務", false},    // at the end of one
		{"推进互联网+政务服务，加強", false}, // the last stretch
	}
	for _, tt := range tests {
		assert := require.New(t)
		assert.Equal(tt.plain, s.cutPlain(tt.text, nil, new(scratch)), tt.text)
	}
}

// TestFoldingStaysInsideHan pins what cutPlain's stretch-wise fold relies
// on: every character ToSimplified can change, by the character table or
// a phrase override, is a Han character and becomes one, so folding never
// reaches across another character.
func TestFoldingStaysInsideHan(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		for _, p := range script.Preimages(r) {
			require.True(t, isHan(r) && isHan(p), "%q folds to %q", p, r)
		}
	}
}

// TestSameWidths compares sameWidths, which compares continuation bytes
// eight at a time, with a rune-by-rune reading, on texts and their folds
// and on pairs that differ in one rune's length at every offset.
func TestSameWidths(t *testing.T) {
	byRune := func(a, b string) bool {
		for i := 0; i < len(a); {
			_, n := utf8.DecodeRuneInString(a[i:])
			if _, m := utf8.DecodeRuneInString(b[i:]); m != n {
				return false
			}
			i += n
		}
		return true
	}
	pairs := [][2]string{{"", ""}, {"abc", "xyz"}, {"政務公開", "政务公开"}, {"\xe4\xb8", "\xe4\xb8"}, {"a\x80b", "a\x80b"}}
	for _, text := range plainCutTexts(t)[:40] {
		pairs = append(pairs, [2]string{text, ToSimplified(text)})
	}
	// 㑮 (three bytes) folds to 𫝈 (four): shift the difference through
	// every offset of an eight-byte word.
	for pad := range 12 {
		a := strings.Repeat("x", pad) + "㑮a政务公开工作"
		b := strings.Repeat("x", pad) + "政a政务公开工作"
		c := strings.Repeat("x", pad) + "𫝈政务公开工作"
		pairs = append(pairs, [2]string{a, b}, [2]string{a, c[:len(a)]}, [2]string{c[:len(a)], a})
	}
	differ := 0
	for _, p := range pairs {
		if len(p[0]) == len(p[1]) {
			require.Equal(t, byRune(p[0], p[1]), sameWidths(p[0], p[1]), "%q %q", p[0], p[1])
			if !byRune(p[0], p[1]) {
				differ++
			}
		}
	}
	require.Greater(t, differ, 12)
}

// TestHasGloss requires hasGloss, which looks only at the parentheses a
// fast search finds, to agree with plain's rune-by-rune reading.
func TestHasGloss(t *testing.T) {
	s := Default()
	s.load()
	glossed := 0
	texts := append(plainCutTexts(t), "環(huán)境", "環（huán）境", "(huán)境", "PPP(ppp)", "\xe4\xb8(huán)", "環(HUAN)境(huán)")
	for _, text := range texts {
		want, _ := s.plain(text)
		require.Equal(t, want, hasGloss(text), "%.60q", text)
		if want {
			glossed++
		}
	}
	require.Greater(t, glossed, 4)
}

// TestPlainHan reads the unified ideographs outside the notable set from
// an offset on, and stops at the first other rune, a notable one, or a
// rune cut short by the end of the text.
func TestPlainHan(t *testing.T) {
	notable := newRuneSet("发")
	for _, tc := range []struct {
		text string
		from int
		want string // the runes read
		stop int    // the offset returned
	}{
		{"政务公开", 0, "政务公开", 12},
		{"政务公开", 3, "务公开", 12},
		{"政务，公开", 0, "政务", 6},
		{"政务a公开", 0, "政务", 6},
		{"政务发布", 0, "政务", 6},          // notable
		{"一丁", 0, "一丁", 6},            // U+4E00, the first
		{"鿿〇", 0, "鿿", 3},             // U+9FFF, the last; 〇 is U+3007
		{"政㐀务", 0, "政", 3},            // U+3400: E3, below the range
		{"政䷀务", 0, "政", 3},            // U+4DC0: E4 but below U+4E00
		{"政ꀀ", 0, "政", 3},             // U+A000: EA
		{"政务"[:5], 0, "政", 3},         // a rune cut short
		{"政\xe4\x80务", 0, "政", 3},     // a lead byte without its second continuation
		{"政\xe4\xc0\x80务", 0, "政", 3}, // a non-continuation byte
		{"", 0, "", 0},
	} {
		t.Run(tc.text, func(t *testing.T) {
			at, runes := plainHan(tc.text, tc.from, notable, nil)
			require.Equal(t, tc.stop, at)
			require.Equal(t, tc.want, string(runes))
		})
	}
}
