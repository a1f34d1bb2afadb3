package parse

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPile: values stay where they are until reset, come zeroed, and are
// handed out again after a reset, which clears them; a huge pile is
// dropped.
func TestPile(t *testing.T) {
	var p pile[bTask]
	var got []*bTask
	for i := range 30 {
		v := p.next()
		assert.Zero(t, *v)
		v.h.index = i + 1
		v.h.title = "甲"
		got = append(got, v)
	}
	for i, v := range got {
		assert.Equal(t, i+1, v.h.index, "a value does not move")
	}
	chunks := len(p.chunks)
	p.reset()
	for _, v := range got {
		assert.Zero(t, *v, "reset clears what was handed out")
	}
	assert.Same(t, got[0], p.next(), "handed out again from the first")
	assert.Len(t, p.chunks, chunks)
	for range 1000 {
		p.next()
	}
	p.reset()
	assert.Empty(t, p.chunks, "a huge pile is left to the collector")
}

// TestPooledScratchLeavesDocumentsAlone: what a document's parse gives
// back to the pools (lines, blocks, the tree builder with its goals, tasks
// and items) is reused by the next document, and the first Document does
// not change when it is.
func TestPooledScratchLeavesDocumentsAlone(t *testing.T) {
	first := "关于印发某某市工作要点的通知\n一、加强公开\n（一）推进财政公开。（市财政局牵头）\n（二）推进项目公开。（市发改委负责）\n二、强化解读\n（一）做好解读。（市政府办公室负责）\n"
	second := "一、第二份文件\n（一）完全不同的任务。（某某局负责）\n（二）另一项任务内容。（某某委牵头，某某局配合）\n（三）第三项。（各区负责）\n"
	doc := build(first)
	before, err := json.Marshal(doc)
	require.NoError(t, err)
	for range 3 {
		build(second)
	}
	after, err := json.Marshal(doc)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
	require.NotNil(t, doc.Plan)
	assert.Equal(t, "推进财政公开。", doc.Plan.Goals[0].Tasks[0].Items[0].Text)
}
