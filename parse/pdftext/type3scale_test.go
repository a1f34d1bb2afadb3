package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// type3Doc draws lines of CJK text in a Type 3 font whose glyph space has
// units units an em (FontMatrix 1/units, flipped as Skia writes it), each
// line pitch ems below the last, at 14 points.
func type3Doc(units float64, pitch float64, lines []string) []byte {
	d := newDoc()
	var runes []rune
	code := map[rune]int{}
	for _, l := range lines {
		for _, r := range l {
			if _, ok := code[r]; !ok {
				runes = append(runes, r)
				code[r] = len(runes)
			}
		}
	}
	var cmap strings.Builder
	cmap.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def 1 begincodespacerange <00> <FF> endcodespacerange\n")
	fmt.Fprintf(&cmap, "%d beginbfchar\n", len(runes))
	for i, r := range runes {
		fmt.Fprintf(&cmap, "<%02X> <%04X>\n", i+1, r)
	}
	cmap.WriteString("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n")
	var content strings.Builder
	y := 700.0
	for _, l := range lines {
		var hex strings.Builder
		for _, r := range l {
			fmt.Fprintf(&hex, "%02X", code[r])
		}
		fmt.Fprintf(&content, "BT /F1 14 Tf 72 %.2f Td <%s> Tj ET\n", y, hex.String())
		y -= pitch * 14
	}
	d.catalog("<< /Font << /F1 5 0 R >> >>", []byte(content.String()))
	font := d.add("") // 5: after the catalog, the page tree, the content and the page
	glyph := d.add(stream("", []byte(fmt.Sprintf("%g 0 d0", units)), true))
	var procs, diffs, widths []string
	for i := range runes {
		procs = append(procs, fmt.Sprintf("/g%d %d 0 R", i+1, glyph))
		diffs = append(diffs, fmt.Sprintf("/g%d", i+1))
		widths = append(widths, fmt.Sprintf("%g", units))
	}
	uni := d.add(stream("", []byte(cmap.String()), false))
	m := 1 / units
	d.set(font, fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontMatrix [%g 0 0 %g 0 0] /FontBBox [0 %g %g %g] /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [1 %s] >> /FirstChar 1 /LastChar %d /Widths [%s] /ToUnicode %d 0 R /Resources << >> >>",
		m, -m, 0.1*units, units, -0.8*units, strings.Join(procs, " "), strings.Join(diffs, " "), len(runes), strings.Join(widths, " "), uni))
	return d.bytes()
}

// TestType3GlyphSpaceScale: lines in a Type 3 font stay apart at a
// header cell's or a title's line pitch whatever the units of its glyph
// space (Skia's 256, a TrueType-like 2048, PostScript's 1000): its
// FontBBox, not the FontMatrix alone, tells the glyphs' height.
func TestType3GlyphSpaceScale(t *testing.T) {
	lines := []string{"配合处室", "（单位）"}
	for _, units := range []float64{256, 1000, 2048} {
		for _, pitch := range []float64{1.15, 1.3, 1.5} {
			name := fmt.Sprintf("%g units, pitch %g", units, pitch)
			res, err := Extract(type3Doc(units, pitch, lines), DefaultLimits())
			require.NoError(t, err, name)
			assert.Equal(t, strings.Join(lines, "\n"), res.Text, name)
		}
	}
}
