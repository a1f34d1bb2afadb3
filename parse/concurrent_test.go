package parse_test

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// TestParseConcurrent parses the same notice from several goroutines, with
// keywords (the shared segmenter and dictionaries load lazily, once), and
// checks they all get the same result; under -race it finds shared state
// that is not safe for concurrent use.
func TestParseConcurrent(t *testing.T) {
	const notice = "某府办〔2024〕3号\n某市人民政府办公室关于印发工作要点的通知\n" +
		"某市2024年政务公开工作要点\n一、推进决策公开\n（一）做好决策预公开。重大决策草案公开征求意见。（市司法局牵头，市政府办公室配合）\n"
	ref, err := parse.Text(notice)
	require.NoError(t, err)
	var wg sync.WaitGroup
	ids := make([]string, 8)
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := parse.Bytes([]byte(notice), parse.WithKeywords(3))
			if assert.NoError(t, err) {
				ids[i] = doc.ID
			}
		}()
	}
	wg.Wait()
	for _, id := range ids {
		assert.Equal(t, ref.ID, id)
	}
}

// TestParseConcurrentDocumentsStay parses different notices (plans and an
// annual report) from several goroutines at once, again and again, so that
// each goroutine's parses reuse the pooled scratch memory (lines, blocks,
// tree builders, configs, report norms) other documents gave back, and
// checks that every Document is still, once all parses are done, what the
// same notice gives when parsed alone: none holds memory a later parse
// reused.
func TestParseConcurrentDocumentsStay(t *testing.T) {
	report, err := os.ReadFile("../testdata/reports/template2019_lines.txt")
	require.NoError(t, err)
	notices := [][]byte{
		[]byte("某府办〔2024〕3号\n某市人民政府办公室关于印发工作要点的通知\n" +
			"某市2024年政务公开工作要点\n一、推进决策公开\n（一）做好决策预公开。重大决策草案公开征求意见。（市司法局牵头，市政府办公室配合）\n"),
		[]byte("关于印发某某区重点任务分工的通知\n一、加强公开\n（一）推进财政公开。（区财政局牵头）\n（二）推进项目公开。（区发改委负责）\n" +
			"二、强化解读\n（一）做好解读。（区政府办公室负责）\n1.解读重要政策。（区司法局负责）\n2.回应社会关切。（各街道负责）\n"),
		report,
	}
	want := make([]string, len(notices))
	for i, n := range notices {
		doc, err := parse.Bytes(n, parse.WithKeywords(3))
		require.NoError(t, err)
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		want[i] = string(b)
	}
	const workers, rounds = 8, 6
	docs := make([][]*model.Document, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				doc, err := parse.Bytes(notices[(w+r)%len(notices)], parse.WithKeywords(3))
				if !assert.NoError(t, err) {
					return
				}
				docs[w] = append(docs[w], doc)
			}
		}()
	}
	wg.Wait()
	for w, ds := range docs {
		require.Len(t, ds, rounds)
		for r, doc := range ds {
			b, err := json.Marshal(doc)
			require.NoError(t, err)
			assert.Equal(t, want[(w+r)%len(notices)], string(b), "worker %d, round %d", w, r)
		}
	}
}
