package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMidHeadingClause requires a task heading whose title is closed by a
// bracketed unit clause, with the content running on after it, to read as
// the title over an item the clause speaks for, in every bracket and
// label rendering and in traditional script.
func TestMidHeadingClause(t *testing.T) {
	brackets := [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}}
	clauses := []struct {
		text, role string
	}{
		{"牵头单位：县司法局", "lead"},
		{"责任单位:县司法局", "responsible"},
		{"县司法局负责", "responsible"},
		{"包联单位：县司法局", "responsible"},
	}
	afters := []string{"完善征求意见机制，扩大公众参与。", "。完善征求意见机制，扩大公众参与。"}
	want := []string{"一 重点任务", "  一 推进决策公开", "  - 完善征求意见机制，扩大公众参与。 1", "  二 深化执行公开", "  - 深化执行公开。 1"}
	for _, br := range brackets {
		for _, c := range clauses {
			for ai, after := range afters {
				text := fmt.Sprintf("一、重点任务\n（一）推进决策公开%s%s%s%s\n（二）深化执行公开。（县发改局负责）\n", br[0], c.text, br[1], after)
				t.Run(fmt.Sprintf("%s%s%s/%d", br[0], c.text, br[1], ai), func(t *testing.T) {
					assert.Equal(t, want, treeLines(t, text))
					doc, err := Text(text)
					if assert.NoError(t, err) && assert.NotEmpty(t, doc.Plan.Goals[0].Tasks[0].Items) {
						it := doc.Plan.Goals[0].Tasks[0].Items[0]
						if assert.Len(t, it.Units, 1) {
							assert.Equal(t, "县司法局", it.Units[0].Name)
							assert.Equal(t, c.role, string(it.Units[0].Role))
						}
					}
				})
			}
		}
	}
	t.Run("traditional", func(t *testing.T) {
		got := treeLines(t, "一、重點任務\n（一）推進決策公開（牽頭單位：縣司法局）完善徵求意見機制。\n（二）深化執行公開。（縣發改局負責）\n")
		assert.Equal(t, []string{"一 重點任務", "  一 推進決策公開", "  - 完善徵求意見機制。 1", "  二 深化執行公開", "  - 深化執行公開。 1"}, got)
	})
	t.Run("a bracket inside a sentence with a comma before it stays content", func(t *testing.T) {
		got := treeLines(t, "一、重点任务\n（一）推进决策公开，各部门（县司法局负责）完善征求意见机制。\n（二）深化执行公开。（县发改局负责）\n")
		require.Len(t, got, 5)
		assert.NotEqual(t, "  一 推进决策公开，各部门", got[1])
		assert.Contains(t, got[2], "各部门（县司法局负责）完善征求意见机制。", "the bracket stays in the item's text")
	})
}
