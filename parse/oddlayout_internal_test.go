package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/table"
)

func TestOddLayout(t *testing.T) {
	col := func(r table.Role) table.Column { return table.Column{Role: r, By: table.ByContent} }
	named := func(r table.Role) table.Column { return table.Column{Role: r, By: table.ByHeader} }
	tests := []struct {
		name string
		cols []table.Column
		want bool
	}{
		{"the common order", []table.Column{col(table.Seq), col(table.Task), col(table.Content), col(table.Units), col(table.Deadline)}, false},
		{"two content columns read together", []table.Column{col(table.Seq), col(table.Task), col(table.Content), col(table.Content), col(table.Units), col(table.Deadline)}, false},
		{"lead and cooperating units", []table.Column{col(table.Task), col(table.Content), col(table.Units), col(table.Units), col(table.Deadline)}, false},
		{"a second deadline (a remark typed as one)", []table.Column{col(table.Seq), col(table.Content), col(table.Units), col(table.Deadline), col(table.Deadline)}, false},
		{"two task columns", []table.Column{col(table.Seq), col(table.Task), col(table.Units), col(table.Task), col(table.Content)}, true},
		{"two goal columns", []table.Column{col(table.Goal), col(table.Goal), col(table.Task), col(table.Units)}, true},
		{"three content columns (a wrapped cell's lines)", []table.Column{col(table.Seq), col(table.Task), col(table.Content), col(table.Content), col(table.Content), col(table.Units), col(table.Deadline)}, true},
		{"remarks right of the deadline read as content", []table.Column{col(table.Units), col(table.Task), col(table.Deadline), col(table.Content)}, true},
		{"a row's second part read as more columns", []table.Column{col(table.Seq), col(table.Task), col(table.Content), col(table.Units), col(table.Deadline), col(table.Content), col(table.Units)}, true},
		{"content its header names right of the deadline", []table.Column{named(table.Task), named(table.Deadline), named(table.Content), col(table.Units)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, oddLayout(tt.cols))
		})
	}
}
