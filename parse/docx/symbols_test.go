package docx

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func symRun(font, char string) string {
	return `<w:r><w:sym w:font="` + font + `" w:char="` + char + `"/></w:r>`
}

func fontRun(font, text string) string {
	return `<w:r><w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr><w:t>` + text + `</w:t></w:r>`
}

// TestSymbolMarks: the marks of a responsibility matrix inserted from a
// symbol font read as the characters Word shows, whether Word wrote them
// (w:sym) or LibreOffice (private-use or plain letters in a run set in
// the font); other runs and fonts keep their text.
func TestSymbolMarks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"w:sym Wingdings", `<w:p>` + symRun("Wingdings", "F06C") + symRun("Wingdings", "F0A1") + `</w:p>`, "●○\n"},
		{"w:sym without the F0 page", `<w:p>` + symRun("Wingdings", "6C") + `</w:p>`, "●\n"},
		{"w:sym Wingdings 2 and Symbol", `<w:p>` + symRun("Wingdings 2", "F050") + symRun("Symbol", "F0D6") + `</w:p>`, "✓√\n"},
		{"w:sym unknown", `<w:p>` + run("甲") + symRun("Wingdings", "F021") + symRun("SimSun", "F06C") + `</w:p>`, "甲\n"},
		{"private use in a Wingdings run", `<w:p>` + fontRun("Wingdings", "\uf06c") + fontRun("Wingdings", "\uf0a1") + `</w:p>`, "●○\n"},
		{"a letter in a Wingdings run", `<w:p>` + fontRun("Wingdings", "l") + `</w:p>`, "●\n"},
		{"the font stays in its run", `<w:p>` + fontRun("Wingdings", "l") + run("l") + `</w:p>`, "●l\n"},
		{"CJK in a Wingdings run", `<w:p>` + fontRun("Wingdings", "牵头") + `</w:p>`, "牵头\n"},
		{"paragraph mark font", `<w:p><w:pPr><w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr></w:pPr>` + run("l") + `</w:p>`, "l\n"},
		{"other fonts", `<w:p>` + fontRun("仿宋_GB2312", "l\uf06c") + `</w:p>`, "l\uf06c\n"},
		{"fallback copy skipped", `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p>` + symRun("Wingdings", "F06C") +
			`</w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p>` + symRun("Wingdings", "F06C") + `</w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`, "●\n"},
		{"in a matrix row", `<w:tbl><w:tr><w:tc>` + p("1") + `</w:tc><w:tc><w:p>` + symRun("Wingdings", "F06C") + `</w:p></w:tc><w:tc>` + p("") +
			`</w:tc><w:tc><w:p>` + fontRun("Wingdings", "\uf0a1") + `</w:p></w:tc></w:tr></w:tbl>`, "1\t●\t\t○\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(build(t, map[string]string{"word/document.xml": document(tc.body)}), Limits{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestSymbolRune: a w:sym's character is the font's byte written in its
// private-use page or as the byte itself; any other code, or a font with
// no table, shows no mark.
func TestSymbolRune(t *testing.T) {
	tests := []struct {
		font, char string
		want       rune
		ok         bool
	}{
		{"Wingdings", "F06C", '●', true},
		{"Wingdings", "6C", '●', true},
		{" wingdings ", "f06c", '●', true},
		{"Wingdings", "106C", 0, false}, // beyond the private-use page
		{"Wingdings", "1F06C", 0, false},
		{"Wingdings", "F021", 0, false}, // a byte the table does not know
		{"Wingdings", "zz", 0, false},
		{"SimSun", "F06C", 0, false},
	}
	for _, tt := range tests {
		got, ok := symbolRune(tt.font, tt.char)
		assert.Equal(t, tt.ok, ok, tt.font+" "+tt.char)
		assert.Equal(t, tt.want, got, tt.font+" "+tt.char)
	}
}
