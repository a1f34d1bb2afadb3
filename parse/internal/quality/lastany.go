package quality

import "strings"

// lastAny finds the last of a few characters in a string, as
// strings.LastIndexAny does, by a backward byte loop that stops only at
// the last byte of one of them: LastIndexAny decodes every rune and looks
// it up, which costs several times more on the short windows the checks
// read before each unit.
type lastAny struct {
	ends  [256]bool // the last bytes of chars
	chars []string  // the characters, each UTF-8 encoded
}

// newLastAny returns a lastAny of the characters of chars.
func newLastAny(chars string) *lastAny {
	f := &lastAny{}
	for _, r := range chars {
		c := string(r)
		f.chars = append(f.chars, c)
		f.ends[c[len(c)-1]] = true
	}
	return f
}

// in returns the byte index of the last of f's characters in s, or -1:
// strings.LastIndexAny(s, chars). A character's whole encoding found
// before the end is the one LastIndexAny decodes there, for no rune
// decoded backward can straddle its first byte.
func (f *lastAny) in(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if !f.ends[s[i]] {
			continue
		}
		for _, c := range f.chars {
			if strings.HasSuffix(s[:i+1], c) {
				return i + 1 - len(c)
			}
		}
	}
	return -1
}
