package script

import (
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A parse folds the pieces of one text again and again: every recogniser
// folds the line or clause it reads. When the whole text folds to itself
// (simplified text, the common case), so does every piece of it — a
// phrase found in a piece would be found at the same place in the whole —
// and those folds need not scan anything. Hold notes such texts by their
// memory: a string whose bytes lie inside a held text is a piece of it.

// held is a text and the addresses of its bytes, [lo, hi). Holding the
// text keeps it alive, and on the heap, while it is held.
type held struct {
	text   string
	lo, hi uintptr
}

var (
	heldMu  sync.Mutex             // serialises changes to heldAll
	heldAll atomic.Pointer[[]held] // replaced, never modified: read without the lock
)

// Hold reports whether ToSimplified leaves text as it is and, if so,
// holds it until release is called: until then, ToSimplified returns any
// substring of text at once, without scanning it. Call release once;
// it is a no-op when text was not held.
func Hold(text string) (release func()) {
	if text == "" || load().unchanged(text) < len(text) {
		return func() {}
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	h := held{text, lo, lo + uintptr(len(text))}
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

// isHeld reports whether s lies inside a held text.
func isHeld(s string) bool {
	p := heldAll.Load()
	if p == nil || len(s) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	hi := lo + uintptr(len(s))
	for _, h := range *p {
		if lo >= h.lo && hi <= h.hi {
			return true
		}
	}
	return false
}
