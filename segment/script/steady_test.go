package script

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHold(t *testing.T) {
	tests := []struct {
		name string
		text string
		held bool
	}{
		{"simplified", "一、上半年不断推进政务公开，以公开促落实", true},
		{"phrase starters only", "一目了然，回复及时", true},
		{"traditional", "海門市近期政務公開工作要點", false},
		{"phrase", "一目瞭然", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		release := Hold(tt.text)
		piece := tt.text[len(tt.text)/3:]
		assert.Equal(t, tt.held, isHeld(piece), tt.name)
		assert.Equal(t, naiveSimplified(piece), ToSimplified(piece), tt.name)
		if tt.held {
			assert.False(t, IsTraditional(piece), tt.name)
		}
		release()
		release() // a second call changes nothing
		assert.False(t, isHeld(piece), tt.name)
	}
}

// TestHoldPieces: every piece of a held text, cut anywhere (inside a rune
// too), folds as it would without the hold.
func TestHoldPieces(t *testing.T) {
	pieces := []string{"一", "上", "不", "目", "了然", "回", "复", "覆", "公开", "a", "\u3000", "𠀾", "\xe4\xb8", "。", "以", "后"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		text := mixture(rng, pieces, 1+rng.IntN(10))
		release := Hold(text)
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				assert.Equal(t, naiveSimplified(text[i:j]), ToSimplified(text[i:j]), "%q[%d:%d]", text, i, j)
			}
		}
		release()
	}
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
				assert.True(t, isHeld(text[3:9]))
				assert.Equal(t, "发", ToSimplified("發"))
				release()
			}
		})
	}
	wg.Wait()
}
