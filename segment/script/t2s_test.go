package script

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestToSimplified(t *testing.T) {
	tests := []struct{ in, want string }{
		{"青川縣近期政務公開工作要點", "青川县近期政务公开工作要点"},
		{"著力推進", "着力推进"},
		{"顯著", "显著"},
		{"回覆", "回复"},
		{"已經是简体", "已经是简体"},
		{"简体中文不变", "简体中文不变"},
		{"", ""},
		{"abc\xff", "abc\xff"},
		{"𠁞", "𠀾"}, // outside the dense CJK blocks
	}
	for _, tt := range tests {
		got := ToSimplified(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, len([]rune(tt.in)), len([]rune(got)))
	}
}

func TestIsTraditional(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"青川縣近期政務公開工作要點", true},
		{"青川县近期政务公开工作要点", false},
		{"青川縣", false}, // fewer than three traditional characters
		{"abc", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsTraditional(tt.in), tt.in)
	}
}

func TestSimplifiedRune(t *testing.T) {
	for in, want := range map[rune]rune{'發': '发', '號': '号', '号': '号', 'a': 'a', '著': '著'} {
		assert.Equal(t, want, SimplifiedRune(in), string(in))
	}
}

// TestToSimplifiedKeepsSimplified: simplified text comes back as it is,
// without a copy, though phrases start with common characters (一, 上).
func TestToSimplifiedKeepsSimplified(t *testing.T) {
	s := "一、上半年不断推进政务公开，以公开促落实"
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { ToSimplified(s) }))
	assert.Equal(t, "一目了然", ToSimplified("一目瞭然"))
}

// naiveSimplified is the definition ToSimplified implements, without its
// fast paths: at each position the longest phrase, else the character.
func naiveSimplified(s string) string {
	t := load()
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		e := t.lookup(r)
		if p, w := t.phrase(s[i:], e); w > 0 {
			b.WriteString(p)
			i += w
			continue
		}
		if e.to != 0 {
			b.WriteRune(e.to)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// mixture joins n pieces drawn at random.
func mixture(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestToSimplifiedMatchesNaive folds random mixtures of simplified and
// traditional characters, phrases, ASCII, characters outside the dense
// blocks and broken UTF-8 both ways.
func TestToSimplifiedMatchesNaive(t *testing.T) {
	pieces := []string{"一", "上", "不", "目", "瞭然", "著力", "顯著", "回覆", "回", "覆", "發", "号", "政務", "公开", "a", " ", "\u3000", "𠁞", "\xe4\xb8", "\xff", "。", "㑮", "乾", "坤", "以", "後",
		"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "，", "é"} // overlong, U+0800, Hangul, a surrogate
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		s := mixture(rng, pieces, rng.IntN(12))
		assert.Equal(t, naiveSimplified(s), ToSimplified(s), "%q", s)
	}
}

// Benchmark texts: a paragraph of a notice in either script, with the
// full-width punctuation, quotes and digits of real text.
var (
	benchSimple = strings.Repeat("一、上半年各单位不断推进政务公开工作（含“互联网+政务服务”），以公开促落实；按照要求做好信息发布：2024年完成12项。", 20)
	benchTrad   = strings.Repeat("一、上半年各單位不斷推進政務公開工作（含“互聯網+政務服務”），以公開促落實；按照要求做好信息發佈：2024年完成12項。", 20)
)

// BenchmarkToSimplified folds a simplified and a traditional paragraph.
func BenchmarkToSimplified(b *testing.B) {
	for _, c := range []struct{ name, s string }{{"simplified", benchSimple}, {"traditional", benchTrad}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			b.ReportAllocs()
			for b.Loop() {
				ToSimplified(c.s)
			}
		})
	}
}

// BenchmarkIsTraditional tells the script of the same paragraphs.
func BenchmarkIsTraditional(b *testing.B) {
	for _, c := range []struct{ name, s string }{{"simplified", benchSimple}, {"traditional", benchTrad}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				IsTraditional(c.s)
			}
		})
	}
}

func TestPreimages(t *testing.T) {
	tests := []struct {
		r    rune
		want []rune // must be among the preimages
		none bool   // no rune folds to r
	}{
		{r: '发', want: []rune{'發', '髮'}},
		{r: '号', want: []rune{'號'}},
		{r: '复', want: []rune{'覆', '複', '復'}}, // 覆 only in phrases (答覆)
		{r: '划', want: []rune{'畫'}},           // 計畫 → 计划
		{r: '印', none: true},
		{r: 'a', none: true},
	}
	for _, tt := range tests {
		got := Preimages(tt.r)
		if tt.none {
			assert.Empty(t, got, string(tt.r))
		}
		for _, w := range tt.want {
			assert.Contains(t, got, w, string(tt.r))
		}
		for _, p := range got {
			assert.NotEqual(t, tt.r, p)
		}
	}
}

// TestIsTraditionalMatchesCount checks the inline path of IsTraditional
// against a count over decoded runes, on random mixtures.
func TestIsTraditionalMatchesCount(t *testing.T) {
	pieces := []string{"發", "号", "政務", "公开", "a", "㑮", "㐀", "𠁞", "\xe4\xb8", "\xff", "。", "乾", "国", "國"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		s := mixture(rng, pieces, rng.IntN(40))
		han, trad := 0, 0
		for _, r := range s {
			if IsHan(r) {
				han++
				if SimplifiedRune(r) != r {
					trad++
				}
			}
		}
		assert.Equal(t, trad >= 3 && trad*100 >= han, IsTraditional(s), "%q", s)
	}
}

// TestToTraditional: each character takes its common traditional form
// (局 stays, 干 → 幹, 为 → 為, not the rare first preimages 侷, 乾, 爲),
// and every character that has a traditional form comes back from
// ToSimplified as it was, in one of the forms that fold to it.
func TestToTraditional(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"县财政局负责", "縣財政局負責"},
		{"干部为系统具体制度发布后台查询", "幹部為系統具體制度發布後臺查詢"},
		{"征求意见，规范标准，其余项目", "徵求意見，規範標準，其餘項目"},
		{"ABC 123，", "ABC 123，"},
		{"", ""},
	} {
		assert.Equal(t, tt.want, ToTraditional(tt.in), tt.in)
	}
	n := 0
	for r := rune(cjkLo); r < cjkHi; r++ {
		pre := Preimages(r)
		if len(pre) == 0 || SimplifiedRune(r) != r {
			continue
		}
		n++
		s := string(r)
		tr := ToTraditional(s)
		c, _ := utf8.DecodeRuneInString(tr)
		require.True(t, c == r || slices.Contains(pre, c), "%s → %s: not one of its forms", s, tr)
		require.Equal(t, s, ToSimplified(tr), "%s → %s", s, tr)
	}
	assert.Greater(t, n, 2000, "too few characters with a traditional form to prove anything")
}
