package pdftext

import (
	"strconv"
	"strings"
)

// glyphNames maps the Adobe glyph names that occur in /Differences of
// Latin subsets to their text; uniXXXX and uXXXX[XX] names are decoded
// directly, single letters and digits stand for themselves.
var glyphNames = map[string]string{
	"space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$",
	"percent": "%", "ampersand": "&", "quotesingle": "'", "quoteright": "\u2019",
	"parenleft": "(", "parenright": ")", "asterisk": "*", "plus": "+", "comma": ",",
	"hyphen": "-", "minus": "\u2212", "period": ".", "slash": "/", "colon": ":",
	"semicolon": ";", "less": "<", "equal": "=", "greater": ">", "question": "?",
	"at": "@", "bracketleft": "[", "backslash": "\\", "bracketright": "]",
	"asciicircum": "^", "underscore": "_", "grave": "`", "quoteleft": "\u2018",
	"braceleft": "{", "bar": "|", "braceright": "}", "asciitilde": "~",
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9",
	"quotedblleft": "\u201c", "quotedblright": "\u201d", "endash": "\u2013",
	"emdash": "\u2014", "bullet": "\u2022", "ellipsis": "\u2026", "periodcentered": "\u00b7",
	"degree": "\u00b0", "multiply": "\u00d7", "divide": "\u00f7", "section": "\u00a7",
	"copyright": "\u00a9", "registered": "\u00ae", "fi": "fi", "fl": "fl", "nbspace": " ",
}

// glyphText returns the text of a glyph name, or "" when unknown.
func glyphText(name string) string {
	if s, ok := glyphNames[name]; ok {
		return s
	}
	if i := strings.IndexByte(name, '.'); i > 0 { // "a.sc", "one.oldstyle"
		name = name[:i]
		if s, ok := glyphNames[name]; ok {
			return s
		}
	}
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return name
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10FFFF {
			return string(rune(v))
		}
	}
	return ""
}
