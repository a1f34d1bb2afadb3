package parse_test

import (
	"testing"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// BenchmarkKeywordStage runs the keyword stage alone (document and task
// keywords, canonical unit names) on notices parsed beforehand: its
// cpu-ns/byte is the absolute cost keywords add to a parse, which
// Mixed/keywords and Small/keywords show only as a difference of two noisy
// figures. Run with BENCH='Mixed|Small|KeywordStage' scripts/bench.sh.
func BenchmarkKeywordStage(b *testing.B) {
	for _, group := range []struct {
		name  string
		texts func(*testing.B) []string
	}{{"Mixed", realNotices}, {"Small", smallNotices}} {
		b.Run(group.name, func(b *testing.B) {
			texts := group.texts(b)
			docs := make([]*model.Document, len(texts))
			for i, t := range texts {
				doc, err := parse.Text(t, parse.WithSourceText())
				if err != nil {
					b.Fatal(err)
				}
				docs[i] = doc
			}
			parse.AddKeywords(docs[0], 10) // load the dictionary
			cpuRun(b, totalLen(texts), func() {
				for _, doc := range docs {
					parse.AddKeywords(doc, 10)
				}
			})
		})
	}
}
