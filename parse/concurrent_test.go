package parse_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
