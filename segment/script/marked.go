package script

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Nearly every notice is written in simplified script, yet the parser's
// recognisers fold every piece they read before matching it. A text in
// which no piece can fold to anything else is marked once per document;
// ToSimplified then returns each piece of it as it is after comparing two
// addresses, instead of reading the piece's characters.

var (
	markMu sync.Mutex               // serialises changes of marked
	marked atomic.Pointer[[]string] // the marked texts; replaced, never modified
)

// MarkSimplified reads text once and, when no piece of it can fold to
// anything else (no character of it changes and no phrase in it does),
// marks it until unmark is called: ToSimplified and Unchanged then answer
// for every substring of text without reading it. It reports whether text
// was marked; a marked text is simplified (IsTraditional is false for it
// and for every piece of it). Call unmark when the text is done with (a
// deferred call); it is safe to call when text was not marked, and the
// marks of texts parsed at the same time are independent.
func MarkSimplified(text string) (ok bool, unmark func()) {
	if text == "" || !foldsToItself(text) {
		return false, func() {}
	}
	markMu.Lock()
	defer markMu.Unlock()
	var texts []string
	if p := marked.Load(); p != nil {
		texts = append(texts, *p...)
	}
	texts = append(texts, text)
	marked.Store(&texts)
	return true, func() { unmarkText(text) }
}

// unmarkText drops one mark of text.
func unmarkText(text string) {
	markMu.Lock()
	defer markMu.Unlock()
	old := *marked.Load()
	texts := make([]string, 0, len(old))
	dropped := false
	for _, t := range old {
		if !dropped && unsafe.StringData(t) == unsafe.StringData(text) && len(t) == len(text) {
			dropped = true
			continue
		}
		texts = append(texts, t)
	}
	marked.Store(&texts)
}

// Unchanged reports whether s is (a piece of) a text marked by
// MarkSimplified, so that folding it, whole (ToSimplified) or character
// by character (SimplifiedRune), gives s. False says nothing.
func Unchanged(s string) bool {
	p := marked.Load()
	if p == nil || s == "" {
		return false
	}
	// s lies in the bytes of a marked text only when it is a substring
	// of it: the marked texts are held by the list, so the memory is theirs.
	at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	for _, t := range *p {
		lo := uintptr(unsafe.Pointer(unsafe.StringData(t)))
		if len(s) <= len(t) && at >= lo && at-lo <= uintptr(len(t)-len(s)) {
			return true
		}
	}
	return false
}

// foldsToItself reports whether ToSimplified leaves every substring of s
// as it is: no character of s has a simplified form of its own, and no
// phrase starting anywhere in s, of any length, folds to something else
// (a substring may end inside a longer phrase, or begin after the start of
// one). The scan for what could change is ToSimplified's own; it stops
// only at a character that changes or where a phrase starts.
func foldsToItself(s string) bool {
	t := load()
	for {
		i := t.unchanged(s)
		if i == len(s) {
			return true
		}
		r, n := DecodeRune(s[i:])
		e := t.lookup(r)
		if e.to != 0 || !t.phrasesKeep(s[i:], e) {
			return false
		}
		s = s[i+n:]
	}
}

// phrasesKeep reports whether every phrase at the start of s, of every
// length, folds to itself.
func (t *table) phrasesKeep(s string, e entry) bool {
	_, n0 := DecodeRune(s)
	for j, k := n0, 1; j < len(s) && k < int(e.phrase); k++ {
		_, n := DecodeRune(s[j:])
		j += n
		if p, ok := t.phrases[s[:j]]; ok && p != s[:j] {
			return false
		}
	}
	return true
}
