package segment

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/segment/internal/dict"
)

// referenceCut cuts a run of Han characters by the cheapest path as
// cutRun does, but looks every candidate word up in a map of all the
// table's keys (read with dict.Trie.Walk) instead of walking the trie.
func referenceCut(words map[string]uint32, run []rune) []string {
	n := len(run)
	cost := make([]float32, n+1)
	from := make([]int, n+1)
	for i := range cost {
		cost[i] = -1
	}
	cost[0] = 0
	for i := range n {
		for j := i; j < n; j++ {
			v := words[string(run[i:j+1])]
			c := cost[i] + unknownCost
			switch {
			case v&dict.Word != 0:
				c = cost[i] + float32(v&dict.CostMask)/dict.CostScale
			case j > i:
				continue // a longer string that is no word
			}
			if cost[j+1] < 0 || c < cost[j+1] {
				cost[j+1], from[j+1] = c, i
			}
		}
	}
	var out []string
	for k := n; k > 0; k = from[k] {
		out = append(out, string(run[from[k]:k]))
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// TestCutMatchesReference cuts many generated runs of Han characters —
// characters of the seed notices, some random ideographs among them — with
// the segmenter and with referenceCut, and requires the same words: the
// trie's Root and Child find exactly the keys the table holds.
func TestCutMatchesReference(t *testing.T) {
	s := Default()
	s.load()
	words := map[string]uint32{}
	s.words.Walk(func(k string, v uint32) { words[k] = v })
	require.Greater(t, len(words), 400000)
	var chars []rune
	for _, text := range seeds(t) {
		for _, r := range ToSimplified(text) {
			if isHan(r) {
				chars = append(chars, r)
			}
		}
	}
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		run := make([]rune, 1+rng.Intn(16))
		for i := range run {
			if rng.Intn(16) == 0 {
				run[i] = rune(0x4E00 + rng.Intn(0x9FA5-0x4E00))
			} else {
				run[i] = chars[rng.Intn(len(chars))]
			}
		}
		text := ToSimplified(string(run))
		var got []string
		for _, tok := range s.Tokens(text) {
			got = append(got, tok.Norm)
		}
		if !assert.Equal(t, referenceCut(words, []rune(text)), got, text) {
			return
		}
	}
}
