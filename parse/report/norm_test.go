package report

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

// denseNorm is the norm as it was first written: the folded text (rune by
// rune with foldRune) and two source offsets per byte of it. The run-based norm must answer every
// offset question exactly as this reference does.
type denseNorm struct {
	s          string
	start, end []int32
	n          int
}

func newDenseNorm(text string) *denseNorm {
	var b strings.Builder
	nm := &denseNorm{n: len(text), start: []int32{}, end: []int32{0}}
	var prev rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '(' || r == '（' {
			if k := pinyinNoise(text, i); k > 0 && isHan(prev) {
				i = k
				continue
			}
		}
		a := i
		i += size
		r, keep := foldRune(r)
		if !keep {
			continue
		}
		prev = r
		b.WriteRune(r)
		for range utf8.RuneLen(r) {
			nm.start = append(nm.start, int32(a))
			nm.end = append(nm.end, int32(a))
		}
		nm.end[len(nm.end)-1] = int32(i)
	}
	nm.s = b.String()
	nm.start = append(nm.start, int32(len(text)))
	return nm
}

func (d *denseNorm) src(i int) int {
	if i >= len(d.s) {
		return d.n
	}
	return int(d.start[i])
}

func (d *denseNorm) srcEnd(j int) int {
	if j <= 0 {
		return int(d.start[0])
	}
	return int(d.end[min(j, len(d.s))])
}

func (d *denseNorm) at(off int) int {
	return sort.Search(len(d.s), func(i int) bool { return int(d.start[i]) >= off })
}

// normTexts are texts with every kind of folding: spaces and line breaks,
// quotes, pinyin annotations, full-width forms, traditional script,
// invalid bytes, a leading space and an empty text.
var normTexts = []string{
	"",
	"  ",
	" 規(guī)章 |\n本年收費(fèi)金額（單位：萬元）“三安全”",
	"本年新收政府信息公开申请１２件，\t办结１０件。",
	"〔2021〕［3］—－ “引号” ‘单’ 「角」『书』 a'b\"c",
	"\xff起\xfe 坏字节\x80",
	"印發(fā)給你們 (abc) （一）",
	"\u3000\u3000一、总体情况\r\n二、主动公开政府信息情况 2019年",
	"ＡＢＣ１２３ｘ",
}

func TestNormMatchesDense(t *testing.T) {
	texts := append([]string(nil), normTexts...)
	// and mixtures of the pieces that fold, in a fixed pseudo-random order
	pieces := []string{"規", "(guī)", "（一）", " ", "\n", "，", "1", "２", "“", "\xff", "年度", "a", "（", "—", "\u3000",
		"信息公开", "。", "、", "「", "〔", "(", "(ab)", "\xe4\xbf"}
	seed := uint32(1)
	for range 600 {
		var b strings.Builder
		for range 12 {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>16%uint32(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		want, got := newDenseNorm(text), normalize(text)
		require.Equal(t, want.s, got.s)
		require.Equal(t, want.s, simplify(text))
		for i := 0; i <= len(got.s)+1; i++ {
			require.Equal(t, want.src(i), got.src(i), "src(%d) of %.40q", i, text)
			require.Equal(t, want.srcEnd(i), got.srcEnd(i), "srcEnd(%d) of %.40q", i, text)
		}
		for off := 0; off <= len(text)+1; off++ {
			require.Equal(t, want.at(off), got.at(off), "at(%d) of %.40q", off, text)
		}
	}
}

func TestFoldKeepsUnchangedText(t *testing.T) {
	tests := []struct {
		text string
		same bool
	}{
		{"政府信息公开", true},
		{"abc,1.2", true},
		{"政府 信息", false},
		{"規章", false},
		{"１２", false},
	}
	for _, tt := range tests {
		got, _ := fold(tt.text, false)
		assert.Equal(t, tt.same, got == tt.text, tt.text)
		if tt.same {
			assert.Zero(t, testing.AllocsPerRun(10, func() { fold(tt.text, false) }), tt.text)
		}
	}
}

// TestHanRangeFoldsByTable checks the premise of foldRune's shortcut: no
// rune of [hanLo, hanHi) is one the norm drops or rewrites by its own
// rules.
func TestHanRangeFoldsByTable(t *testing.T) {
	special := "“”‘’\"'「」『』〔〕［］—－"
	for r := rune(hanLo); r < hanHi; r++ {
		if source.IsSpace(r) || strings.ContainsRune(special, r) || r >= 0xFF01 && r <= 0xFF5E {
			t.Fatalf("%U is folded by its own rule", r)
		}
	}
}

// TestQuietEnd checks where fold's fast path stops: at the first
// character that does not fold to itself byte for byte.
func TestQuietEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"政府信息公开", len("政府信息公开")},
		{"abc,1.2。、《》", len("abc,1.2。、《》")},
		{"信息 公开", len("信息")},
		{"信息(guī)", len("信息")},
		{"信息\"公开", len("信息")},
		{"信息，公开", len("信息")},
		{"信息規章", len("信息")},
		{"信息\u3000", len("信息")},
		{"信息「公开」", len("信息")},
		{"信息〔2021〕", len("信息")},
		{"信息“公开”", len("信息")},
		{"信息\xe4\xbf", len("信息")},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, quietEnd(tt.text, 0), "%q", tt.text)
	}
}

// quietEndByRune is quietEnd as it was first written, a character at a
// time: the reference its stop set must agree with.
func quietEndByRune(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiFolds[c] {
				return i
			}
			i++
			continue
		}
		r, n := script.Decode3(text[i:])
		if n == 0 || r < cjkLo || r >= cjkHi {
			return i
		}
		if out, keep := foldRune(r); !keep || out != r {
			return i
		}
		i += 3
	}
	return i
}

// TestQuietEndMatchesByRune checks quietEnd against quietEndByRune at
// every offset of every text of up to four pieces: ASCII that folds and
// that does not, Han that folds and that does not, the marks at either
// end of the range, runes of other widths and broken bytes.
func TestQuietEndMatchesByRune(t *testing.T) {
	pieces := []string{"a", " ", "(", "政", "務", "。", "，", "〔", "\u2fff", "\ua000", "\u0800", "\ud7ff", "é", "𠀀", "\xe6", "\x94\xbf", "\xff"}
	strgen.Walk(pieces, 4, func(s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := quietEnd(s, i), quietEndByRune(s, i); got != want {
				t.Fatalf("quietEnd(%q, %d) = %d, by rune %d", s, i, got, want)
			}
		}
	})
}

// TestIndexText checks indexText against strings.Index on a long text,
// with needles found, absent, at either end and overlapping themselves.
func TestIndexText(t *testing.T) {
	long := strings.Repeat("本年新收政府信息公开申请办理，", 40)
	tests := []struct{ s, sub string }{
		{long + "结果维持", "结果维持"},
		{"结果维持" + long, "结果维持"},
		{long, "结果维持"},
		{long, "申请"},
		{long, "，本年"},
		{strings.Repeat("a", 300) + "aab", "aab"},
		{long, "x"},
		{long, ""},
		{"短", "短文"},
	}
	for _, tt := range tests {
		assert.Equal(t, strings.Index(tt.s, tt.sub), indexText(tt.s, tt.sub), "%.20q", tt.sub)
	}
}
