package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

// TestStartsInAny: an element belongs to a table when its span starts
// inside the table's, from its first byte up to, not at, its end.
func TestStartsInAny(t *testing.T) {
	tables := []GuessedTable{{Span: model.Span{Start: 10, End: 20}}, {Span: model.Span{Start: 40, End: 50}}}
	spans := []model.Span{tables[0].Span, tables[1].Span}
	tests := []struct {
		start, end int
		want       bool
	}{
		{10, 12, true},  // at the first table's start
		{19, 30, true},  // starts inside, ends after
		{20, 22, false}, // at its end
		{5, 15, false},  // starts before
		{45, 46, true},  // in the second
		{60, 61, false},
	}
	for _, tt := range tests {
		sp := model.Span{Start: tt.start, End: tt.end}
		assert.Equal(t, tt.want, startsInAny(tables, func(g *GuessedTable) model.Span { return g.Span }, sp), "%v in tables", sp)
		assert.Equal(t, tt.want, startsInAny(spans, func(s *model.Span) model.Span { return *s }, sp), "%v in spans", sp)
	}
}
