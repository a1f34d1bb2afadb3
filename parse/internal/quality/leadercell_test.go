package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestLeaderCell(t *testing.T) {
	tests := []struct {
		text   string
		leader bool
	}{
		{"副县长 孙立新", true},
		{"县委常委、常务副县长 钱文", true},
		{"县委常委、 常务副县长 钱文", true},
		{"副市长　赵　敏", true}, // a two-character name spaced out
		{"區委常委、副區長 孫立新", true},
		{"局办公室主任 周强", true},
		{"公开财政预算 孙立新", false},   // no post before the name
		{"副县长", false},          // a post without a name
		{"副县长 县财政局", false},     // a unit, not a person
		{"推进政务公开标准化建设。", false}, // content
		{"县长 安排部署年度重点工作", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.leader, leaderCell(tc.text), tc.text)
	}
}

func TestCheckLeaderCells(t *testing.T) {
	d := orderedPlan([]int{1}, [][]int{{1}})
	it := &d.Plan.Goals[0].Tasks[0].Items[0]
	it.Text = "副县长 孙立新"
	Assess(d, &Evidence{Text: planText})
	assert.True(t, d.Quality.Review, "a leader's cell read as content goes to review")
	assert.Contains(t, it.Flags, model.ReasonThinItem)
}

// TestLeaderCellGate: firstFieldFits turns away no text postAndName would
// read as a leader's cell, on every string of posts whose first field
// falls either side of maxPostRunes, with white space after it or none,
// names, white runes, marks and a broken byte.
func TestLeaderCellGate(t *testing.T) {
	pieces := []string{strings.Repeat("长", maxPostRunes-3), "副县长", "长", " ", "\u3000", "李明", "\xe9", "、", "，"}
	strgen.Walk(pieces, 5, func(s string) {
		require.Equal(t, postAndName(s), leaderCell(s), "%q", s)
	})
}
