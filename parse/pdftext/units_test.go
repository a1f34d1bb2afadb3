package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"⼈民政府", "人民政府"},       // Kangxi radical U+2F08
		{"⻑江", "長江"},           // radical supplement U+2ED1
		{"\uF918實", "落實"},      // compatibility ideograph U+F918
		{"各区，（一）：", "各区，（一）："}, // full-width punctuation untouched
		{"ABC 123", "ABC 123"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, normalise(tt.in), tt.in)
	}
}

func TestGarbled(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"关于印发青川市2017年政务公开工作要点实施方案的通知", false},
		{"— 1 —", false}, // too short to judge the CJK share
		{"ÃÂ¡¢£¤¥¦§¨©ª«¬­®¯°±²³´µ¶·¸¹º»¼½¾¿", true},
		{"正常文字\uFFFD\uFFFD\uFFFD正常文字正常文字", true},
		{"\x01\x02\x03\x04 abc", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, garbled(tt.in), "%q", tt.in)
	}
}

func TestPageNumberPattern(t *testing.T) {
	for _, s := range []string{"— 1 —", "-2-", "第3页", "第 3 页 共 9 页", "·4·", "12", "5/9", "Page 3 of 9"} {
		assert.True(t, pageNumber.MatchString(s), s)
	}
	for _, s := range []string{"一、总体要求", "2017年5月28日", "第三条"} {
		assert.False(t, pageNumber.MatchString(s), s)
	}
}

func TestJoinText(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"政务公", "开工作", "政务公开工作"},
		{"the", "text", "the text"},
		{"不少于 5", "个，重点", "不少于 5 个，重点"},
		{"做好2017", "年深入", "做好2017年深入"},
		{"公开", "2025 江苏", "公开 2025 江苏"},
		{"", "甲", "甲"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, joinText(tt.a, tt.b))
	}
}

func TestGlyphText(t *testing.T) {
	tests := map[string]string{"a": "a", "comma": ",", "uni4E2D": "中", "uni4E2D6587": "中文", "u1F600": "😀", "one.oldstyle": "1", "g123": ""}
	for in, want := range tests {
		assert.Equal(t, want, glyphText(in), in)
	}
}

func TestContinues(t *testing.T) {
	span := []bool{true, true, false, false}
	prev := []string{"一、目标", "（一）任务", "内容写到一半", "市发改委"}
	assert.True(t, continues([]string{"", "", "写完了", ""}, prev, span))
	assert.True(t, continues([]string{"", "", "下半句", "牵头落实"}, prev, span))
	assert.False(t, continues([]string{"二、新目标", "", "新内容", "市财政局"}, prev, span))
	ended := []string{"一、目标", "（一）任务", "完整的内容。", "市发改委。"}
	assert.False(t, continues([]string{"", "", "新内容", "市财政局"}, ended, span))
}

func TestReadIntAndDictInt(t *testing.T) {
	n, _, ok := readInt([]byte("  -42 x"), 0)
	assert.True(t, ok)
	assert.Equal(t, int64(-42), n)
	_, _, ok = readInt([]byte("abc"), 0)
	assert.False(t, ok)
	d := []byte("<< /Size 12 /Prev 3 0 R /N 5 /Names 9 >>")
	v, ok := dictInt(d, "Size")
	assert.True(t, ok)
	assert.Equal(t, int64(12), v)
	_, ok = dictInt(d, "Prev") // an indirect reference is not an offset
	assert.False(t, ok)
	v, ok = dictInt(d, "N")
	assert.True(t, ok)
	assert.Equal(t, int64(5), v)
}

// TestGapRows: a table with column rules but no row rules takes its rows
// from the larger vertical gaps between lines.
func TestGapRows(t *testing.T) {
	g := func(x, y float64, s string) glyph { return glyph{x: x, y: y, w: 10, size: 10, s: s} }
	pd := &pageData{
		box:    rect{0, 0, 600, 800},
		vrules: []seg{{50, 500, 700}, {150, 500, 700}, {182, 500, 700}}, // 一行 fills its cell
		glyphs: []glyph{
			g(60, 680, "甲"), g(160, 680, "一"), g(170, 680, "行"),
			g(160, 668, "续"),
			g(60, 640, "乙"), g(160, 640, "二"),
			g(60, 600, "丙"), g(160, 600, "三"), g(160, 588, "续"),
		},
	}
	tables, rest := findTables(pd)
	assert.Empty(t, rest)
	if assert.Len(t, tables, 1) {
		assert.Equal(t, [][]string{{"甲", "一行续"}, {"乙", "二"}, {"丙", "三续"}}, tables[0].rows)
	}
}

// TestRotatedPage: text drawn rotated by 90° (a landscape page in a
// portrait document) is turned upright, not dropped.
func TestRotatedPage(t *testing.T) {
	content := "q 0 1 -1 0 595 0 cm BT /F1 14 Tf 72 500 Td " + hexString(gbk("旋转页面的正文")) + " Tj 0 -20 Td " + hexString(gbk("第二行")) + " Tj ET Q\n"
	res, err := Extract(withPages([]byte(content)).bytes(), Limits{})
	if assert.NoError(t, err) {
		assert.Equal(t, "旋转页面的正文\n第二行", res.Text)
	}
}

func TestObjectStreamChecks(t *testing.T) {
	loop := []byte("5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 6 0 R /Length 8 >>\nstream\n1 0 << >>\nendstream\nendobj\n" +
		"6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 5 0 R /Length 8 >>\nstream\n2 0 << >>\nendstream\nendobj\n")
	assert.ErrorIs(t, checkObjectStreams(loop), ErrMalformed)
	chain := []byte("5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 6 0 R /Length 8 >>\nstream\n1 0 << >>\nendstream\nendobj\n")
	assert.NoError(t, checkObjectStreams(chain))
	huge := []byte("5 0 obj\n<< /Type /ObjStm /N 2000000000 /First 4 /Length 8 >>\nstream\n")
	assert.ErrorIs(t, checkObjectStreams(huge), ErrMalformed)
}

func TestGarbledIgnoresNumbers(t *testing.T) {
	assert.False(t, garbled("收到申请数 1234 5678 90.5% 12/34 100 200 300 400 500 600 700 800 900 1000 2000 3000"))
}

func TestRawRef(t *testing.T) {
	d := withPages([]byte(textOp("字")))
	r, _, err := open(d.bytes(), DefaultLimits())
	if !assert.NoError(t, err) {
		return
	}
	pages := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)
	fonts := pages.Key("Resources").Key("Font")
	ref, ok := rawRef(fonts, "F1")
	assert.True(t, ok)
	assert.Equal(t, objID(fonts.Key("F1")), ref)
	_, ok = rawRef(fonts, "F9")
	assert.False(t, ok)
}

// TestCoverageTable: a three-line table (horizontal rules only) takes its
// columns from the gutters between glyphs and its rows from the lines.
func TestCoverageTable(t *testing.T) {
	row := func(y float64, cells ...string) []glyph {
		var gs []glyph
		for i, c := range cells {
			x := 60 + float64(i)*150
			for _, r := range c {
				gs = append(gs, glyph{x: x, y: y, w: 10, size: 10, s: string(r)})
				x += 10
			}
		}
		return gs
	}
	var gs []glyph
	gs = append(gs, row(700, "项目", "数量", "备注")...)
	gs = append(gs, row(670, "收到申请", "12", "无")...)
	gs = append(gs, row(655, "予以公开", "8", "无")...)
	gs = append(gs, row(640, "不予公开", "4", "涉密")...)
	gs = append(gs, glyph{x: 60, y: 760, w: 10, size: 10, s: "标"})
	pd := &pageData{
		box:    rect{0, 0, 600, 800},
		hrules: []seg{{715, 50, 550}, {690, 50, 550}, {630, 50, 550}},
		glyphs: gs,
	}
	tables, rest := findTables(pd)
	assert.Len(t, rest, 1)
	if assert.Len(t, tables, 1) {
		assert.Equal(t, [][]string{{"项目", "数量", "备注"}, {"收到申请", "12", "无"}, {"予以公开", "8", "无"}, {"不予公开", "4", "涉密"}}, tables[0].rows)
	}

	// A 版记 between two rules, with the issuing office and the date on
	// one line, stays text.
	pd = &pageData{
		box:    rect{0, 0, 600, 800},
		hrules: []seg{{200, 50, 550}, {150, 50, 550}},
		glyphs: append(row(180, "抄送：市委办公室。"), row(160, "市政府办公室", "", "2017年5月31日印发")...),
	}
	tables, rest = findTables(pd)
	assert.Empty(t, tables)
	assert.Len(t, rest, len(pd.glyphs))
}
