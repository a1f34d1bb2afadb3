package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/internal/dict"

	"github.com/zwgk/gongwen/segment/script"
)

//go:embed data/dict.bin.gz
var dictGz []byte

//go:embed data/terms.txt
var termsData string

// unknownCost is the path cost of a character the dictionary does not
// know, in the same -log2(p) units as the dictionary's words (gse uses 32
// for its pseudo-tokens; a word seen once costs about 26).
const unknownCost = 28

// Segmenter cuts Chinese text into words with a government-domain
// dictionary and extracts keywords. Its dictionary (gse's simplified word
// frequencies and IDF table plus the domain terms, precompiled into a trie
// by `go generate`) is loaded on first use, once, and is
// read-only afterwards: a Segmenter is safe for concurrent use. Use
// Default, which every caller shares; a zero Segmenter also works but
// loads its own copy.
type Segmenter struct {
	once  sync.Once
	words *dict.Trie
	mixed map[rune][]string // first rune → domain terms with non-Han characters, longest first
	// Sets of runes below U+10000 (8 KB each, the part a text uses hot
	// in cache): the first runes of mixed terms, and the characters
	// ToSimplified can change (script.Preimages of some rune), so that
	// plain tells a text that needs no folding without folding it.
	mixedFirst, folded runeSet
	// notable is the union of the two: the runes cutPlain looks at
	// closely.
	notable runeSet
}

// mixedAt returns the mixed terms that start with r, longest first.
func (s *Segmenter) mixedAt(r rune) []string {
	if r < 1<<16 && !s.mixedFirst.has(r) {
		return nil
	}
	return s.mixed[r]
}

var (
	defaultSegmenter Segmenter
	loads            atomic.Int64
)

// Default returns the shared Segmenter. Nothing is loaded until it is
// first used.
func Default() *Segmenter { return &defaultSegmenter }

// Loads reports how many times a dictionary has been loaded in this
// process (0 or 1): the structure-only path of package parse must leave
// it at 0.
func Loads() int64 { return loads.Load() }

// load decompresses the embedded table (about 9 MB) and indexes the mixed
// domain terms.
func (s *Segmenter) load() {
	s.once.Do(func() {
		loads.Add(1)
		s.words = &dict.Trie{}
		if b, err := gunzip(dictGz); err == nil {
			if t, err := dict.Decode(b); err == nil {
				s.words = t
			}
		}
		for r := rune(0); r < 1<<16; r++ {
			for _, p := range script.Preimages(r) {
				s.folded.add(p)
			}
		}
		// On a corrupt table (a build problem, caught by the tests) the
		// segmenter still works, cutting text into characters.
		s.mixed = map[rune][]string{}
		for line := range strings.Lines(termsData) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' || allHan(line) {
				continue
			}
			for _, v := range mixedVariants(line) {
				r, _ := utf8.DecodeRuneInString(v)
				s.mixed[r] = append(s.mixed[r], v)
			}
		}
		for r, l := range s.mixed {
			s.mixedFirst.add(r)
			sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
		}
		for k := range s.notable {
			s.notable[k] = s.mixedFirst[k] | s.folded[k]
		}
	})
}

// gunzip decompresses z into a buffer of the size its trailer states.
func gunzip(z []byte) ([]byte, error) {
	if len(z) < 18 {
		return nil, io.ErrUnexpectedEOF
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	b := make([]byte, binary.LittleEndian.Uint32(z[len(z)-4:]))
	if _, err := io.ReadFull(zr, b); err != nil {
		return nil, err
	}
	return b, nil
}

// mixedVariants returns a mixed term with the punctuation variants that
// the same term is written with: 、 as ， or , and + as ＋.
func mixedVariants(t string) []string {
	out := []string{t}
	r := strings.NewReplacer("、", "，", "+", "＋")
	if v := r.Replace(t); v != t {
		out = append(out, v)
	}
	if v := strings.ReplaceAll(t, "、", ","); v != t {
		out = append(out, v)
	}
	return out
}

// Token is a word of the input text.
type Token struct {
	// Text is the word as written in the input (its own script), less any
	// pinyin glosses web copies insert after characters (環(huán)境 → 環境).
	Text string
	// Start and End are byte offsets of the word in the input; the span
	// includes the glosses inside the word.
	Start, End int
	// Norm is the word in simplified script (equal to Text for simplified
	// input): the form the dictionary knows it by.
	Norm  string
	value uint32 // dictionary value bits; 0 for unknown characters
	mixed bool   // a domain term with non-Han characters
}

// Cut returns the words of text in order, in the text's own script.
// Characters outside runs of Han characters (digits, Latin letters,
// punctuation, spaces) are dropped, except inside domain terms such as
// 互联网+政务服务.
func (s *Segmenter) Cut(text string) []string {
	toks := s.Tokens(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// Tokens segments text into words with their positions. Traditional text
// is converted to simplified character for character before lookup, so
// positions stay exact and Text keeps the input's own script; pinyin
// glosses (發(fā)) are read past. Each run of
// Han characters is cut on its own by the shortest path through the
// dictionary (word cost -log2 p, as gse's Cut does), which sidesteps gse's
// fall-back to greedy matching on lines with digits.
func (s *Segmenter) Tokens(text string) []Token {
	toks := make([]Token, 0, len(text)/6+1) // a word is about two characters: six bytes
	s.scan(text, nil, func(t Token, _ int32) { toks = append(toks, t) }, nil)
	return toks
}

// cut is a word of a run of Han characters: byte offsets from the run's
// start, the word's dictionary value and its term id in the docCache (-1
// for a word that is no keyword candidate, or without a docCache).
type cut struct {
	a, b int32
	v    uint32
	term int32
}

// scan segments text and hands each token to yield, in order, with its
// term id in cache (-1 when it is no keyword candidate, or cache is nil).
// With a cache, a run of Han characters cut after the document's text
// that the cache has seen is not cut again, and the runs cut then are
// added to it (endRun). Keyword extraction counts the tokens as they come
// instead of keeping them.
//
// With tl set (and yield nil), the words of a text cut in one pass are
// counted by tl without a Token being made.
func (s *Segmenter) scan(text string, cache *docCache, yield func(t Token, term int32), tl *tally) {
	s.load()
	recording := cache != nil && cache.recording
	from, words := 0, 0 // the units and words recorded before text
	if recording {
		from, words = len(cache.units), len(cache.toks)
		at := cache.recorded()
		defer func() { cache.texts = append(cache.texts, docText{text, at, from, len(cache.units)}) }()
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if s.cutPlain(text, cache, sc) {
		switch {
		case recording && tl != nil:
			// Recorded as cut: counted from the record.
			for _, w := range cache.toks[words:] {
				tl.add(w.written, w.term)
			}
		default:
			s.emitPlain(text, text, cache, sc, false, yield, tl)
		}
		return
	}
	if recording { // what cutPlain recorded before it stopped
		clear(cache.toks[words:])
		cache.units, cache.toks = cache.units[:from], cache.toks[:words]
	}
	if tl != nil {
		yield = func(t Token, id int32) { tl.add(t.Text, id) }
	}
	// cutPlain stopped at a gloss or at a stretch that folding changes.
	if !hasGloss(text) {
		// Traditional text: folded, it is cut in one pass too when
		// every character kept its length.
		if norm := ToSimplified(text); len(norm) == len(text) && sameWidths(norm, text) {
			s.cutAligned(norm, false, cache, sc)
			s.emitPlain(norm, text, cache, sc, recording, yield, tl)
			return
		}
		s.scanGeneral(text, false, true, cache, sc, yield)
		return
	}
	_, folds := s.plain(text)
	s.scanGeneral(text, true, folds, cache, sc, yield)
}

// scanGeneral is scan for a text that holds pinyin glosses (glossed) or
// characters folding changes (folds): it strips the glosses, folds the
// rest to simplified script, cuts that and maps each word back to the
// text as written.
func (s *Segmenter) scanGeneral(text string, glossed, folds bool, cache *docCache, sc *scratch, yield func(t Token, term int32)) {
	clean, norm := text, text
	glosses := sc.glosses[:0]
	if glossed || folds {
		if glossed {
			clean, glosses = stripGlossesAt(text, glosses, true)
			sc.glosses = glosses
		}
		if norm = clean; folds {
			norm = ToSimplified(clean)
		}
	}
	// aligned: an offset in norm is the same offset in clean (folding
	// kept every character's byte length), which maps to text by the
	// lengths of the glosses taken out before it.
	aligned := len(norm) == len(clean) && (norm == clean || sameWidths(norm, clean))
	k, shift := 0, 0 // glosses[:k] lie before the last offset mapped; shift is their length
	// toText maps the offset p of clean to text; at a word's start (from
	// set) past a gloss at p, at its end before it.
	toText := func(p int, from bool) int {
		for k < len(glosses) && (glosses[k].at < p || from && glosses[k].at == p) {
			shift += glosses[k].n
			k++
		}
		return p + shift
	}
	// Otherwise op, np: aligned byte positions in text and norm.
	op, np := 0, 0
	skipGloss := func() {
		// A gloss opens with ( or （ (whose UTF-8 starts with 0xEF).
		if len(glosses) > 0 && op > 0 && op < len(text) && (text[op] == '(' || text[op] == 0xEF) {
			if r, _ := utf8.DecodeLastRuneInString(text[:op]); isHan(r) {
				op += glossAt(text[op:])
			}
		}
	}
	advance := func(target int) {
		for np < target {
			skipGloss()
			_, n1 := script.DecodeRune(norm[np:])
			_, n2 := script.DecodeRune(text[op:])
			np += n1
			op += n2
		}
	}
	// emit yields the word norm[a:b] of term id term; first marks the
	// first word of a run or a mixed term.
	record := cache != nil && cache.recording
	emit := func(a, b int, v uint32, mixed bool, term int32, first bool) {
		var t Token
		switch {
		case aligned && len(glosses) == 0:
			t = Token{Text: clean[a:b], Start: a, End: b}
		case aligned:
			t = Token{Text: clean[a:b], Start: toText(a, true), End: toText(b, false)}
		default:
			advance(a)
			skipGloss()
			start := op
			advance(b)
			t = Token{Text: stripGlosses(text[start:op]), Start: start, End: op}
		}
		t.Norm, t.value, t.mixed = norm[a:b], v, mixed
		if record {
			cache.record(t.Text, t.Start, t.End, term, first)
		}
		yield(t, term)
	}
	for i := 0; i < len(norm); {
		// ASCII and the three-byte runes inline, the rest by DecodeRune.
		r, n := rune(norm[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = script.Decode3(norm[i:]); n == 0 {
				r, n = script.DecodeRune(norm[i:])
			}
		}
		if terms := s.mixedAt(r); terms != nil {
			if t := matchAny(norm[i:], terms); t != "" {
				emit(i, i+len(t), dict.Word|dict.Domain, true, cache.termID(t, dict.Word|dict.Domain, true), true)
				i += len(t)
				continue
			}
		}
		if !isHan(r) {
			i += n
			continue
		}
		// The run's runes go into sc for cutRun.
		sc.rune = append(sc.rune[:0], r)
		j := i + n
		for j < len(norm) {
			r2, n2 := script.Decode3(norm[j:])
			if n2 == 0 {
				r2, n2 = script.DecodeRune(norm[j:])
			}
			if !isHan(r2) || matchAny(norm[j:], s.mixedAt(r2)) != "" {
				break
			}
			sc.rune = append(sc.rune, r2)
			j += n2
		}
		sc.units, sc.cuts = sc.units[:0], sc.cuts[:0] // endRun's unit and, without a cache, words
		sc.rune = s.endRun(norm[i:j], i, sc.rune, cache, sc, false)
		u, cuts := sc.units[0], sc.cuts
		if cache != nil {
			cuts = cache.cuts
		}
		for k, c := range cuts[u.from:u.to] {
			emit(i+int(c.a), i+int(c.b), c.v, false, c.term, k == 0)
		}
		i = j
	}
}

// plain reports whether text holds pinyin glosses after Han characters
// (so stripGlosses would change it) and whether it holds characters that
// folding to simplified script could change (so ToSimplified might), in
// one pass over the bytes, cheaper than either, that stops once it has
// found both.
func (s *Segmenter) plain(text string) (glosses, folds bool) {
	han := false // the previous rune is a Han character
	for i := 0; i < len(text) && !(glosses && folds); {
		c := text[i]
		if c < utf8.RuneSelf {
			glosses = glosses || c == '(' && han && glossAt(text[i:]) > 0
			han = false
			i++
			continue
		}
		r, n := script.Decode3(text[i:])
		if n == 0 {
			r, n = script.DecodeRune(text[i:])
		}
		glosses = glosses || r == '（' && han && glossAt(text[i:]) > 0
		folds = folds || r >= 1<<16 || s.folded.has(r)
		han = isHan(r)
		i += n
	}
	return glosses, folds
}

// sameWidths reports whether a and b, of the same length, have runes of
// the same byte lengths at the same offsets: whether they have their
// continuation bytes (10xxxxxx) at the same offsets, compared eight bytes
// at a time. (Where the two differ, folding replaced a valid rune by
// another; elsewhere, invalid bytes included, they are the same bytes.)
func sameWidths(a, b string) bool {
	const high = 0x8080808080808080
	// cont has the high bit of each byte of w set that is a continuation
	// byte: its bit 7 set and its bit 6 (shifted into bit 7) clear.
	cont := func(w uint64) uint64 { return w &^ (w << 1) & high }
	i := 0
	for ; i+8 <= len(a); i += 8 {
		if cont(load64(a[i:])) != cont(load64(b[i:])) {
			return false
		}
	}
	for ; i < len(a); i++ {
		if a[i]&0xC0 == 0x80 != (b[i]&0xC0 == 0x80) {
			return false
		}
	}
	return true
}

// load64 reads the first eight bytes of s as a little-endian word (one
// load: the compiler merges the byte reads).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func matchAny(s string, terms []string) string {
	for _, t := range terms {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// scratch holds the dynamic-programming arrays of cutRun.
type scratch struct {
	rune []rune     // the runes of the run
	best []boundary // the cheapest path to each rune boundary of the run
	ends []int32    // the word ends on that path, last first
	cuts []cut      // the words of the runs, when there is no docCache
	// units are the stretches cutPlain cut, for emitPlain.
	units []plainUnit
	// glosses are the glosses taken out of the text being scanned.
	glosses []glossCut
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// boundary is the cheapest path cutRun found to a rune boundary of a
// run: its cost, the boundary its last word starts at, that word's value
// and, for a word of two or more characters, its slot in the dictionary
// (dict.Trie.Find; 0 for one character).
type boundary struct {
	cost float32
	from int32
	val  uint32
	slot uint32
}

// cutRun cuts the run of Han characters run, whose runes are runes, by
// the cheapest path (its arrays in sc) and appends its words to out, their
// byte offsets from the run's start and their term ids in cache (-1
// without one), looked up by their slot in the dictionary as they are
// appended.
//
// With rec set, each word is also recorded in cache.toks (see
// docCache.record), run being the text as written.
func (s *Segmenter) cutRun(sc *scratch, run string, runes []rune, cache *docCache, out []cut, rec bool) []cut {
	n := len(runes)
	sc.best = grow(sc.best, n+1)
	best := sc.best[:n+1]
	best[0] = boundary{}
	for k := 1; k <= n; k++ {
		best[k].cost = float32(math.Inf(1))
	}
	// offer takes the path to boundary j+1 through the word runes[i:j+1]
	// of value v when it is cheaper (the first found wins a tie).
	offer := func(j, i int, c float32, v, slot uint32) {
		if b := &best[j+1]; c < b.cost {
			*b = boundary{c, int32(i), v, slot}
		}
	}
	words := s.words
	for i, r := range runes {
		base := best[i].cost
		// The character alone: a word, or an unknown character.
		v, node := words.Root(r)
		if v&dict.Word != 0 {
			offer(i, i, base+float32(v&dict.CostMask)/dict.CostScale, v, 0)
		} else {
			offer(i, i, base+unknownCost, 0, 0)
		}
		// The longer words that start with it, one trie step a character.
		for j := i + 1; node != 0 && j < n && words.Maybe(node, runes[j]); j++ {
			slot := words.Find(node, runes[j])
			if v, node = words.At(slot); v&dict.Word != 0 {
				offer(j, i, base+float32(v&dict.CostMask)/dict.CostScale, v, slot)
			}
		}
	}
	// Walk back from the end, then append in order.
	ends := sc.ends[:0]
	for k := int32(n); k > 0; k = best[k].from {
		ends = append(ends, k)
	}
	sc.ends = ends
	// A Han character is three bytes long below U+10000, four above: the
	// run has runes above (wide) when it is longer than three bytes a rune.
	wide := len(run) != 3*n
	at, k0 := int32(0), int32(0)
	for x := len(ends) - 1; x >= 0; x-- {
		k := ends[x]
		end := at + 3*(k-k0)
		if wide {
			for _, r := range runes[k0:k] {
				if r >= 1<<16 {
					end++
				}
			}
		}
		b := &best[k]
		term := int32(-1) // one character is no candidate (candidate would say so)
		if b.slot != 0 && cache != nil {
			var ok bool // known words by the lookup inline, new ones by newWord
			if term, ok = cache.words.get(b.slot); !ok {
				term = cache.newWord(b.slot, run[at:end], b.val)
			}
		}
		out = append(out, cut{at, end, b.val, term})
		if rec {
			cache.toks = append(cache.toks, word{run[at:end], term})
		}
		at, k0 = end, k
	}
	return out
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}
