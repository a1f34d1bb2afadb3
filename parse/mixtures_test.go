package parse

import (
	"math/rand/v2"
	"strings"
)

// mixtures returns n strings of up to max pieces drawn at random (from a
// fixed seed) from pieces: inputs on which a scanner is compared with the
// simpler code it replaced.
func mixtures(seed uint64, n, max int, pieces []string) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rng.IntN(max) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}
