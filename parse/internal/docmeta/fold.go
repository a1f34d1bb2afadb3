package docmeta

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// runeSet is a set of runes for the cheap first tests of the recognisers:
// a bit for each rune of the Basic Multilingual Plane (8 KB; a map lookup
// cost more than the tests it guards), a map for the others.
type runeSet struct {
	bmp   [0x10000 / 64]uint64
	other map[rune]bool
	runes []rune // the members, in the order added
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	return s.other[r]
}

// add puts r in the set.
func (s *runeSet) add(r rune) {
	if s.has(r) {
		return
	}
	s.runes = append(s.runes, r)
	if r >= 0 && r < 0x10000 {
		s.bmp[r/64] |= 1 << (r % 64)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

// foldingTo returns the runes of simplified together with every rune that
// folding to simplified script turns into one of them (script.Preimages),
// and the runes that fold to those (a phrase may keep a traditional
// character that SimplifiedRune folds further: 於 in 於倫): a recogniser
// that compares folded text with words of simplified can reject a string
// whose rune at the compared place is not in the set without folding it.
func foldingTo(simplified string) *runeSet {
	set := &runeSet{}
	var add func(r rune)
	add = func(r rune) {
		if set.has(r) {
			return
		}
		set.add(r)
		for _, p := range script.Preimages(r) {
			add(p)
		}
	}
	for _, r := range simplified {
		add(r)
	}
	return set
}

// FirstRunes and LastRunes list the first (last) rune of each word, for
// the recognisers here and in other packages that test a rune before
// trying their words.
func FirstRunes(words []string) string { return edgeRunes(words, utf8.DecodeRuneInString) }

// LastRunes: see FirstRunes.
func LastRunes(words []string) string { return edgeRunes(words, utf8.DecodeLastRuneInString) }

// RuneSet is a runeSet for the recognisers of other packages: StartsOf
// holds the runes that may start one of words once a text is folded to
// simplified script (each word's first rune and the runes that fold to
// it), EndsOf those that may end one. A position holding none of them
// starts (ends) none of the words, which a recogniser can tell without
// folding the text.
//
// stop, for HasAny, holds the set's runes and those a three-byte skip must
// leave to the decoder (script.BMPSet.AddUnread); nil when the set holds
// an ASCII rune, which the skip passes over.
type RuneSet struct {
	set  *runeSet
	stop *script.BMPSet
}

// StartsOf: see RuneSet.
func StartsOf(words []string) RuneSet { return newRuneSet(foldingTo(FirstRunes(words))) }

// EndsOf: see RuneSet.
func EndsOf(words []string) RuneSet { return newRuneSet(foldingTo(LastRunes(words))) }

// newRuneSet makes the RuneSet of set, with its stop set.
func newRuneSet(set *runeSet) RuneSet {
	stop := new(script.BMPSet)
	stop.AddUnread()
	for _, r := range set.runes {
		if r < utf8.RuneSelf {
			return RuneSet{set: set}
		}
		if r < 0x10000 { // the skip stops at every four-byte rune
			stop.Add(r)
		}
	}
	return RuneSet{set: set, stop: stop}
}

// Has reports whether r is in the set.
func (s RuneSet) Has(r rune) bool { return s.set.has(r) }

// HasAny reports whether a rune of text is in the set.
//
// The runes outside the set that the skip can read from their three bytes
// are passed over without being decoded.
func (s RuneSet) HasAny(text string) bool {
	for i, n := 0, 0; i < len(text); i += n {
		if s.stop != nil {
			if i = s.stop.Skip(text, i); i >= len(text) {
				return false
			}
		}
		var r rune
		r, n = script.DecodeRune(text[i:])
		if s.set.has(r) {
			return true
		}
	}
	return false
}

func edgeRunes(words []string, decode func(string) (rune, int)) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := decode(w)
		b.WriteRune(r)
	}
	return b.String()
}

// Word is a word of simplified script looked for in text of either script.
type Word struct {
	word  string
	first []rune // the runes that fold to the word's first rune
	last  []rune // the runes that fold to its last rune
}

// NewWord prepares w (simplified script) for In.
func NewWord(w string) Word {
	r, _ := script.DecodeRune(w)
	l, _ := script.DecodeLastRune(w)
	return Word{word: w, first: foldingTo(string(r)).runes, last: foldingTo(string(l)).runes}
}

// MayEnd reports whether s, without its trailing white space, can end
// with the word once folded: its last rune folds to the word's last rune.
// When it does not, a fold of s is useless to a caller that wants s to end
// with the word; only the last rune of s is read.
func (w Word) MayEnd(s string) bool {
	r, _ := script.DecodeLastRune(strings.TrimRightFunc(s, unicode.IsSpace))
	return slices.Contains(w.last, r)
}

// In reports whether s holds the word once folded to simplified script
// (script.ToSimplified). A string without a rune that folds to the word's
// first rune is not folded.
func (w Word) In(s string) bool {
	return mayHoldFolded(s, w.first) && source.Contains(script.ToSimplified(s), w.word)
}

// MayBeIn reports whether s can hold the word once folded, and once
// spaces are taken out: s holds a rune that folds to the word's first
// rune. When it does not, In is false and a fold of s is useless.
func (w Word) MayBeIn(s string) bool { return mayHoldFolded(s, w.first) }

// EndMayBeIn reports whether s holds a rune that folds to the word's
// last rune. When it does not, no part of s ends with the word once
// folded, and a caller need not split s to look for such a part.
func (w Word) EndMayBeIn(s string) bool { return mayHoldFolded(s, w.last) }

// mayHoldFolded reports whether s can hold a word once folded to
// simplified script: s holds one of first, the runes that fold to the
// word's first rune. When it does not, folding s is useless.
func mayHoldFolded(s string, first []rune) bool {
	for _, r := range first {
		if source.ContainsRune(s, r) {
			return true
		}
	}
	return false
}
