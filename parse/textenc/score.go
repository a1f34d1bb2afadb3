package textenc

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// hanLo and hanHi bound the CJK Unified Ideographs block covered by the
// common-character bitset.
const hanLo, hanHi = 0x4E00, 0x9FFF

var (
	commonOnce sync.Once
	common     []uint64 // bit r-hanLo set for GB2312 level 1 and Big5 level 1 characters
)

// buildCommon derives the common-character set from the encodings'
// own tables: GB2312 level 1 (rows 0xB0–0xD7) and Big5 level 1
// (0xA440–0xC67E). Both are ordered lists of the most used characters.
func buildCommon() {
	common = make([]uint64, (hanHi-hanLo+64)/64)
	add := func(out []byte) {
		for len(out) > 0 {
			r, n := utf8.DecodeRune(out)
			out = out[n:]
			if r >= hanLo && r <= hanHi {
				common[(r-hanLo)/64] |= 1 << ((r - hanLo) % 64)
			}
		}
	}
	var gb []byte
	for hi := 0xB0; hi <= 0xD7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			gb = append(gb, byte(hi), byte(lo))
		}
	}
	if out, _, err := transform.Bytes(simplifiedchinese.GBK.NewDecoder(), gb); err == nil {
		add(out)
	}
	var b5 []byte
	for hi := 0xA4; hi <= 0xC6; hi++ {
		for _, lo := range big5Trails() {
			if hi == 0xC6 && lo > 0x7E {
				break
			}
			b5 = append(b5, byte(hi), lo)
		}
	}
	if out, _, err := transform.Bytes(traditionalchinese.Big5.NewDecoder(), b5); err == nil {
		add(out)
	}
}

func big5Trails() []byte {
	var t []byte
	for lo := 0x40; lo <= 0x7E; lo++ {
		t = append(t, byte(lo))
	}
	for lo := 0xA1; lo <= 0xFE; lo++ {
		t = append(t, byte(lo))
	}
	return t
}

// isCommonHan reports whether r is among the most used simplified or
// traditional characters. The set must have been built (commonOnce).
func isCommonHan(r rune) bool {
	return r >= hanLo && r <= hanHi && common[(r-hanLo)/64]&(1<<((r-hanLo)%64)) != 0
}

// isCommonPunct reports whether r is punctuation or a symbol that Chinese
// official text uses routinely.
func isCommonPunct(r rune) bool {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return true
	case r == 0x3000 || r == 0x3001 || r == 0x3002: // 　、。
		return true
	case r >= 0x3008 && r <= 0x3011: // 〈〉《》「」『』【】
		return true
	case r == 0x3014 || r == 0x3015: // 〔〕
		return true
	case r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D: // ‘’“”
		return true
	case r == 0x2014 || r == 0x2026 || r == 0x00B7 || r == 0x2022: // —…·•
		return true
	case r >= 0x2460 && r <= 0x2473: // ①–⑳
		return true
	case r == 0x00A0 || r == 0xFEFF:
		return true
	}
	return false
}

// Score rates how much text looks like Chinese decoded with the right
// encoding, from -3 (garbage) to +1 (only common characters and
// punctuation). ASCII is ignored; text with no non-ASCII rune scores 0.
func Score(text []byte) float64 {
	commonOnce.Do(buildCommon)
	sum, n := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		n++
		switch {
		case r == utf8.RuneError:
			sum -= 3
		case isCommonHan(r), isCommonPunct(r):
			sum++
		case r >= 0xE000 && r <= 0xF8FF: // private use: unmapped codes
			sum -= 2
		default: // rare characters, kana, bopomofo, Cyrillic, box drawing, …
			sum--
		}
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}
