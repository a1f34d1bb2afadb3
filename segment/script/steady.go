package script

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// A parse folds the pieces of one text again and again: every recogniser
// folds the line or clause it reads. Hold folds the whole text once, into
// a twin with the same byte offsets, and notes the text by its memory: a
// string whose bytes lie inside a held text is a piece of it, and its fold
// is the same piece of the twin — unless a phrase the whole fold replaced
// straddles an end of the piece (a piece that cuts 回覆 in two folds 覆
// alone), or the piece cuts a character. A text that folds to itself
// (simplified text, the common case) is its own twin: every piece of it
// folds to itself, as a phrase found in a piece would be found at the same
// place in the whole.

// maxTwin bounds the texts held with a twin of their own: a twin costs
// the text's size for as long as it is held, and the memory of a parse
// of a large text is budgeted (a text that folds to itself needs none).
const maxTwin = 16 << 20

// held is a text, its twin and the addresses of its bytes, [lo, hi).
// Holding the text keeps it alive, and on the heap, while it is held.
type held struct {
	text, twin string
	steady     bool     // the text folds to itself: it is its twin
	phrases    [][2]int // byte ranges of the phrases replaced, in order
	lo, hi     uintptr
}

var (
	heldMu  sync.Mutex             // serialises changes to heldAll
	heldAll atomic.Pointer[[]held] // replaced, never modified: read without the lock
)

// Hold folds text once and holds it until release is called: until then,
// ToSimplified returns the fold of a substring of text from that one fold,
// without scanning it, and IsTraditional answers a substring of a text
// that folds to itself at once. A text whose fold changes the byte length
// of a character is not held, nor one above maxTwin bytes that the fold
// changes. Call release once; it is a no-op when text was not held.
func Hold(text string) (release func()) {
	t := load()
	twin, phrases, ok := text, [][2]int(nil), true
	if len(text) > maxTwin {
		ok = t.unchanged(text) == len(text) // held only as its own twin
	} else {
		twin, phrases, ok = t.twin(text)
	}
	if text == "" || !ok {
		return func() {}
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	h := held{text, twin, twin == text, phrases, lo, lo + uintptr(len(text))}
	update(func(all []held) []held { return append(all, h) })
	return func() {
		update(func(all []held) []held {
			same := func(o held) bool { return o.lo == h.lo && o.hi == h.hi }
			if i := slices.IndexFunc(all, same); i >= 0 {
				return slices.Delete(all, i, i+1)
			}
			return all
		})
	}
}

// twin folds text as ToSimplified does, noting where it replaced phrases;
// ok is false when a character or phrase changes its byte length (the
// twin's offsets would not be the text's).
func (t *table) twin(text string) (twin string, phrases [][2]int, ok bool) {
	i := t.unchanged(text)
	if i == len(text) {
		return text, nil, true
	}
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for {
		b.WriteString(text[at : at+i])
		if at += i; at == len(text) {
			return b.String(), phrases, true
		}
		s := text[at:]
		r, n := decodeRune(s)
		e := t.lookup(r)
		if p, w := t.phrase(s, e); w > 0 {
			if len(p) != w {
				return "", nil, false
			}
			phrases = append(phrases, [2]int{at, at + w})
			b.WriteString(p)
			at += w
		} else {
			if utf8.RuneLen(e.to) != n {
				return "", nil, false
			}
			b.WriteRune(e.to)
			at += n
		}
		i = t.unchanged(text[at:])
	}
}

// update replaces the held texts by f applied to a copy of them.
func update(f func([]held) []held) {
	heldMu.Lock()
	defer heldMu.Unlock()
	var all []held
	if p := heldAll.Load(); p != nil {
		all = slices.Clone(*p)
	}
	all = f(all)
	heldAll.Store(&all)
}

// heldFold returns the fold of s from the twin of the held text s lies
// in, when it can be read there; steady tells that the held text folds
// to itself.
func heldFold(s string) (fold string, steady, ok bool) {
	p := heldAll.Load()
	if p == nil || len(s) == 0 {
		return "", false, false
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	hi := lo + uintptr(len(s))
	for _, h := range *p {
		if lo < h.lo || hi > h.hi {
			continue
		}
		if h.steady {
			return s, true, true
		}
		i, j := int(lo-h.lo), int(hi-h.lo)
		if !utf8.RuneStart(h.text[i]) || j < len(h.text) && !utf8.RuneStart(h.text[j]) || straddles(h.phrases, i, j) {
			return "", false, false
		}
		return h.twin[i:j], false, true
	}
	return "", false, false
}

// straddles reports whether a phrase of the list reaches across i or j
// (i < j): it begins before one of them and ends after it.
func straddles(phrases [][2]int, i, j int) bool {
	for _, at := range []int{i, j} {
		// the first phrase ending after at
		k := sort.Search(len(phrases), func(k int) bool { return phrases[k][1] > at })
		if k < len(phrases) && phrases[k][0] < at {
			return true
		}
	}
	return false
}
