package htmltext

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContainsSquashed: containsSquashed answers as strings.Contains on
// the squashed strings does, without squashing the text.
func TestContainsSquashed(t *testing.T) {
	tests := []struct {
		text, sub string
		want      bool
	}{
		{"关于开展 工作的通知", "关于开展工作的通知", true},
		{"正文\n关于开展\u3000工作的\n通知\n", "关于 开展工作的通知", true},
		{"## 关于开展工作的通知", "#关于开展工作的通知", true},
		{"关于开展工作的通", "关于开展工作的通知", false},
		{"关关于开展", "关于开展", true},
		{"", "关于", false},
		{"任何文字", "  ", true},
		{"abc\xffdef", "c\xffd", true},
		{"abc\xff\xfedef", "\xfe", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, containsSquashed(tt.text, tt.sub), "%q in %q", tt.sub, tt.text)
		assert.Equal(t, strings.Contains(squash(tt.text), squash(tt.sub)), containsSquashed(tt.text, tt.sub), "%q in %q", tt.sub, tt.text)
	}
	// Random texts over a small alphabet of kept runes, blanks, # and an
	// invalid byte, where partial matches are frequent.
	alphabet := []string{"关", "于", "通", "知", " ", "\u3000", "\n", "#", "\xff", "a"}
	rng := rand.New(rand.NewSource(1))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		text, sub := word(rng.Intn(30)), word(rng.Intn(6))
		assert.Equal(t, strings.Contains(squash(text), squash(sub)), containsSquashed(text, sub), "%q in %q", sub, text)
	}
}
