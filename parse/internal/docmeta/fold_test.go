package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldingTo(t *testing.T) {
	tests := []struct {
		simplified string
		in, out    []rune
	}{
		{"发", []rune{'发', '發', '髮'}, []rune{'友', 'a'}},
		{"复", []rune{'复', '復', '複', '覆'}, nil}, // 覆 through 答覆 → 答复
		{"于", []rune{'于', '於'}, []rune{'干'}},
		{"次", []rune{'次'}, []rune{'欠'}},
	}
	for _, tt := range tests {
		set := foldingTo(tt.simplified)
		for _, r := range tt.in {
			assert.True(t, set[r], "%c folds to %s", r, tt.simplified)
		}
		for _, r := range tt.out {
			assert.False(t, set[r], "%c does not fold to %s", r, tt.simplified)
		}
	}
}

func TestMayHoldFolded(t *testing.T) {
	set := foldingTo("发")
	tests := []struct {
		s    string
		want bool
	}{
		{"某市印发通知", true},
		{"某市印發通知", true},
		{"某市印刷通知", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mayHoldFolded(tt.s, set), tt.s)
	}
}

func TestFirstAndLastRunes(t *testing.T) {
	assert.Equal(t, "通函a", firstRunes([]string{"通知", "函", "ab"}))
	assert.Equal(t, "知函b", lastRunes([]string{"通知", "函", "ab"}))
	assert.Equal(t, "", firstRunes(nil))
}
