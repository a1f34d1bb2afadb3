//go:build unix

package parse_test

import (
	"testing"

	"github.com/zwgk/gongwen/parse"
)

// BenchmarkBlocks times block assembly alone (assembleBlocks: table
// recognisers, paragraph joining, column typing) on the plan regions of
// the notices of BenchmarkMixed and BenchmarkSmall; the figures are per
// byte of the whole notices, as the Mixed and Small figures are.
func BenchmarkBlocks(b *testing.B) {
	for _, set := range []struct {
		name  string
		texts func(*testing.B) []string
	}{{"Mixed", realNotices}, {"Small", smallNotices}} {
		texts := set.texts(b)
		inputs := make([]*parse.BlocksInput, len(texts))
		for i, t := range texts {
			inputs[i] = parse.NewBlocksInput(t)
		}
		b.Run(set.name, func(b *testing.B) {
			cpuRun(b, totalLen(texts), func() {
				for _, in := range inputs {
					in.Assemble()
				}
			})
		})
	}
}
