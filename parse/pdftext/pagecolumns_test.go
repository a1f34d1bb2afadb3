package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnionColumns: a table's parts on two pages are one table when their
// column rules agree, or when one part's rules hold the other's and four
// or more agree; the union spreads each part's cells.
func TestUnionColumns(t *testing.T) {
	tests := []struct {
		name     string
		a, b     []float64
		ok       bool
		u        []float64
		inA, inB []bool
	}{
		{"same", []float64{30, 100, 200}, []float64{32, 101, 199}, true,
			[]float64{30, 100, 200}, []bool{true, true, true}, []bool{true, true, true}},
		{"next page splits a column", []float64{30, 100, 300, 350, 400}, []float64{30, 100, 160, 300, 350, 400}, true,
			[]float64{30, 100, 160, 300, 350, 400}, []bool{true, true, false, true, true, true}, []bool{true, true, true, true, true, true}},
		{"page before split it", []float64{30, 100, 160, 300, 350, 400}, []float64{31, 99, 301, 352, 400}, true,
			[]float64{30, 100, 160, 300, 350, 400}, []bool{true, true, true, true, true, true}, []bool{true, true, false, true, true, true}},
		{"too few agree", []float64{30, 100, 400}, []float64{30, 100, 250, 400}, false, nil, nil, nil},
		{"both add rules", []float64{30, 100, 200, 300, 400}, []float64{30, 150, 200, 300, 400}, false, nil, nil, nil},
		{"another extent", []float64{30, 100, 200, 300}, []float64{30, 100, 200, 300, 400}, false, nil, nil, nil},
	}
	for _, tt := range tests {
		u, inA, inB, ok := unionColumns(tt.a, tt.b)
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.u, u, tt.name)
		assert.Equal(t, tt.inA, inA, tt.name)
		assert.Equal(t, tt.inB, inB, tt.name)
	}
	assert.Equal(t, []string{"甲", "", "乙", "丙"}, widen([]string{"甲", "乙", "丙"}, []bool{true, false, true, true, true}))
}
