package segment

import "unicode/utf8"

// decodeRune is utf8.DecodeRuneInString with the three-byte runes of
// U+3000–U+9FFF (lead bytes E3–E9, which have no overlong or surrogate
// forms) decoded inline: the segmenter decodes every character of the
// text, and nearly all are there.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]-0xE3 <= 0xE9-0xE3 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
