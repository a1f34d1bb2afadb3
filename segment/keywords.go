package segment

import (
	"math"
	"sort"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment/internal/dict"
)

// DefaultTopN is the number of keywords returned when n ≤ 0.
const DefaultTopN = 10

// medianIDF is the IDF given to words missing from the IDF table (domain
// terms among them): the median of gse's (jieba's) idf.txt, as jieba does.
// gse's own extractor gives such words weight 0.
const medianIDF = 11.95

// numeralRunes make up ordinals and counts (十八届, 三中, 第二): never keywords.
const numeralRunes = "〇零一二三四五六七八九十百千万亿两第届次年月日号条项个"

// candidate reports whether t may be a keyword: a dictionary word or domain
// term of two or more characters that is not a stop word, a unit name or
// a numeral.
func candidate(t *Token) bool {
	if t.mixed {
		return true
	}
	v := t.value
	if v&dict.Word == 0 || v&(dict.Stop|dict.Unit|dict.NoKey) != 0 {
		return false
	}
	n := 0
	numeral := true
	for _, r := range t.Norm {
		n++
		if numeral && !numerals.has(r) {
			numeral = false
		}
	}
	return n >= 2 && !numeral
}

// numerals is numeralRunes as a set.
var numerals = newRuneSet(numeralRunes)

func idf(t *Token) float64 {
	if x := (t.value >> dict.IDFShift) & dict.IDFMask; x != 0 {
		return float64(x) / dict.IDFScale
	}
	return medianIDF
}

// term gathers the occurrences of one keyword candidate, keyed by its
// simplified form; surface counts the forms it is written in.
type term struct {
	norm    string
	first   int // order of first occurrence
	count   int
	idf     float64
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
		t.surface = map[string]int{t.written: t.count - 1}
	}
	t.surface[w]++
}

// text returns the most frequent written form (the smallest on a tie).
func (t *term) text() string {
	if t.surface == nil {
		return t.written
	}
	best, n := t.norm, -1
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
func (s *Segmenter) collect(texts []string, cache runCache, seq *[]int) (terms []*term, words int) {
	index := map[string]int{}
	for _, text := range texts {
		s.scan(text, cache, func(t Token) {
			words++
			if !candidate(&t) {
				if seq != nil {
					*seq = append(*seq, -1)
				}
				return
			}
			k, ok := index[t.Norm]
			if !ok {
				k = len(terms)
				index[t.Norm] = k
				terms = append(terms, &term{norm: t.Norm, first: k, idf: idf(&t), written: t.Text})
			}
			terms[k].add(t.Text)
			if seq != nil {
				*seq = append(*seq, k)
			}
		})
		if seq != nil {
			*seq = append(*seq, -1)
		}
	}
	return terms, words
}

// Keywords returns the top n keywords of texts (taken as one document) by
// TF-IDF: the term's share of the words times its IDF (gse's table, the
// median IDF for words it lacks). n ≤ 0 means DefaultTopN. Terms are in
// the texts' own script; weights are rounded to 4 decimals.
func (s *Segmenter) Keywords(n int, texts ...string) []model.Keyword {
	return s.keywords(n, texts, nil)
}

func (s *Segmenter) keywords(n int, texts []string, cache runCache) []model.Keyword {
	terms, words := s.collect(texts, cache, nil)
	if words == 0 {
		return nil
	}
	w := make([]float64, len(terms))
	for i, t := range terms {
		w[i] = float64(t.count) / float64(words) * t.idf
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
	return s.keywordsEach(n, parts, nil)
}

// DocumentKeywords returns what Keywords(n, texts...) and KeywordsEach(n,
// parts...) return, segmenting each run of Han characters once: the parts
// (a plan's tasks) are normally pieces of the texts (the whole document).
func (s *Segmenter) DocumentKeywords(n int, texts []string, parts [][]string) ([]model.Keyword, [][]model.Keyword) {
	cache := runCache{}
	doc := s.keywords(n, texts, cache)
	return doc, s.keywordsEach(n, parts, cache)
}

func (s *Segmenter) keywordsEach(n int, parts [][]string, cache runCache) [][]model.Keyword {
	type partTerms struct {
		terms []*term
		words int
	}
	all := make([]partTerms, len(parts))
	df := map[string]int{}
	for i, texts := range parts {
		terms, words := s.collect(texts, cache, nil)
		all[i] = partTerms{terms, words}
		for _, t := range terms {
			df[t.norm]++
		}
	}
	out := make([][]model.Keyword, len(parts))
	norm := math.Log(1 + float64(len(parts)))
	for i, p := range all {
		if p.words == 0 {
			continue
		}
		w := make([]float64, len(p.terms))
		for k, t := range p.terms {
			spread := math.Log(1+float64(len(parts))/float64(df[t.norm])) / norm
			w[k] = float64(t.count) / float64(p.words) * t.idf * spread
		}
		out[i] = top(p.terms, w, n)
	}
	return out
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
	terms, _ := s.collect(texts, nil, &seq)
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
func top(terms []*term, w []float64, n int) []model.Keyword {
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
