//go:build unix

package parse_test

import (
	"testing"

	"github.com/zwgk/gongwen/parse"
)

// BenchmarkHeaderStages times the stages of the document header alone on
// the notices of BenchmarkMixed and BenchmarkSmall: rebreak, cleanLines
// (with its noise and furniture tests) and readHeader.
func BenchmarkHeaderStages(b *testing.B) {
	for _, set := range []struct {
		name  string
		texts func(*testing.B) []string
	}{{"Mixed", realNotices}, {"Small", smallNotices}} {
		texts := set.texts(b)
		inputs := make([]*parse.HeaderInput, len(texts))
		for i, t := range texts {
			inputs[i] = parse.NewHeaderInput(t)
		}
		for _, stage := range []struct {
			name string
			run  func(*parse.HeaderInput)
		}{
			{"rebreak", (*parse.HeaderInput).Rebreak},
			{"clean", (*parse.HeaderInput).Clean},
			{"readHeader", (*parse.HeaderInput).ReadHeader},
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
