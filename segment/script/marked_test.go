package script

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkSimplified(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"simplified", "一、上半年各单位不断推进政务公开工作。", true},
		{"ascii and punctuation", "abc 123，。\u3000", true},
		{"a traditional character", "推进政務公开", false},
		{"a phrase that folds", "请回覆", false},    // 回覆 → 回复, though 覆 alone stays
		{"a phrase at the end", "显著", true},      // 顯著 folds, 显著 does not
		{"outside the dense blocks", "𠁞", false}, // 𠁞 → 𠀾
		{"broken UTF-8", "一\xe4\xb8上\xff", true},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, unmark := MarkSimplified(tt.in)
			defer unmark()
			assert.Equal(t, tt.want, ok)
			if len(tt.in) > 0 {
				assert.Equal(t, tt.want, Unchanged(tt.in[1:]))
			}
		})
	}
}

// TestMarkedPiecesFoldToThemselves: every substring of a marked text,
// cut at any byte, folds to itself (the mark's promise), on random
// mixtures of pieces that alone or together could fold.
func TestMarkedPiecesFoldToThemselves(t *testing.T) {
	pieces := []string{"一", "上", "不", "目", "瞭然", "著力", "顯著", "回覆", "回", "覆", "發", "号", "政務", "公开", "a", " ", "𠁞", "\xe4\xb8", "\xff", "。", "乾", "坤", "以", "後", "着", "力"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		s := mixture(rng, pieces, rng.IntN(10))
		if !foldsToItself(s) {
			continue
		}
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				assert.Equal(t, s[i:j], naiveSimplified(s[i:j]), "%q of %q", s[i:j], s)
			}
		}
	}
}

// TestMarkedOnlyWhileHeld: a mark covers the bytes of its text, not equal
// strings elsewhere, and ends with unmark; marks of texts held at the same
// time are independent.
func TestMarkedOnlyWhileHeld(t *testing.T) {
	a := strings.Repeat("推进政务公开", 3)
	b := strings.Repeat("公开促落实", 2)
	okA, unmarkA := MarkSimplified(a)
	okB, unmarkB := MarkSimplified(b)
	assert.True(t, okA && okB)
	assert.True(t, Unchanged(a[3:9]))
	assert.True(t, Unchanged(b))
	assert.False(t, Unchanged(strings.Clone(a[3:9])), "an equal string elsewhere")
	unmarkA()
	assert.False(t, Unchanged(a[3:9]))
	assert.True(t, Unchanged(b[3:]))
	unmarkB()
	assert.False(t, Unchanged(b))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { ToSimplified(a) }))
}

func TestMarkConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := strings.Repeat("公开", i+1)
			for range 200 {
				ok, unmark := MarkSimplified(s)
				assert.True(t, ok)
				assert.True(t, Unchanged(s[3:]))
				assert.False(t, IsTraditional(s))
				unmark()
			}
		}()
	}
	wg.Wait()
	p := marked.Load()
	assert.Empty(t, *p)
}
