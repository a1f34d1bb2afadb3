package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStartsOf(t *testing.T) {
	set := startsOf([]string{"牵头", "配合", "落实", "ab"})
	tests := []struct {
		r    rune
		want bool
	}{
		{'牵', true},
		{'牽', true}, // folds to 牵
		{'配', true},
		{'落', true},
		{'头', false}, // second runes start nothing
		{'市', false},
		{'a', true},
		{'b', false},
		{'（', false},
		{0x20000, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			assert.Equal(t, tt.want, set.has(tt.r))
		})
	}
}
