package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewlyDone: 新 opens a predicate only as the adverb newly, right
// before a verb of the reports; 新 opening a noun (新闻, 新媒体) or
// standing alone does not, nor does a verb without 新.
func TestNewlyDone(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"新制发行政规范性文件", true},
		{"新开设政务新媒体账号", true},
		{"新发布政策解读", true},
		{"新制定", true},
		{"新闻发布会", false},
		{"新媒体账号", false},
		{"新", false},
		{"", false},
		{"制发行政规范性文件", false},
		{"最新制发", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, newlyDone(tt.s), tt.s)
	}
}
