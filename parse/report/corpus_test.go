package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// corpusDir is the shared development corpus, beside the repository.
const corpusDir = "../../../shared/corpus"

type goldStat struct {
	Label string  `json:"label"`
	Value float64 `json:"value"`
	Unit  *string `json:"unit"`
}

// TestCorpusStats scores the stats of the corpus's annual reports against
// their gold: precision and recall, strict (same label, value and unit) and
// relaxed (same value and unit, one label inside the other, ignoring
// spaces). It only reports; it runs when the corpus is there.
func TestCorpusStats(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("no shared corpus")
	}
	var tp, tpRelaxed, nGot, nGold int
	for i := 1; i <= 99; i++ {
		base := filepath.Join(corpusDir, fmt.Sprintf("dev_%02d", i))
		gb, err := os.ReadFile(base + ".gold.json")
		if err != nil {
			break
		}
		var gold struct {
			Kind  string     `json:"kind"`
			Stats []goldStat `json:"stats"`
		}
		require.NoError(t, json.Unmarshal(gb, &gold))
		if gold.Kind != "annual_report" {
			continue
		}
		text, err := os.ReadFile(base + ".txt")
		require.NoError(t, err)
		rep, _ := Build(source.New(string(text)), "")
		strict, relaxed := 0, 0
		usedS := make([]bool, len(rep.Stats))
		usedR := make([]bool, len(rep.Stats))
		for _, g := range gold.Stats {
			unit := ""
			if g.Unit != nil {
				unit = *g.Unit
			}
			for k, s := range rep.Stats {
				if !usedS[k] && s.Value == g.Value && s.Unit == unit && s.Label == g.Label {
					usedS[k] = true
					strict++
					break
				}
			}
			for k, s := range rep.Stats {
				a, b := squash(s.Label), squash(g.Label)
				if !usedR[k] && s.Value == g.Value && s.Unit == unit && (strings.Contains(a, b) || strings.Contains(b, a)) {
					usedR[k] = true
					relaxed++
					break
				}
			}
		}
		t.Logf("dev_%02d: gold %d, got %d, strict match %d, relaxed match %d", i, len(gold.Stats), len(rep.Stats), strict, relaxed)
		tp += strict
		tpRelaxed += relaxed
		nGot += len(rep.Stats)
		nGold += len(gold.Stats)
	}
	if nGold == 0 {
		t.Skip("no annual reports in the corpus")
	}
	fmt.Printf("corpus stats: strict P %.3f R %.3f; relaxed P %.3f R %.3f (gold %d, got %d)\n",
		ratio(tp, nGot), ratio(tp, nGold), ratio(tpRelaxed, nGot), ratio(tpRelaxed, nGold), nGold, nGot)
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
