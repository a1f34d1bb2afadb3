package strgen

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWalk(t *testing.T) {
	for _, c := range []struct {
		pieces []string
		n      int
		want   []string
	}{
		{[]string{"a", "b"}, 0, []string{""}},
		{[]string{"a", "b"}, 1, []string{"", "a", "b"}},
		{[]string{"a", "b"}, 2, []string{"", "a", "aa", "ab", "b", "ba", "bb"}},
		{[]string{"甲"}, 3, []string{"", "甲", "甲甲", "甲甲甲"}},
		{nil, 3, []string{""}},
	} {
		var got []string
		Walk(c.pieces, c.n, func(s string) { got = append(got, s) })
		require.Equal(t, c.want, got, "%q up to %d", c.pieces, c.n)
	}
}
