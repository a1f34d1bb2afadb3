package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestLinesAndSpans(t *testing.T) {
	src := New("一、总体要求\r\n（一）加强  \n\n末行")
	lines := src.Lines()
	require.Len(t, lines, 4)
	assert.Equal(t, "一、总体要求", lines[0].S)
	assert.Equal(t, "", lines[2].S)
	l := lines[1].TrimSpace()
	assert.Equal(t, "（一）加强", l.S)
	sp := src.SpanAll(l)
	assert.Equal(t, "（一）加强", src.Text[sp.Start:sp.End])
	assert.Equal(t, 2, sp.Line)
	assert.Equal(t, 4, src.SpanAll(lines[3]).Line)
}

func TestConcatKeepsMapping(t *testing.T) {
	src := New("开展房地\n目标\t任务\n产市场主体")
	lines := src.Lines()
	joined := Concat(lines[0], lines[2])
	assert.Equal(t, "开展房地产市场主体", joined.S)
	// 产 starts the third line.
	k := len("开展房地")
	assert.Equal(t, src.Text[joined.Src(k):joined.Src(k)+3], "产")
	sp := src.SpanOf(joined, 0, joined.Len())
	assert.Equal(t, 0, sp.Start)
	assert.Equal(t, len(src.Text), sp.End)
	// A slice across the seam maps both ends correctly.
	sub := joined.Slice(len("开展"), len("开展房地产"))
	assert.Equal(t, "房地产", sub.S)
	assert.Equal(t, len("开展"), sub.Src(0))
	assert.Equal(t, src.Text[sub.Src(len("房地")):sub.SrcEnd(sub.Len())], "产")
}

func TestRemoveAndSplit(t *testing.T) {
	src := New("<p>市人社局</p>牵头")
	s := src.Lines()[0].Remove("<p>", "</p>")
	assert.Equal(t, "市人社局牵头", s.S)
	assert.Equal(t, src.Text[s.Src(0):s.SrcEnd(len("市人社局"))], "市人社局")
	parts := New("a\tb\t\tc").Lines()[0].Split("\t")
	require.Len(t, parts, 4)
	assert.Equal(t, "c", parts[3].S)
	assert.Equal(t, 5, parts[3].Src(0))
}

func TestContainsAnyMatchesStrings(t *testing.T) {
	for _, tt := range []struct{ s, set string }{
		{"关于印发（2024年）的通知", "〔[［【(（﹝"},
		{"关于印发的通知", "〔[［【(（﹝"},
		{"a\u3000b", " \u3000\u00a0"},
		{"", "年月日"},
		{"x\xffy", "\ufffd"},
		{"xy", "\ufffd"},
		{"\xe3\x80\x94", "〔"},
		{"\xe3\xe3\x80\x94", "〔"},
	} {
		assert.Equal(t, strings.ContainsAny(tt.s, tt.set), ContainsAny(tt.s, tt.set), "%q %q", tt.s, tt.set)
	}
}

// TestIndexAnyMatchesStrings compares IndexAny and ContainsAny with
// strings.IndexAny and strings.ContainsAny on
// every string of up to four pieces: runes of the sets, their cut
// encodings, invalid bytes, ASCII and Han.
func TestIndexAnyMatchesStrings(t *testing.T) {
	pieces := []string{"。", "：", "\xe3\x80", "\x82", "\xff", " ", "\u3000", "甲", ":", "\xef\xbc", "\x9a"}
	sets := []string{"。：", "、，,；;。：: \u3000）)", " \u3000\t", ":", "\ufffd。", "。\xff", ""}
	for _, set := range sets {
		strgen.Walk(pieces, 4, func(s string) {
			if got, want := IndexAny(s, set), strings.IndexAny(s, set); got != want {
				t.Fatalf("IndexAny(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got, want := ContainsAny(s, set), strings.ContainsAny(s, set); got != want {
				t.Fatalf("ContainsAny(%q, %q) = %v, want %v", s, set, got, want)
			}
		})
	}
}

// TestConcatOnePartNoCopy: a join with one non-empty part is that part,
// mapping and all, and costs no allocation.
func TestConcatOnePartNoCopy(t *testing.T) {
	src := New("甲乙\n丙丁")
	lines := src.Lines()
	tests := []struct {
		name  string
		parts []Str
	}{
		{"alone", []Str{lines[1]}},
		{"empty around", []Str{lines[0].Slice(0, 0), lines[1], lines[0].Slice(3, 3)}},
		{"non-contiguous part", []Str{Concat(lines[0], lines[1]), lines[1].Slice(0, 0)}},
	}
	for _, tt := range tests {
		want := tt.parts[0]
		for _, p := range tt.parts {
			if p.Len() > 0 {
				want = p
			}
		}
		got := Concat(tt.parts...)
		assert.Equal(t, want.S, got.S, tt.name)
		for i := 0; i <= got.Len(); i++ {
			assert.Equal(t, want.Src(i), got.Src(i), tt.name)
			assert.Equal(t, want.SrcEnd(i), got.SrcEnd(i), tt.name)
		}
		assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Concat(tt.parts...) }), tt.name)
	}
}

// TestIsSpaceAboveIdeographicSpace: the shortcut for runes above U+3000
// agrees with the Unicode table on every rune.
func TestIsSpaceAboveIdeographicSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\ufeff' || r == '\u200b'
		if isSpace(r) != want {
			t.Fatalf("isSpace(%U) = %v", r, !want)
		}
	}
}

func TestByFirstRune(t *testing.T) {
	words := []string{"牵头", "配合", "牵头单位", "参与", "配合单位", "a"}
	got := ByFirstRune(words, func(w string) string { return w })
	assert.Equal(t, map[rune][]string{
		'牵': {"牵头", "牵头单位"},
		'配': {"配合", "配合单位"},
		'参': {"参与"},
		'a': {"a"},
	}, got, "grouped by first rune, in their order")
}

func TestByLastRune(t *testing.T) {
	words := []string{"复函", "函", "通知", "批复", "a"}
	got := ByLastRune(words, func(w string) string { return w })
	assert.Equal(t, map[rune][]string{
		'函': {"复函", "函"},
		'知': {"通知"},
		'复': {"批复"},
		'a': {"a"},
	}, got, "grouped by last rune, in their order")
}

func TestMoreRunes(t *testing.T) {
	for _, tt := range []struct {
		s string
		n int
	}{
		{"", 0}, {"a", 0}, {"ab", 1}, {"通知", 1}, {"通知", 2}, {"通知", 6}, {"通知a", 2},
		{"\xff\xfe\xfd", 2}, {"\xff\xfe\xfd", 3}, {"𠀾𠀾", 1}, {"𠀾𠀾", 2}, {"𠀾𠀾", 7},
		{"关于印发某市政务公开工作要点的通知", 16}, {"关于印发某市政务公开工作要点的通知", 17},
	} {
		assert.Equal(t, utf8.RuneCountInString(tt.s) > tt.n, MoreRunes(tt.s, tt.n), "%q %d", tt.s, tt.n)
	}
}

// TestMoreRunesCounts proves MoreRunes' own count against
// utf8.RuneCountInString over every string of up to four pieces — ASCII,
// runes of two, three and four bytes, the three-byte edges its step
// passes over or leaves to the decoder (E0's overlong forms, ED's
// surrogates, E1 and EF), cut and stray bytes — for every n that leaves
// the answer open.
func TestMoreRunesCounts(t *testing.T) {
	pieces := []string{"a", "é", "中", "\uffff", "\u1000", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xe4\xb8", "\xe4", "\x80", "\xff", "𠀾", "\xf0\xa0\x80"}
	counted := 0
	strgen.Walk(pieces, 4, func(s string) {
		for n := len(s) / utf8.UTFMax; n < len(s); n++ {
			require.Equal(t, utf8.RuneCountInString(s) > n, MoreRunes(s, n), "%q %d", s, n)
			counted++
		}
	})
	require.Greater(t, counted, 100000)
}

// TestLinesShared: the lines are split once and shared by every reader of
// the Source; the line index is made on first use.
func TestLinesShared(t *testing.T) {
	src := New("甲\n乙\n丙")
	assert.Nil(t, src.lineStarts)
	a, b := src.Lines(), src.Lines()
	assert.Len(t, a, 3)
	assert.Same(t, &a[0], &b[0])
	assert.Equal(t, 3, src.LineOf(len("甲\n乙\n")))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { src.Lines() }))
}

func TestSplit(t *testing.T) {
	src := New("a|bc||d")
	tests := []struct {
		sep  string
		want []string
	}{
		{"|", []string{"a", "bc", "", "d"}},
		{"||", []string{"a|bc", "d"}},
		{"x", []string{"a|bc||d"}},
		{"", []string{"a|bc||d"}},
	}
	for _, tt := range tests {
		parts := src.At(0, len(src.Text)).Split(tt.sep)
		var got []string
		for _, p := range parts {
			got = append(got, p.S)
			assert.Equal(t, p.S, src.Text[p.Src(0):p.SrcEnd(len(p.S))])
		}
		assert.Equal(t, tt.want, got, tt.sep)
		assert.Equal(t, len(parts), cap(parts), "one slice of the right size")
	}
}

// TestTrimSpace: TrimSpace trims what strings.TrimFunc with IsSpace does,
// on both sides, keeping the mapping.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "\u3000\u3000", "a", " a ", "\u3000一、总体要求\u00a0\t", "\ufeff甲\r", "甲 乙", "\xff ", " \xe4\xb8", "\xe3\x80 ", " \u200b\u2028x\u0085", "\u3000\xe3\x80\x80x",
		"甲\u3000", "\xe4甲\u3000", "乙\xbf\u3000", "a\xc2\xa0", "\U0001F600\u3000", "甲\xe3\x80", "\ufeff\ufeff"} {
		src := New("前" + s)
		got := src.At(len("前"), len(src.Text)).TrimSpace()
		want := strings.TrimFunc(s, IsSpace)
		assert.Equal(t, want, got.S, "%q", s)
		if want != "" {
			assert.Equal(t, len("前")+len(s)-len(strings.TrimLeftFunc(s, IsSpace)), got.Src(0), "%q", s)
		}
	}
}

// TestJoinIsConcatWithSeparators: Join maps each separator to the start of
// the part after it, as a Concat of the parts and separators does.
func TestJoinIsConcatWithSeparators(t *testing.T) {
	src := New("甲乙\n丙丁\n\n戊")
	lines := src.Lines()
	mixed := Concat(lines[0].Slice(0, 3), lines[1])
	tests := [][]Str{
		{lines[0], lines[1]},
		{lines[0], lines[2], lines[3]},
		{lines[2], lines[0]},
		{mixed, lines[3], lines[2]},
		{lines[2], lines[2]},
	}
	for _, parts := range tests {
		var all []Str
		for i, p := range parts {
			if i > 0 {
				all = append(all, contiguous("\n", p.Src(0)))
			}
			all = append(all, p)
		}
		got, want := Join(parts, "\n"), Concat(all...)
		assert.Equal(t, want.S, got.S)
		for i := 0; i <= len(want.S); i++ {
			assert.Equal(t, want.Src(i), got.Src(i), "%q byte %d", want.S, i)
			assert.Equal(t, want.SrcEnd(i), got.SrcEnd(i), "%q byte %d", want.S, i)
		}
	}
}

// TestSliceWhole: the whole of a string joined from pieces comes back
// as it is, its mapping shared rather than copied.
func TestSliceWhole(t *testing.T) {
	src := New("甲乙\n丙丁")
	s := Concat(src.At(0, len("甲乙")), src.At(len("甲乙\n"), len(src.Text)))
	require.NotNil(t, s.runs)
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { s = s.Slice(0, len(s.S)).TrimSpace() }))
	assert.Equal(t, "甲乙丙丁", s.S)
	assert.Equal(t, len("甲乙\n"), s.Src(len("甲乙")))
	part := s.From(len("甲"))
	assert.Equal(t, "乙丙丁", part.S)
	assert.Equal(t, len("甲乙\n"), part.Src(len("乙")))
}

// TestLineOfFromLines: once the lines of a text split at "\n" only are
// made, LineOf reads them and answers as the line index does, at every
// offset (empty lines, a final "\n", an empty text); a text with "\r"
// keeps the index.
func TestLineOfFromLines(t *testing.T) {
	for _, text := range []string{"", "\n", "\n\n", "甲", "甲\n", "甲\n乙", "\n甲\n\n乙\n", "甲\r\n乙\n丙", "a\u2028b\nc"} {
		index, read := New(text), New(text)
		read.Lines()
		assert.Equal(t, !strings.ContainsAny(text, "\r\u2028"), read.byNewline, "%q", text)
		for off := -1; off <= len(text)+1; off++ {
			assert.Equal(t, index.LineOf(off), read.LineOf(off), "%q at %d", text, off)
		}
		if read.byNewline {
			assert.Nil(t, read.lineStarts, "%q: no index made", text)
		}
	}
}

func TestBuilderIsConcat(t *testing.T) {
	src := New("开展房地\n目标\t任务\n产市场主体\n\n甲")
	lines := src.Lines()
	tabs := lines[1].Split("\t")
	for _, tt := range []struct {
		name  string
		parts []Str
	}{
		{"lines apart", []Str{lines[0], lines[2], lines[4]}},
		{"cells of a line", []Str{tabs[0], tabs[1]}},
		{"a joined part", []Str{Concat(lines[0], lines[2]), tabs[1]}},
		{"empty parts", []Str{lines[3], lines[0], lines[3], lines[2]}},
		{"only empty", []Str{lines[3], lines[3]}},
		{"one part", []Str{lines[2]}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b Builder
			b.Grow(tt.parts[:1]...)
			text := ""
			for _, p := range tt.parts {
				b.Add(p)
				seen := b.String()
				text += p.S
				require.Equal(t, text, b.String())
				assert.Equal(t, text[:len(seen)], seen, "a String before is left as it was")
			}
			want, got := Concat(tt.parts...), b.Str()
			require.Equal(t, want.S, got.S)
			for i := 0; i <= len(want.S); i++ {
				assert.Equal(t, want.Src(i), got.Src(i), i)
				assert.Equal(t, want.SrcEnd(i), got.SrcEnd(i), i)
			}
			assert.Empty(t, b.String(), "Str empties the builder")
		})
	}
}
