package script

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// holds reports whether s lies in a held text.
func holds(s string) bool {
	_, _, ok := heldFold(s)
	return ok
}

func TestHold(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		held   bool // Hold keeps it
		steady bool // it folds to itself
	}{
		{"simplified", "一、上半年不断推进政务公开，以公开促落实", true, true},
		{"phrase starters only", "一目了然，回复及时", true, true},
		{"traditional", "海門市近期政務公開工作要點", true, false},
		{"phrase", "一目瞭然，回覆及時", true, false},
		{"longer fold", "㑮字", false, false}, // 㑮 → 𫝈 takes four bytes
		{"empty", "", false, false},
		{"large traditional", strings.Repeat("政務公開", maxTwin/12+1), false, false},
		{"large simplified", strings.Repeat("政务公开", maxTwin/12+1), true, true},
	}
	for _, tt := range tests {
		release := Hold(tt.text)
		assert.Equal(t, tt.held, holds(tt.text), tt.name)
		assert.Equal(t, naiveSimplified(tt.text), ToSimplified(tt.text), tt.name)
		if tt.steady {
			assert.False(t, IsTraditional(tt.text[3:]), tt.name)
		}
		release()
		release() // a second call changes nothing
		assert.False(t, holds(tt.text), tt.name)
	}
}

// TestHoldStraddle: a piece that cuts a replaced phrase, or a character,
// is folded on its own, as it would be without the hold.
func TestHoldStraddle(t *testing.T) {
	text := "答覆如下"
	release := Hold(text)
	defer release()
	assert.Equal(t, "答复如下", ToSimplified(text))
	assert.Equal(t, naiveSimplified(text[3:]), ToSimplified(text[3:])) // 覆如下
	assert.Equal(t, naiveSimplified(text[:4]), ToSimplified(text[:4])) // cuts 覆
	assert.Equal(t, "如下", ToSimplified(text[6:]))
}

// TestHoldPieces: every piece of a held text, simplified or not, cut
// anywhere (inside a rune or a phrase too), folds as it would without the
// hold.
func TestHoldPieces(t *testing.T) {
	pieces := []string{"一", "上", "不", "目", "了然", "瞭然", "回", "复", "覆", "答覆", "公开", "政務", "發", "a", "\u3000", "𠀾", "𠁞", "\xe4\xb8", "\xff", "。", "以", "后", "著力", "乾", "㑮"}
	rng := rand.New(rand.NewPCG(5, 6))
	twins := 0 // texts held with a twin that differs
	for range 1000 {
		text := mixture(rng, pieces, 1+rng.IntN(10))
		release := Hold(text)
		if holds(text) && ToSimplified(text) != text {
			twins++
		}
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				assert.Equal(t, naiveSimplified(text[i:j]), ToSimplified(text[i:j]), "%q[%d:%d]", text, i, j)
			}
		}
		release()
	}
	assert.Greater(t, twins, 100)
}

// TestHoldConcurrent holds and releases texts from several goroutines
// while others fold.
func TestHoldConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			text := strings.Repeat("推进政务公开", 10+g)
			for range 200 {
				release := Hold(text)
				assert.True(t, holds(text[3:9]))
				assert.Equal(t, "发", ToSimplified("發"))
				release()
			}
		})
	}
	wg.Wait()
}
