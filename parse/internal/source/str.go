package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/script"
)

// run says that bytes of a Str from at onwards come from the source at src
// onwards, until the next run begins.
type run struct{ at, src int }

// Str is a string whose bytes map back to offsets in a Source.
// The zero Str is empty and maps nowhere. A contiguous piece of the source
// (the common case) is held without allocation: runs is nil and byte i
// comes from base+i. The runs are held by pointer so that a Str takes
// four words: the parser keeps one or two per line.
type Str struct {
	S    string
	base int
	runs *[]run // nil when contiguous
}

// list returns the runs of a Str that is not contiguous, else nil.
func (s Str) list() []run {
	if s.runs == nil {
		return nil
	}
	return *s.runs
}

// contiguous returns a Str whose bytes come from src onwards.
func contiguous(s string, src int) Str { return Str{S: s, base: src} }

// Len returns the length of the string in bytes.
func (s Str) Len() int { return len(s.S) }

// String returns the text.
func (s Str) String() string { return s.S }

// Src returns the source offset of byte i (i == Len() maps to the end).
func (s Str) Src(i int) int {
	if s.runs == nil {
		return s.base + min(i, len(s.S))
	}
	if i >= len(s.S) && len(s.S) > 0 {
		return s.SrcEnd(len(s.S))
	}
	rs := *s.runs
	k := runAt(rs, i)
	return rs[k].src + i - rs[k].at
}

// SrcEnd returns the source offset just after byte j-1, so that
// [Src(i), SrcEnd(j)) covers the bytes [i, j).
func (s Str) SrcEnd(j int) int {
	if s.runs == nil {
		return s.base + max(0, min(j, len(s.S)))
	}
	rs := *s.runs
	if j <= 0 {
		return rs[0].src
	}
	k := runAt(rs, j-1)
	return rs[k].src + j - rs[k].at
}

// runAt returns the index of the run holding byte i.
func runAt(rs []run, i int) int {
	lo, hi := 0, len(rs)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if rs[m].at <= i {
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
		return contiguous("", s.Src(i))
	}
	if i == 0 && j == len(s.S) {
		return s // the whole string (a trim that trims nothing): no copy of its runs
	}
	if s.runs == nil {
		return contiguous(s.S[i:j], s.base+i)
	}
	rs := *s.runs
	k := runAt(rs, i)
	first := rs[k].src + i - rs[k].at
	if k+1 == len(rs) || rs[k+1].at >= j {
		return contiguous(s.S[i:j], first)
	}
	out := []run{{0, first}}
	for k++; k < len(rs) && rs[k].at < j; k++ {
		out = append(out, run{rs[k].at - i, rs[k].src})
	}
	return Str{S: s.S[i:j], runs: &out}
}

// From returns the bytes from i to the end.
func (s Str) From(i int) Str { return s.Slice(i, len(s.S)) }

// Concat joins strings, keeping each part's mapping. When only one part
// is not empty (a table column that took one cell, an item of one
// paragraph), that part comes back as it is, without a copy.
func Concat(parts ...Str) Str {
	if p, ok := onlyPart(parts); ok {
		return p
	}
	return join(parts, "")
}

// onlyPart returns the one part that is not empty, if there is exactly one.
func onlyPart(parts []Str) (Str, bool) {
	k := -1
	for i, p := range parts {
		if len(p.S) == 0 {
			continue
		}
		if k >= 0 {
			return Str{}, false
		}
		k = i
	}
	if k < 0 {
		return Str{}, false
	}
	return parts[k], true
}

// Join joins strings with sep between them; sep maps to the start of the
// part that follows it.
func Join(parts []Str, sep string) Str {
	if sep == "" || len(parts) < 2 {
		return Concat(parts...)
	}
	return join(parts, sep)
}

// join joins parts with sep (which may be empty) between them, in one
// allocation for the text and one for the runs.
func join(parts []Str, sep string) Str {
	size, nruns := 0, 0
	for i, p := range parts {
		size += len(p.S)
		nruns += max(1, len(p.list()))
		if i > 0 && sep != "" {
			size += len(sep)
			nruns++
		}
	}
	j := joiner{runs: make([]run, 0, nruns)}
	j.b.Grow(size)
	for i, p := range parts {
		if i > 0 && sep != "" {
			j.add(contiguous(sep, p.Src(0)))
		}
		j.add(p)
	}
	return j.str()
}

// Builder joins Strs one after another into the Str Concat would make of
// them all, in time linear in their length: Concat of the Str joined so
// far and the next part copies the parts so far again, quadratic in a
// paragraph of many lines. The text joined so far is readable at any time
// without a copy (String). The zero Builder is empty.
type Builder struct{ j joiner }

// Grow makes room for parts, so that adding them allocates once for the
// text and once for the mapping (as Concat does).
func (b *Builder) Grow(parts ...Str) {
	size, nruns := 0, 0
	for _, p := range parts {
		size += len(p.S)
		nruns += max(1, len(p.list()))
	}
	b.j.b.Grow(size)
	if cap(b.j.runs)-len(b.j.runs) < nruns {
		b.j.runs = append(make([]run, 0, len(b.j.runs)+nruns), b.j.runs...)
	}
}

// Add appends p with its mapping.
func (b *Builder) Add(p Str) { b.j.add(p) }

// String returns the text joined so far. Adding to b later leaves it as
// it is.
func (b *Builder) String() string { return b.j.b.String() }

// Str returns the Str joined (what Concat of the parts returns, mapping
// every byte to the same source offset) and empties b for the next.
func (b *Builder) Str() Str {
	s := b.j.str()
	b.j = joiner{}
	return s
}

// joiner builds a Str piece by piece.
type joiner struct {
	b    strings.Builder
	runs []run
	base int // where an empty result maps: the last empty piece before any text
}

// add appends p with its mapping.
func (j *joiner) add(p Str) {
	at := j.b.Len()
	if len(p.S) == 0 {
		if at == 0 {
			j.base = p.Src(0)
		}
		return
	}
	if p.runs == nil {
		j.runs = append(j.runs, run{at, p.base})
	}
	for _, r := range p.list() {
		j.runs = append(j.runs, run{at + r.at, r.src})
	}
	j.b.WriteString(p.S)
}

// str returns the Str built. Runs that continue each other merge; one
// run is held inline.
func (j *joiner) str() Str {
	out := Str{S: j.b.String(), base: j.base}
	merged := j.runs[:0]
	for _, r := range j.runs {
		if n := len(merged); n > 0 && r.src-merged[n-1].src == r.at-merged[n-1].at {
			continue
		}
		merged = append(merged, r)
	}
	switch {
	case len(merged) == 0:
	case len(merged) == 1 && merged[0].at == 0:
		out.base = merged[0].src
	default:
		out.runs = &merged
	}
	return out
}

// TrimSpace removes leading and trailing white space, including the
// ideographic space U+3000 and no-break space.
func (s Str) TrimSpace() Str {
	i, j := spaceBounds(s.S)
	return s.Slice(i, j)
}

// spaceBounds returns the bounds [i, j) of s without its leading and
// trailing white space (isSpace); a string of spaces gives i = j = len(s).
// Nearly every line starts and ends with a character that is no space:
// one character read at each end answers (a Chinese one decoded inline,
// by script.DecodeRune and Decode3).
func spaceBounds(s string) (i, j int) {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = script.DecodeRune(s[i:])
		}
		if !isSpace(r) {
			break
		}
		i += n
	}
	j = len(s)
	for j > i {
		r, n := rune(s[j-1]), 1
		if r >= utf8.RuneSelf {
			if r, n = script.Decode3(s[max(i, j-3):j]); n == 0 {
				r, n = script.DecodeLastRune(s[i:j])
			}
		}
		if !isSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// SpaceBounds returns the bounds [i, j) of s without its leading and
// trailing white space, as TrimSpace trims a Str: a caller that may drop
// a piece by its trimmed length learns it before cutting the piece (a
// Str's Slice copies the mapping of the bytes it keeps).
func SpaceBounds(s string) (i, j int) { return spaceBounds(s) }

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
		s = s.ReplaceAll(sub, "")
	}
	return s
}

// Split splits around each occurrence of sep, into one slice of the right
// size (the vectorised count costs less than growing it); an empty sep
// does not split.
func (s Str) Split(sep string) []Str {
	if sep == "" {
		return []Str{s}
	}
	out := make([]Str, 0, strings.Count(s.S, sep)+1)
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

// Squeeze drops white space of every kind (IsSpace) from s: the layout of
// a title broken over lines, not its content.
func Squeeze(s string) string {
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isSpace(r rune) bool {
	if r >= '\u3000' {
		// No Unicode white space lies above U+3000 (Han text: every rune);
		// U+3000 itself, which indents Chinese paragraphs, is answered
		// here rather than by unicode.IsSpace's table search.
		return r == '\u3000' || r == '\ufeff'
	}
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\u200b'
}

// FirstRune returns the first rune of the string, or utf8.RuneError.
func (s Str) FirstRune() rune {
	r, _ := script.DecodeRune(s.S)
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
			parts = append(parts, contiguous(new, rest.Src(k)))
		}
		rest = rest.From(k + len(old))
	}
	return Concat(parts...)
}

// ByFirstRune indexes items by the first rune of their word, keeping
// their order, so that a recogniser probing every position of a text tries
// at a rune only the words that start with it.
func ByFirstRune[T any](items []T, word func(T) string) map[rune][]T {
	return byRune(items, word, utf8.DecodeRuneInString)
}

// ByLastRune indexes items by the last rune of their word, keeping their
// order, so that a recogniser testing how a text ends compares it only
// with the words that end in its last rune.
func ByLastRune[T any](items []T, word func(T) string) map[rune][]T {
	return byRune(items, word, utf8.DecodeLastRuneInString)
}

func byRune[T any](items []T, word func(T) string, decode func(string) (rune, int)) map[rune][]T {
	m := map[rune][]T{}
	for _, it := range items {
		r, _ := decode(word(it))
		m[r] = append(m[r], it)
	}
	return m
}

// IsHan reports whether r is a CJK ideograph.
func IsHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x2FFFF)
}

// InSet reports whether r is one of the runes of set (ContainsRune,
// which searches the encoded rune: four times faster than decoding the set
// rune by rune).
func InSet(set string, r rune) bool { return ContainsRune(set, r) }

// MoreRunes reports whether s holds more than n runes (as
// utf8.RuneCountInString counts them), counting only when its byte length
// leaves the answer open: a string of at most n bytes holds at most n
// runes, one of more than 4n bytes more than n. The count stops at the
// (n+1)th rune, and a rune of three bytes (script.Decode3's: nearly every
// rune of Chinese text) is stepped over by its inlined check, where
// RuneCountInString reads the whole string through the runtime's decoder.
func MoreRunes(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if len(s) > n*utf8.UTFMax {
		return true
	}
	for i, k := 0, 0; i < len(s); k++ {
		if k == n {
			return true // rune n+1 starts at i
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := script.Decode3(s[i:]) // inline: nearly every rune
		if w == 0 {
			_, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
	}
	return false
}

// HeadRunes returns the first n runes of s, or s when it holds fewer
// (docmeta.FirstRunes is another job: the first rune of each word).
func HeadRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// IndexAny is strings.IndexAny for a short set of runes: it searches s
// once per rune of the set with IndexRune, each search cut at the best
// offset found so far, instead of decoding s rune by rune and searching the
// set for each (strings.IndexAny does so whenever the set holds a
// non-ASCII rune). A valid encoded rune cannot straddle the start of
// another, so cutting s there loses no earlier match. A set holding U+FFFD
// (which also matches invalid bytes) or invalid bytes is left to
// strings.IndexAny.
func IndexAny(s, set string) int {
	best, rest := -1, s
	for _, r := range set {
		if r == utf8.RuneError { // U+FFFD or an invalid byte of set
			return strings.IndexAny(s, set)
		}
		if k := IndexRune(rest, r); k >= 0 {
			best, rest = k, rest[:k]
		}
	}
	return best
}

// ContainsAny is strings.ContainsAny for a short set of non-ASCII runes:
// it searches s once per rune of the set with the vectorised substring
// search instead of decoding s rune by rune, which is several times faster
// on Chinese text. A set holding U+FFFD (which also matches invalid bytes)
// or an invalid byte is left to strings.ContainsAny.
func ContainsAny(s, set string) bool {
	for _, r := range set {
		if r == utf8.RuneError { // U+FFFD or an invalid byte of set
			return strings.ContainsAny(s, set)
		}
		if ContainsRune(s, r) {
			return true
		}
	}
	return false
}
