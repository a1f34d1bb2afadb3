//go:build unix

package parse_test

import (
	"testing"

	"github.com/zwgk/gongwen/parse"
)

// BenchmarkFinishStages times the stages after the tree alone on the
// notices of BenchmarkMixed and BenchmarkSmall: the items' commitments
// (package timex), the citations and the quality assessment.
func BenchmarkFinishStages(b *testing.B) {
	for _, set := range []struct {
		name  string
		texts func(*testing.B) []string
	}{{"Mixed", realNotices}, {"Small", smallNotices}} {
		texts := set.texts(b)
		inputs := make([]*parse.FinishInput, len(texts))
		for i, t := range texts {
			inputs[i] = parse.NewFinishInput(t)
		}
		for _, stage := range []struct {
			name string
			run  func(*parse.FinishInput)
		}{
			{"commitments", (*parse.FinishInput).Commitments},
			{"citations", (*parse.FinishInput).Citations},
			{"quality", (*parse.FinishInput).Assess},
		} {
			b.Run(set.name+"/"+stage.name, func(b *testing.B) {
				cpuRun(b, totalLen(texts), func() {
					for _, in := range inputs {
						stage.run(in)
					}
				})
			})
		}
	}
}
