package parse

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
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
// not change when it is: neither a small plan, whose items finish copies
// out of the pile, nor a plan of more items than the pile keeps, whose
// tasks take their items in place (reset must leave those as they are).
func TestPooledScratchLeavesDocumentsAlone(t *testing.T) {
	small := "关于印发某某市工作要点的通知\n一、加强公开\n（一）推进财政公开。（市财政局牵头）\n（二）推进项目公开。（市发改委负责）\n二、强化解读\n（一）做好解读。（市政府办公室负责）\n"
	second := "一、第二份文件\n（一）完全不同的任务。（某某局负责）\n（二）另一项任务内容。（某某委牵头，某某局配合）\n（三）第三项。（各区负责）\n"
	for _, tc := range []struct {
		name, first, item string
		items             int
		inPlace           bool // more items than the pile keeps
	}{
		{"small", small, "推进财政公开。", 3, false},
		{"large", largePlan(), "做好第0项具体工作。", 600, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := build(tc.first)
			before, err := json.Marshal(doc)
			require.NoError(t, err)
			for range 3 {
				build(second)
				build(tc.first)
			}
			after, err := json.Marshal(doc)
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after))
			require.NotNil(t, doc.Plan)
			assert.Equal(t, tc.item, doc.Plan.Goals[0].Tasks[0].Items[0].Text)
			n := 0
			for _, g := range doc.Plan.Goals {
				for _, tk := range g.Tasks {
					n += len(tk.Items)
				}
			}
			assert.Equal(t, tc.items, n)
			var p pile[model.Item]
			for range tc.items {
				p.next()
			}
			assert.Equal(t, !tc.inPlace, p.kept(), "the pile keeps the items of the small plan only")
		})
	}
}

// largePlan is a plan of 600 items in ten goals of ten tasks, each item
// closed by its unit clause.
func largePlan() string {
	nums := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	var b strings.Builder
	b.WriteString("关于印发某某市工作要点的通知\n")
	for g := range 10 {
		fmt.Fprintf(&b, "%s、第%d项重点工作\n", nums[g], g+1)
		for tk := range 10 {
			fmt.Fprintf(&b, "（%s）推进第%d类事项公开\n", nums[tk], tk+1)
			for i := range 6 {
				fmt.Fprintf(&b, "%d.做好第%d项具体工作。（市第%d局负责）\n", i+1, g*100+tk*10+i, i+1)
			}
		}
	}
	return b.String()
}
