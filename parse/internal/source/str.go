package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// run says that bytes of a Str from at onwards come from the source at src
// onwards, until the next run begins.
type run struct{ at, src int }

// Str is a string whose bytes map back to offsets in a Source.
// The zero Str is empty and maps nowhere.
type Str struct {
	S    string
	runs []run
}

// Len returns the length of the string in bytes.
func (s Str) Len() int { return len(s.S) }

// String returns the text.
func (s Str) String() string { return s.S }

// Src returns the source offset of byte i (i == Len() maps to the end).
func (s Str) Src(i int) int {
	if len(s.runs) == 0 {
		return 0
	}
	if i >= len(s.S) && len(s.S) > 0 {
		return s.SrcEnd(len(s.S))
	}
	k := s.runAt(i)
	return s.runs[k].src + i - s.runs[k].at
}

// SrcEnd returns the source offset just after byte j-1, so that
// [Src(i), SrcEnd(j)) covers the bytes [i, j).
func (s Str) SrcEnd(j int) int {
	if len(s.runs) == 0 {
		return 0
	}
	if j <= 0 {
		return s.runs[0].src
	}
	k := s.runAt(j - 1)
	return s.runs[k].src + j - s.runs[k].at
}

func (s Str) runAt(i int) int {
	lo, hi := 0, len(s.runs)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if s.runs[m].at <= i {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// Slice returns the bytes [i, j) with their mapping.
func (s Str) Slice(i, j int) Str {
	if i < 0 {
		i = 0
	}
	if j > len(s.S) {
		j = len(s.S)
	}
	if i >= j {
		return Str{runs: []run{{0, s.Src(i)}}}
	}
	k := s.runAt(i)
	out := Str{S: s.S[i:j]}
	out.runs = append(out.runs, run{0, s.runs[k].src + i - s.runs[k].at})
	for k++; k < len(s.runs) && s.runs[k].at < j; k++ {
		out.runs = append(out.runs, run{s.runs[k].at - i, s.runs[k].src})
	}
	return out
}

// From returns the bytes from i to the end.
func (s Str) From(i int) Str { return s.Slice(i, len(s.S)) }

// Concat joins strings, keeping each part's mapping.
func Concat(parts ...Str) Str {
	var out Str
	var b strings.Builder
	for _, p := range parts {
		if len(p.S) == 0 {
			if len(out.runs) == 0 && len(p.runs) > 0 {
				out.runs = append(out.runs, run{0, p.runs[0].src})
			}
			continue
		}
		base := b.Len()
		if base == 0 {
			out.runs = out.runs[:0]
		}
		for _, r := range p.runs {
			out.runs = append(out.runs, run{base + r.at, r.src})
		}
		b.WriteString(p.S)
	}
	out.S = b.String()
	return out
}

// Join joins strings with sep between them; sep maps to the start of the
// part that follows it.
func Join(parts []Str, sep string) Str {
	if sep == "" || len(parts) < 2 {
		return Concat(parts...)
	}
	all := make([]Str, 0, 2*len(parts))
	for i, p := range parts {
		if i > 0 {
			all = append(all, Str{S: sep, runs: []run{{0, p.Src(0)}}})
		}
		all = append(all, p)
	}
	return Concat(all...)
}

// TrimSpace removes leading and trailing white space, including the
// ideographic space U+3000 and no-break space.
func (s Str) TrimSpace() Str {
	i := len(s.S) - len(strings.TrimLeftFunc(s.S, isSpace))
	j := len(strings.TrimRightFunc(s.S, isSpace))
	if i >= j {
		return s.Slice(i, i)
	}
	return s.Slice(i, j)
}

// TrimFunc removes leading and trailing runes satisfying f.
func (s Str) TrimFunc(f func(rune) bool) Str {
	i := len(s.S) - len(strings.TrimLeftFunc(s.S, f))
	j := len(strings.TrimRightFunc(s.S, f))
	if i >= j {
		return s.Slice(i, i)
	}
	return s.Slice(i, j)
}

// Remove deletes every occurrence of each of the given substrings.
func (s Str) Remove(subs ...string) Str {
	for _, sub := range subs {
		if sub == "" || !strings.Contains(s.S, sub) {
			continue
		}
		var parts []Str
		rest := s
		for {
			k := strings.Index(rest.S, sub)
			if k < 0 {
				parts = append(parts, rest)
				break
			}
			parts = append(parts, rest.Slice(0, k))
			rest = rest.From(k + len(sub))
		}
		s = Concat(parts...)
	}
	return s
}

// Split splits around each occurrence of sep.
func (s Str) Split(sep string) []Str {
	var out []Str
	rest := s
	for {
		k := strings.Index(rest.S, sep)
		if k < 0 {
			return append(out, rest)
		}
		out = append(out, rest.Slice(0, k))
		rest = rest.From(k + len(sep))
	}
}

// IsSpace reports whether r is white space for Chinese text: Unicode white
// space, the ideographic space and the no-break space.
func IsSpace(r rune) bool { return isSpace(r) }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\ufeff' || r == '\u200b'
}

// FirstRune returns the first rune of the string, or utf8.RuneError.
func (s Str) FirstRune() rune {
	r, _ := utf8.DecodeRuneInString(s.S)
	return r
}

// ReplaceAll replaces every occurrence of old by new; each replacement maps
// to the source position of the text it replaces.
func (s Str) ReplaceAll(old, new string) Str {
	if old == "" || !strings.Contains(s.S, old) {
		return s
	}
	var parts []Str
	rest := s
	for {
		k := strings.Index(rest.S, old)
		if k < 0 {
			parts = append(parts, rest)
			break
		}
		parts = append(parts, rest.Slice(0, k))
		if new != "" {
			parts = append(parts, Str{S: new, runs: []run{{0, rest.Src(k)}}})
		}
		rest = rest.From(k + len(old))
	}
	return Concat(parts...)
}
