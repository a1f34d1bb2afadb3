package segment

import (
	"github.com/zwgk/gongwen/segment/internal/dict"
	"github.com/zwgk/gongwen/segment/script"
)

// The cut of a plain text: one with no pinyin gloss and nothing folding to
// simplified script would change, which is nearly every text. Such a text
// is its own simplified form, so scan's general path (strip the glosses,
// fold, cut, map each word back) reduces to cutting it as it is. cutPlain
// does that in the same pass that makes sure the text is plain: it reads
// each rune once, tests it for a gloss and for folding, matches the mixed
// domain terms and gathers the runs of Han characters, cutting each as it
// ends. The words are handed out (emitPlain) only once the whole text has
// proved plain; otherwise scan starts over on the general path, and what
// cutPlain left in the docCache (runs and their words, term ids) stays
// true, since it depends on the run's characters alone.

// plainUnit is a stretch of a plain text cutPlain cut, a run of Han
// characters or a mixed domain term (mixed), whose words are
// cuts[from:to] (in the docCache, or in the scratch without one).
type plainUnit struct {
	at       int32 // the stretch's offset in the text
	from, to int32 // its words
	mixed    bool
}

// stretch follows the stretches of Han characters of a text for
// cutPlain: whether the last rune was a Han character (a pinyin gloss
// follows one) and whether the stretch being read holds a character that
// folding to simplified script can change.
type stretch struct {
	in    bool // the last rune is a Han character
	from  int  // where the stretch being read starts
	doubt bool // it holds a character folding can change
}

// step moves past the rune r at offset j of text (a Han character when
// han); it reports false when r ends a stretch that folding changes.
func (st *stretch) step(s *Segmenter, text string, j int, r rune, han bool) bool {
	switch {
	case han && !st.in:
		st.in, st.from, st.doubt = true, j, r >= 1<<16 || s.folded.has(r)
	case han:
		st.doubt = st.doubt || r >= 1<<16 || s.folded.has(r)
	case st.in:
		st.in = false
		return !st.doubt || !changes(text[st.from:j])
	}
	return true
}

// cutPlain cuts text when it is plain (see above), leaving its stretches
// in sc.units for emitPlain, and reports whether it was.
func (s *Segmenter) cutPlain(text string, cache *docCache, sc *scratch) bool {
	return s.cutAligned(text, true, cache, sc)
}

// cutAligned cuts norm, a text in simplified script, leaving its stretches
// in sc.units for emitPlain. With check set, norm is a text as written,
// and cutAligned reports whether it is plain (see above); without, the
// caller has made sure it holds no gloss.
//
// Most runes are unified ideographs that neither start a mixed term nor
// (when checking) can fold: they take the short way, a decode and a bit
// test, and join the run being read. The rest are tested in full: for a
// gloss (after a Han character), a mixed term, and whether they end a
// stretch of Han characters that holds a character folding could change,
// which is then folded on its own: a phrase override of the fold is Han
// characters only, so a stretch folds alike on its own and inside the
// whole text, and one without such a character does not change.
func (s *Segmenter) cutAligned(norm string, check bool, cache *docCache, sc *scratch) bool {
	text := norm
	notable := &s.mixedFirst // runes that leave the short way
	if check {
		notable = &s.notable
	}
	sc.units = sc.units[:0]
	if cache == nil {
		sc.cuts = sc.cuts[:0]
	}
	runes := sc.rune[:0] // the run of Han characters being read
	run := 0             // where it starts
	// A text as written that the cache records is recorded as it is cut
	// (record; scan drops the words again when it proves not plain).
	rec := check && cache != nil && cache.recording
	var st stretch
	for i := 0; i < len(text); {
		c := text[i]
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			// U+4000–U+9FFF, inline: nearly every rune of Chinese text.
			r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			if r >= 0x4E00 && !notable.has(r) {
				if !st.in {
					st = stretch{in: true, from: i}
				}
				if len(runes) == 0 {
					run = i
				}
				i, runes = plainHan(text, i+3, notable, append(runes, r))
				continue
			}
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			if r, n = script.Decode3(text[i:]); n == 0 {
				r, n = script.DecodeRune(text[i:])
			}
		}
		if check && (r == '(' || r == '（') && st.in && glossAt(text[i:]) > 0 {
			return false
		}
		if terms := s.mixedAt(r); terms != nil {
			if t := matchAny(text[i:], terms); t != "" {
				if len(runes) > 0 {
					runes = s.endRun(text[run:i], run, runes, cache, sc, rec)
				}
				for j := i; j < i+len(t); {
					r, n := script.DecodeRune(text[j:])
					if check && !st.step(s, text, j, r, isHan(r)) {
						return false
					}
					j += n
				}
				w := cut{0, int32(len(t)), dict.Word | dict.Domain, cache.termID(t, dict.Word|dict.Domain, true)}
				cuts := &sc.cuts // where emitPlain reads the words
				if cache != nil {
					cuts = &cache.cuts
				}
				k := int32(len(*cuts))
				*cuts = append(*cuts, w)
				sc.units = append(sc.units, plainUnit{at: int32(i), from: k, to: k + 1, mixed: true})
				if rec {
					cache.record(t, i, i+len(t), w.term, true)
				}
				i += len(t)
				continue
			}
		}
		// st.step, inline.
		if isHan(r) {
			if !st.in {
				st = stretch{in: true, from: i}
			}
			st.doubt = st.doubt || r >= 1<<16 || s.folded.has(r)
			if len(runes) == 0 {
				run = i
			}
			runes = append(runes, r)
		} else {
			if st.in {
				st.in = false
				if check && st.doubt && changes(text[st.from:i]) {
					return false
				}
			}
			if len(runes) > 0 {
				runes = s.endRun(text[run:i], run, runes, cache, sc, rec)
			}
		}
		i += n
	}
	if len(runes) > 0 {
		runes = s.endRun(text[run:], run, runes, cache, sc, rec)
	}
	sc.rune = runes
	return !check || st.step(s, text, len(text), 0, false)
}

// plainHan appends to runes the unified ideographs (U+4E00–U+9FFF) not
// in notable that text holds from offset i on, and returns the offset
// past them: cutAligned's short way, read in a loop of its own once a run
// has begun, since a run is mostly such characters one after another.
func plainHan(text string, i int, notable *runeSet, runes []rune) (int, []rune) {
	rest := text[i:]
	for len(rest) >= 3 {
		c0, c1, c2 := rest[0], rest[1], rest[2]
		if c0-0xE4 > 0xE9-0xE4 || (uint16(c1)<<8|uint16(c2))&0xC0C0 != 0x8080 {
			break // not a three-byte rune from U+4000 to U+9FFF
		}
		r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		if r < 0x4E00 || notable[r>>6]&(1<<(r&63)) != 0 {
			break
		}
		runes = append(runes, r)
		rest = rest[3:]
	}
	return len(text) - len(rest), runes
}

// changes reports whether folding to simplified script changes s.
func changes(s string) bool { return script.ToSimplified(s) != s }

// endRun cuts the run of Han characters key, at offset at of the text,
// whose runes are runes, or finds its words in the cache, adds it to
// sc.units and returns runes emptied for the next. The document's own
// text (while the cache records) is cut without the cache of runs: a
// fifth of its runs recur, and cutting those again costs less than
// hashing and keeping every run; the texts cut after it (the parts that
// are not placed in it) use the cache. With rec set, the words are
// recorded in the cache as they are cut (see docCache.record), key being
// the text as written.
func (s *Segmenter) endRun(key string, at int, runes []rune, cache *docCache, sc *scratch, rec bool) []rune {
	u := plainUnit{at: int32(at)}
	switch known, ok := cache.run(key); {
	case ok:
		u.from, u.to = known.from, known.to
	case cache == nil:
		u.from = int32(len(sc.cuts))
		sc.cuts = s.cutRun(sc, key, runes, nil, sc.cuts, false)
		u.to = int32(len(sc.cuts))
	default:
		u.from = int32(len(cache.cuts))
		k := int32(len(cache.toks))
		cache.cuts = s.cutRun(sc, key, runes, cache, cache.cuts, rec)
		u.to = int32(len(cache.cuts))
		switch {
		case rec:
			cache.units = append(cache.units, cutUnit{int32(at), int32(at + len(key)), k, int32(len(cache.toks))})
		case !cache.recording:
			cache.runs[key] = cutRange{u.from, u.to}
		}
	}
	sc.units = append(sc.units, u)
	return runes[:0]
}

// emitPlain hands out the words of the text that cutAligned cut, in
// order, to yield or, when tl is set, to tl, recording them when record
// is set: the text norm, written as text (the same, or a text that folds
// to norm rune for rune, each rune of the same length).
func (s *Segmenter) emitPlain(norm, text string, cache *docCache, sc *scratch, record bool, yield func(t Token, term int32), tl *tally) {
	cuts := sc.cuts
	if cache != nil {
		cuts = cache.cuts
	}
	for _, u := range sc.units {
		for k, c := range cuts[u.from:u.to] {
			a, b := int(u.at+c.a), int(u.at+c.b)
			term := c.term
			if record {
				cache.record(text[a:b], a, b, term, k == 0)
			}
			if tl != nil {
				tl.add(text[a:b], term)
				continue
			}
			yield(Token{Text: text[a:b], Start: a, End: b, Norm: norm[a:b], value: c.v, mixed: u.mixed}, term)
		}
	}
}
