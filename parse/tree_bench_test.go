//go:build unix

package parse_test

import (
	"testing"

	"github.com/zwgk/gongwen/parse"
)

// BenchmarkTreeStage times the tree stage alone (newTreeBuilder, the
// blocks, finish, applyDocumentRule) on the notices of BenchmarkMixed and
// BenchmarkSmall that are not reports, their blocks assembled beforehand.
// The bytes are those of the whole notices, so the figures compare with
// the whole parse's.
func BenchmarkTreeStage(b *testing.B) {
	for _, set := range []struct {
		name  string
		texts func(*testing.B) []string
	}{{"Mixed", realNotices}, {"Small", smallNotices}} {
		var inputs []*parse.TreeInput
		var texts []string
		for _, t := range set.texts(b) {
			if in := parse.NewTreeInput(t); in != nil {
				inputs = append(inputs, in)
				texts = append(texts, t)
			}
		}
		b.Run(set.name, func(b *testing.B) {
			cpuRun(b, totalLen(texts), func() {
				for _, in := range inputs {
					in.Build()
				}
			})
		})
	}
}
