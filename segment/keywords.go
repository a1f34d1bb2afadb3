package segment

import (
	"math"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment/internal/dict"

	"github.com/zwgk/gongwen/segment/script"
)

// DefaultTopN is the number of keywords returned when n ≤ 0.
const DefaultTopN = 10

// medianIDF is the IDF given to words missing from the IDF table (domain
// terms among them): the median of gse's (jieba's) idf.txt, as jieba does.
// gse's own extractor gives such words weight 0.
const medianIDF = 11.95

// numeralRunes make up ordinals and counts (十八届, 三中, 第二): never keywords.
const numeralRunes = "〇零一二三四五六七八九十百千万亿两第届次年月日号条项个"

// candidate reports whether the word norm (in simplified script) with
// dictionary value v may be a keyword: a dictionary word or domain term of
// two or more characters that is not a stop word, a unit name or a
// numeral. mixed marks a domain term with non-Han characters; any other
// word is Han characters only, three or four bytes each.
func candidate(norm string, v uint32, mixed bool) bool {
	if mixed {
		return true
	}
	if v&dict.Word == 0 || v&(dict.Stop|dict.Unit|dict.NoKey) != 0 || len(norm) <= utf8.UTFMax {
		return false // not a word, never a keyword, or one character
	}
	for i := 0; i < len(norm); {
		r, n := script.Decode3(norm[i:])
		if n == 0 {
			r, n = script.DecodeRune(norm[i:])
		}
		if !numerals.has(r) {
			return true
		}
		i += n
	}
	return false
}

// numerals is numeralRunes as a set.
var numerals = newRuneSet(numeralRunes)

// idf is the IDF a word's dictionary value holds, or medianIDF.
func idf(v uint32) float64 {
	if x := (v >> dict.IDFShift) & dict.IDFMask; x != 0 {
		return float64(x) / dict.IDFScale
	}
	return medianIDF
}

// docCache is what segmenting one document found, kept for the texts
// segmented after it (a plan's tasks after the whole text): the words of
// the document in order (pieces.go), the cuts of the runs of Han
// characters of the texts cut after it (not of its own: see endRun), and
// a document-wide id for every keyword candidate, so that a word seen
// again costs neither a cut nor a hash.
type docCache struct {
	runs  map[string]cutRange // run of Han characters (simplified) of a later text → its words
	cuts  []cut               // the words of the runs cut and of the mixed terms (cutRange, plainUnit)
	terms []termInfo          // by term id
	index map[string]int32    // simplified mixed term → term id
	words wordIDs             // dictionary slot of a word → term id (or -1)
	// seen maps a term id to its index+1 in the terms of the text being
	// counted (0: not yet), cleared after each; see collect.
	seen []int32
	// While recording, scan keeps the cut of each text (pieces.go), so
	// that the words of its pieces are read off it.
	recording bool
	texts     []docText
	units     []cutUnit
	toks      []word
	// termBuf holds the terms collect returns; its free end (up to its
	// capacity) is where the next call puts them.
	termBuf []term
}

// cutRange is the words of a run: docCache.cuts[from:to].
type cutRange struct{ from, to int32 }

// termInfo is a keyword candidate of the document.
type termInfo struct {
	norm string // simplified form
	idf  float64
}

// cachePool keeps docCaches between documents: their maps and slices,
// cleared, are the next document's scratch.
var cachePool = sync.Pool{New: func() any {
	return &docCache{runs: map[string]cutRange{}, index: map[string]int32{}}
}}

// maxPooled bounds the words of a docCache that goes back to the pool, so
// that one huge document does not keep its scratch alive.
const maxPooled = 1 << 20

// newDocCache returns an empty cache from the pool; release returns it.
func newDocCache() *docCache { return cachePool.Get().(*docCache) }

// release clears c (dropping its references to the text) and returns it
// to the pool.
func (c *docCache) release() {
	if len(c.cuts) > maxPooled {
		return
	}
	clear(c.runs)
	clear(c.index)
	c.words.reset()
	clear(c.terms)
	clear(c.texts)
	clear(c.toks)
	clear(c.termBuf)
	c.termBuf = c.termBuf[:0]
	c.cuts, c.terms, c.texts, c.units, c.toks = c.cuts[:0], c.terms[:0], c.texts[:0], c.units[:0], c.toks[:0]
	c.recording = false
	cachePool.Put(c)
}

// run returns where in c.cuts the words of the run of Han characters run
// lie, if it has been cut before (never for a nil cache, nor while the
// cache records: see endRun).
func (c *docCache) run(run string) (cutRange, bool) {
	if c == nil || c.recording {
		return cutRange{}, false
	}
	r, ok := c.runs[run]
	return r, ok
}

// newWord returns the term id of the word norm of two or more characters
// whose dictionary slot is slot and value v, which c.words does not hold
// yet, adding it (-1 when it is no keyword candidate).
func (c *docCache) newWord(slot uint32, norm string, v uint32) int32 {
	id := int32(-1)
	if candidate(norm, v, false) {
		id = int32(len(c.terms))
		c.terms = append(c.terms, termInfo{norm: norm, idf: idf(v)})
	}
	c.words.put(slot, id)
	return id
}

// termID returns the term id of the word norm with dictionary value v
// (mixed: a domain term with non-Han characters), adding it to the cache,
// or -1 when it is no keyword candidate (or c is nil).
func (c *docCache) termID(norm string, v uint32, mixed bool) int32 {
	if c == nil || !candidate(norm, v, mixed) {
		return -1
	}
	id, ok := c.index[norm]
	if !ok {
		id = int32(len(c.terms))
		c.index[norm] = id
		c.terms = append(c.terms, termInfo{norm: norm, idf: idf(v)})
	}
	return id
}

// term gathers the occurrences of one keyword candidate of the docCache in
// a text (a document, or a part of one); surface counts the forms it is
// written in.
type term struct {
	id      int32 // in the docCache
	count   int32
	written string         // the first written form
	surface map[string]int // counts of the written forms, once there are two
}

// add counts an occurrence written as w.
func (t *term) add(w string) {
	t.count++
	if t.surface == nil {
		if w == t.written {
			return
		}
		t.surface = map[string]int{t.written: int(t.count) - 1}
	}
	t.surface[w]++
}

// text returns the most frequent written form (the smallest on a tie).
func (t *term) text() string {
	if t.surface == nil {
		return t.written
	}
	best, n := "", -1
	for s, c := range t.surface {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// collect segments texts and returns the candidate terms in order of first
// occurrence and the number of words. With seq non-nil it also appends the
// candidate sequence (as indexes into terms, with -1 for a non-candidate
// word, which breaks TextRank's window) to *seq.
func (s *Segmenter) collect(texts []Piece, cache *docCache, seq *[]int) (terms []term, words int) {
	// The terms go into the free end of the cache's buffer, after those
	// of the texts collected before (a plan's other tasks, still in use).
	if want := totalLen(texts) / 32; cap(cache.termBuf)-len(cache.termBuf) < want { // a new term every 33 bytes in the corpus
		// The terms taken keep their array; the buffer moves to a new one.
		cache.termBuf = make([]term, 0, max(want, 2*cap(cache.termBuf)))
	}
	terms = cache.termBuf[len(cache.termBuf):]
	defer func() {
		if cap(terms) == cap(cache.termBuf)-len(cache.termBuf) {
			cache.termBuf = cache.termBuf[:len(cache.termBuf)+len(terms)]
		} else {
			cache.termBuf = terms // grown into a new array, whose start this call took
		}
		terms = terms[:len(terms):len(terms)]
	}()
	tl := tally{cache: cache, terms: terms, seen: cache.seen, seq: seq}
	for _, p := range texts {
		known, ok := cache.piece(p)
		if !ok {
			s.scan(p.Text, cache, nil, &tl)
		}
		for _, w := range known {
			tl.add(w.written, w.term)
		}
		if seq != nil {
			*seq = append(*seq, -1)
		}
	}
	for _, t := range tl.terms {
		tl.seen[t.id] = 0
	}
	cache.seen = tl.seen
	terms = tl.terms
	return terms, tl.words
}

// tally counts the words of the texts collect reads: the words, and each
// candidate term's occurrences and written forms, in order of first
// occurrence; with seq set, the candidate sequence too (see collect).
type tally struct {
	cache *docCache
	terms []term
	words int
	// seen maps a term id to its index+1 in terms (0: not yet).
	seen []int32
	seq  *[]int
}

// add counts the word written, of term id id (-1 for no candidate): small
// enough to be inlined, for the words that are no candidate (most of
// them), which only count.
func (tl *tally) add(written string, id int32) {
	tl.words++
	if id >= 0 || tl.seq != nil {
		tl.term(written, id)
	}
}

// term counts the occurrence of a candidate term (or, for the candidate
// sequence, of a word that is none) for add.
func (tl *tally) term(written string, id int32) {
	if id < 0 {
		*tl.seq = append(*tl.seq, -1)
		return
	}
	if int(id) >= len(tl.seen) {
		tl.seen = append(tl.seen, make([]int32, len(tl.cache.terms)-len(tl.seen))...)
	}
	k := int(tl.seen[id]) - 1
	if k < 0 {
		k = len(tl.terms)
		tl.seen[id] = int32(k + 1)
		tl.terms = append(tl.terms, term{id: id, written: written})
	}
	tl.terms[k].add(written)
	if tl.seq != nil {
		*tl.seq = append(*tl.seq, k)
	}
}

// Keywords returns the top n keywords of texts (taken as one document) by
// TF-IDF: the term's share of the words times its IDF (gse's table, the
// median IDF for words it lacks). n ≤ 0 means DefaultTopN. Terms are in
// the texts' own script; weights are rounded to 4 decimals.
func (s *Segmenter) Keywords(n int, texts ...string) []model.Keyword {
	cache := newDocCache()
	defer cache.release()
	return s.keywords(n, unplaced(texts), cache)
}

func (s *Segmenter) keywords(n int, texts []Piece, cache *docCache) []model.Keyword {
	terms, words := s.collect(texts, cache, nil)
	if words == 0 {
		return nil
	}
	w := make([]float64, len(terms))
	for i, t := range terms {
		w[i] = float64(t.count) / float64(words) * cache.terms[t.id].idf
	}
	return top(terms, w, n)
}

// KeywordsEach returns the top n keywords of each part of one document
// (the tasks of a plan, each given as its texts) by TF-IDF, with each
// term's IDF scaled by how few parts it occurs in — ln(1+N/df)/ln(1+N) for
// a term in df of N parts — so a term every part repeats (信息公开 in a
// plan whose every task title ends in it) gives way to what sets the part
// apart. n ≤ 0 means DefaultTopN. The result has one entry per part.
func (s *Segmenter) KeywordsEach(n int, parts ...[]string) [][]model.Keyword {
	cache := newDocCache()
	defer cache.release()
	placed := make([][]Piece, len(parts))
	for i, texts := range parts {
		placed[i] = unplaced(texts)
	}
	return s.keywordsEach(n, placed, cache)
}

// DocumentKeywords returns what Keywords(n, texts...) and KeywordsEach
// return for the texts of parts, segmenting each run of Han characters
// once: the parts (a plan's tasks) are normally pieces of the texts (the
// whole document), and a piece whose At says where it lies in them is
// counted from the document's words (see Piece).
func (s *Segmenter) DocumentKeywords(n int, texts []string, parts [][]Piece) ([]model.Keyword, [][]model.Keyword) {
	cache := newDocCache()
	defer cache.release()
	cache.recording = true
	doc := s.keywords(n, unplaced(texts), cache)
	cache.recording = false
	return doc, s.keywordsEach(n, parts, cache)
}

func (s *Segmenter) keywordsEach(n int, parts [][]Piece, cache *docCache) [][]model.Keyword {
	type partTerms struct {
		terms []term
		words int
	}
	all := make([]partTerms, len(parts))
	for i, texts := range parts {
		terms, words := s.collect(texts, cache, nil)
		all[i] = partTerms{terms, words}
	}
	df := make([]int32, len(cache.terms)) // parts each term occurs in
	for _, p := range all {
		for _, t := range p.terms {
			df[t.id]++
		}
	}
	out := make([][]model.Keyword, len(parts))
	norm := math.Log(1 + float64(len(parts)))
	// spread[d] is the scale of a term in d parts, worked out once for
	// each d met (0: not yet; every scale is above 0).
	spread := make([]float64, len(parts)+1)
	for i, p := range all {
		if p.words == 0 {
			continue
		}
		w := make([]float64, len(p.terms))
		for k, t := range p.terms {
			d := df[t.id]
			if spread[d] == 0 {
				spread[d] = math.Log(1+float64(len(parts))/float64(d)) / norm
			}
			w[k] = float64(t.count) / float64(p.words) * cache.terms[t.id].idf * spread[d]
		}
		out[i] = top(p.terms, w, n)
	}
	return out
}

// totalLen is the summed length of texts.
func totalLen(texts []Piece) int {
	n := 0
	for _, t := range texts {
		n += len(t.Text)
	}
	return n
}

// TextRank returns the top n keywords of texts by TextRank: PageRank
// (damping 0.85) over the graph linking candidate terms that occur within
// five candidates of each other, weights scaled so the top term has 1.
// Unlike gse's TextRank it ranks the domain terms and ignores single
// characters. n ≤ 0 means DefaultTopN.
func (s *Segmenter) TextRank(n int, texts ...string) []model.Keyword {
	const (
		window = 5
		damp   = 0.85
		rounds = 20
	)
	var seq []int
	cache := newDocCache()
	defer cache.release()
	terms, _ := s.collect(unplaced(texts), cache, &seq)
	if len(terms) == 0 {
		return nil
	}
	type edge struct{ to, w int }
	adj := make([]map[int]int, len(terms))
	for i := range adj {
		adj[i] = map[int]int{}
	}
	for i, a := range seq {
		if a < 0 {
			continue
		}
		for j := i + 1; j < len(seq) && j < i+window; j++ {
			b := seq[j]
			if b < 0 {
				break
			}
			if b != a {
				adj[a][b]++
				adj[b][a]++
			}
		}
	}
	edges := make([][]edge, len(terms))
	out := make([]float64, len(terms))
	for i, m := range adj {
		for j, c := range m {
			edges[i] = append(edges[i], edge{j, c})
			out[i] += float64(c)
		}
		sort.Slice(edges[i], func(x, y int) bool { return edges[i][x].to < edges[i][y].to })
	}
	ws := make([]float64, len(terms))
	next := make([]float64, len(terms))
	for i := range ws {
		ws[i] = 1
	}
	for range rounds {
		for i := range next {
			sum := 0.0
			for _, e := range edges[i] {
				sum += float64(e.w) / out[e.to] * ws[e.to]
			}
			next[i] = 1 - damp + damp*sum
		}
		ws, next = next, ws
	}
	maxW := 0.0
	for _, v := range ws {
		maxW = math.Max(maxW, v)
	}
	for i := range ws {
		ws[i] /= maxW
	}
	return top(terms, ws, n)
}

// top returns the n terms of highest weight, ties broken by first
// occurrence: what a stable sort by weight would put first, found in one
// pass that keeps the best n so far in order.
func top(terms []term, w []float64, n int) []model.Keyword {
	if n <= 0 {
		n = DefaultTopN
	}
	best := make([]int, 0, min(n, len(terms)))
	for k := range terms {
		// A later term goes after every earlier one of the same weight.
		at := len(best)
		for at > 0 && w[k] > w[best[at-1]] {
			at--
		}
		if at == n {
			continue
		}
		if len(best) < n {
			best = append(best, 0)
		}
		copy(best[at+1:], best[at:])
		best[at] = k
	}
	out := make([]model.Keyword, len(best))
	for i, k := range best {
		out[i] = model.Keyword{Term: terms[k].text(), Weight: math.Round(w[k]*1e4) / 1e4}
	}
	return out
}
