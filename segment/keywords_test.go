package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/model"
)

// boilerplate are verbs and adverbs of official prose that must never be
// keywords (a sample of the stop list, written out so the test does not
// just echo the data file).
var boilerplate = []string{
	"推进", "加强", "做好", "及时", "进一步", "认真", "落实", "深化", "开展", "完善", "建立健全",
	"积极", "全面", "切实", "有关", "工作", "贯彻落实", "牵头", "按职责分工", "推動", "加強", "做好", "進一步",
}

// topical are domain terms one of which every seed's top 10 must hold whole.
var topical = []string{"政务公开", "政府信息公开", "信息公开", "依申请公开", "政策解读", "政務公開", "信息公開"}

func TestSeedKeywordsTopical(t *testing.T) {
	docs := seeds(t)
	for _, name := range sortedKeys(docs) {
		for method, fn := range map[string]func(int, ...string) []model.Keyword{
			"tfidf": Default().Keywords, "textrank": Default().TextRank,
		} {
			t.Run(name+"/"+method, func(t *testing.T) {
				kws := fn(10, docs[name])
				require.Len(t, kws, 10)
				terms := make([]string, len(kws))
				for i, k := range kws {
					terms[i] = k.Term
					assert.Greater(t, k.Weight, 0.0, k.Term)
					if i > 0 {
						assert.LessOrEqual(t, k.Weight, kws[i-1].Weight)
					}
					assert.GreaterOrEqual(t, len([]rune(k.Term)), 2, k.Term)
				}
				for _, b := range boilerplate {
					assert.NotContains(t, terms, b)
				}
				if method == "tfidf" {
					assert.True(t, containsAny(terms, topical), "no domain term whole in %v", terms)
				}
			})
		}
	}
}

func containsAny(list, want []string) bool {
	for _, w := range want {
		for _, l := range list {
			if l == w {
				return true
			}
		}
	}
	return false
}

// TestKeywordsUnknownWordsWeighted: a domain term missing from gse's IDF
// table still gets a weight (gse gives 0).
func TestKeywordsUnknownWordsWeighted(t *testing.T) {
	kws := Default().Keywords(3, "推行不见面审批。不见面审批。一网通办。")
	require.NotEmpty(t, kws)
	assert.Equal(t, "不见面审批", kws[0].Term)
	assert.Greater(t, kws[0].Weight, 0.0)
	assert.Empty(t, Default().Keywords(3, ""))
	assert.Empty(t, Default().TextRank(3, "推进，加强，做好。"))
}

// TestTraditionalTwin: seed 003 (traditional) and its simplified twin
// give the same keywords, terms in each text's own script, and the same
// canonical units.
func TestTraditionalTwin(t *testing.T) {
	trad := readTestdata(t, tradSeed)
	twinPath := filepath.Join(testdataDir, simpTwin)
	if *update {
		require.NoError(t, os.WriteFile(twinPath, []byte(ToSimplified(trad)), 0o644))
	}
	simp := readTestdata(t, simpTwin)
	require.True(t, IsTraditional(trad))
	require.False(t, IsTraditional(simp))
	require.Equal(t, len([]rune(trad)), len([]rune(simp)))

	for method, fn := range map[string]func(int, ...string) []model.Keyword{
		"tfidf": Default().Keywords, "textrank": Default().TextRank,
	} {
		t.Run(method, func(t *testing.T) {
			kt, ks := fn(20, trad), fn(20, simp)
			require.Len(t, kt, len(ks))
			traditionalTerms := 0
			for i := range ks {
				assert.Equal(t, ks[i].Term, ToSimplified(kt[i].Term))
				assert.Equal(t, ks[i].Weight, kt[i].Weight, ks[i].Term)
				assert.Contains(t, trad, kt[i].Term, "term not as written in the traditional text")
				assert.Contains(t, simp, ks[i].Term)
				if kt[i].Term != ks[i].Term {
					traditionalTerms++
				}
			}
			assert.Greater(t, traditionalTerms, len(kt)/2, "terms of the traditional text should be traditional: %v", kt)
		})
	}

	ut, us := unitNames(trad), unitNames(simp)
	require.Len(t, ut, len(us))
	require.NotEmpty(t, ut)
	known := 0
	for i := range us {
		assert.Equal(t, Canonical(us[i]), Canonical(ut[i]), "%s / %s", us[i], ut[i])
		assert.Equal(t, IsGeneric(us[i]), IsGeneric(ut[i]), "%s / %s", us[i], ut[i])
		if Canonical(ut[i]) != "" || IsGeneric(ut[i]) {
			known++
		}
	}
	assert.Equal(t, len(ut), known, "every unit of seed 003 should be known or generic")
}

var unitClause = regexp.MustCompile(`[（(]([^（()）]+?)(?:按[職职]責分工|按[職职]责分工)?(?:分[別别])?(?:[牽牵][頭头]|[負负][責责]|分[頭头])?(?:落[實实])[)）]`)

// unitNames reads the unit lists of clauses like (財政局、國資辦牽頭落實).
func unitNames(text string) []string {
	var out []string
	for _, m := range unitClause.FindAllStringSubmatch(text, -1) {
		for _, u := range strings.Split(m[1], "、") {
			if u = strings.TrimSpace(u); u != "" {
				out = append(out, u)
			}
		}
	}
	return out
}

// TestKeywordsEachSetsPartsApart: a term every part shares ranks below a
// term as frequent that only one part has.
func TestKeywordsEachSetsPartsApart(t *testing.T) {
	parts := [][]string{
		{"推进财政预决算信息公开，预决算信息公开"},
		{"推进食品安全信息公开，食品安全信息公开"},
		{"推进环境保护信息公开，环境保护信息公开"},
		{},
	}
	got := Default().KeywordsEach(2, parts...)
	require.Len(t, got, len(parts))
	for i, want := range []string{"预决算", "食品安全", "环境保护"} {
		require.NotEmpty(t, got[i])
		assert.Equal(t, want, got[i][0].Term)
	}
	assert.Empty(t, got[3])
	single := Default().Keywords(2, parts[0]...)
	assert.Equal(t, "信息公开", single[0].Term, "alone, the shared term leads")
	assert.Empty(t, Default().KeywordsEach(3))
}

// TestDocumentKeywordsSegmentsOnce: one call gives what Keywords and
// KeywordsEach give separately, for a document whose parts are its lines
// (the cache of cut runs changes no word).
func TestDocumentKeywordsSegmentsOnce(t *testing.T) {
	for name, text := range seeds(t) {
		t.Run(name, func(t *testing.T) {
			var (
				parts  [][]string
				pieces [][]Piece
				at     int
			)
			for line := range strings.Lines(text) {
				parts = append(parts, []string{line, line + "和" + line})
				pieces = append(pieces, []Piece{{line, at}, {line + "和" + line, -1}})
				at += len(line)
			}
			doc, each := Default().DocumentKeywords(8, []string{text}, pieces)
			assert.Equal(t, Default().Keywords(8, text), doc)
			assert.Equal(t, Default().KeywordsEach(8, parts...), each)
		})
	}
}

// TestTopIsStableSortPrefix: top returns what a stable sort by weight
// (descending) would put first, equal weights in order of first
// occurrence.
func TestTopIsStableSortPrefix(t *testing.T) {
	tests := []struct {
		name string
		w    []float64
		n    int
		want []string
	}{
		{"ties keep first occurrence", []float64{1, 2, 2, 1, 3}, 3, []string{"t4", "t1", "t2"}},
		{"fewer terms than n", []float64{0.5, 0.7}, 10, []string{"t1", "t0"}},
		{"tie at the cut", []float64{2, 1, 1, 1}, 2, []string{"t0", "t1"}},
		{"all equal", []float64{1, 1, 1}, 2, []string{"t0", "t1"}},
		{"none", nil, 3, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := make([]term, len(tt.w))
			for i := range terms {
				terms[i] = term{written: fmt.Sprint("t", i)}
			}
			got := []string{}
			for _, k := range top(terms, tt.w, tt.n) {
				got = append(got, k.Term)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
