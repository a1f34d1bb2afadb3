package org

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEndsName checks that EndsName knows the last rune of every ending,
// in either script, and of no word that ends no name.
func TestEndsName(t *testing.T) {
	for _, e := range endings {
		r := []rune(e)
		assert.True(t, EndsName(r[len(r)-1]), e)
	}
	for _, r := range []rune{'辦', '處', '縣', '鎮'} {
		assert.True(t, EndsName(r), string(r))
	}
	for _, r := range []rune{'头', '责', '合', '实', '、', 'a'} {
		assert.False(t, EndsName(r), string(r))
	}
}
