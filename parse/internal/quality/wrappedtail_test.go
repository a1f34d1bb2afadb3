package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEndsWrapped: a text ends in a cell whose lines a PDF tool printed one
// per line, spaces beside its numbers, and in no other text.
func TestEndsWrapped(t *testing.T) {
	tests := []struct {
		text, cell string
		want       bool
	}{
		{"区民政局\n2018\n年 12\n月底\n前", "2018年12月底前", true},
		{"区民政局 2024 年 6 月底前", "2024年6月底前", true},
		{"区民政局2024年6月底前", "2024年6月底前", true},
		{"区民政局 2024 年 6 月底前", "2024 年 6 月底前", true},
		{"2024年6月底前完成", "2024年6月底前", false}, // text after the cell
		{"2024年6月底", "2024年6月底前", false},    // cut inside the cell
		{"月底前", "2024年6月底前", false},         // the text runs out first
		{"区民政局\n持续\n推进", "持续推进", true},
		{"区民政局", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, endsWrapped(tt.text, tt.cell), "%q / %q", tt.text, tt.cell)
	}
}
