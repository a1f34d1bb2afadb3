package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// symbolMarks maps the marks offices insert from Word's symbol fonts
// (Insert → Symbol) to the Unicode characters they show: the ●/○/√/★ of a
// responsibility matrix, the ☑/☒ of a checklist. Word writes such a
// mark as w:sym (font, code F0xx); LibreOffice as text in the font's
// private-use code points (U+F06C) or plain letters (l) in a run set in
// that font. Either way the text alone says nothing: 'l' is what a
// Wingdings ● is stored as.
var symbolMarks = map[string]map[byte]rune{
	"wingdings": {
		0x6C: '●', 0xA1: '○', 0x6E: '■', 0x6F: '□', 0x75: '◆', 0x76: '❖',
		0xAB: '★', 0xFB: '✗', 0xFC: '✓', 0xFD: '☒', 0xFE: '☑', 0x9F: '•',
	},
	"wingdings 2": {
		0x4F: '✗', 0x50: '✓', 0x51: '☒', 0x52: '☑', 0x53: '☒', 0x54: '☒', 0x97: '●', 0x99: '○', 0xA3: '□', 0xA2: '■',
	},
	"symbol": {
		0xD6: '√', 0xB7: '•', 0xB4: '×',
	},
}

// symbolFont returns the mark table of a symbol font name, nil for any
// other font.
func symbolFont(name string) map[byte]rune {
	return symbolMarks[strings.ToLower(strings.TrimSpace(name))]
}

// symbolRune reads a w:sym: its character (hex, F06C or 6C) in its font.
func symbolRune(font, char string) (rune, bool) {
	v, err := strconv.ParseUint(char, 16, 16)
	if err != nil {
		return 0, false
	}
	return symbolMark(symbolFont(font), rune(v))
}

// symbolText rewrites the text of a run set in a symbol font: each
// character the font's table knows (symbolMark) becomes the mark it
// shows; the others stay as they are.
func symbolText(marks map[byte]rune, b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		c, n := utf8.DecodeRune(b)
		if m, ok := symbolMark(marks, c); ok {
			out = utf8.AppendRune(out, m)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// symbolMark is the mark c shows in a symbol font whose table is marks
// (nil: no symbol font, no mark). The table is keyed by the font's byte,
// which a document writes either in the font's private-use page
// (U+F06C: Word's w:sym, LibreOffice's text) or as the byte itself (6C in
// a w:sym, the letter l in a run).
func symbolMark(marks map[byte]rune, c rune) (rune, bool) {
	switch {
	case c >= 0xF000 && c <= 0xF0FF:
		c -= 0xF000
	case c < 0 || c > 0xFF:
		return 0, false
	}
	m, ok := marks[byte(c)]
	return m, ok
}
