package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestItemSlabSide: a task whose items were made one after another holds
// them side by side (the plan takes them without a copy); items of two
// tasks made in turn, or split over two chunks, are not.
func TestItemSlabSide(t *testing.T) {
	tests := []struct {
		name  string
		order []int // the task each new item goes to
		side  []bool
	}{
		{"one task", []int{0, 0, 0}, []bool{true}},
		{"tasks in turn", []int{0, 0, 1, 1}, []bool{true, true}},
		{"interleaved", []int{0, 1, 0}, []bool{false, true}},
		{"over two chunks", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, []bool{false}},
		{"second chunk", []int{1, 1, 1, 1, 1, 1, 1, 1, 0, 0}, []bool{true, true}},
	}
	for _, tt := range tests {
		var slab pile[model.Item]
		tasks := make([]bTask, len(tt.side))
		for i, ti := range tt.order {
			it, chunk, k := slab.nextIn()
			it.Text = string(rune('a' + i))
			tasks[ti].addItem(it, chunk, k)
		}
		for ti, want := range tt.side {
			bt := &tasks[ti]
			got := len(bt.side) == len(bt.items)
			assert.Equal(t, want, got, "%s: task %d", tt.name, ti)
			if got {
				for k, it := range bt.items {
					assert.Same(t, it, &bt.side[k], tt.name)
				}
			}
		}
	}
}
