package org

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPosts: the one list of posts speaks for the three readers that kept
// their own before (IsLeader, the label reader's person labels, the
// quality checks' leader cells): each post ends a person's words, named
// or not, and a name before a post makes it one person (NamedPost).
func TestPosts(t *testing.T) {
	for _, p := range posts {
		for _, q := range []string{"", "副", "常务副", "分管"} {
			assert.True(t, EndsInPost(q+p), q+p)
			assert.True(t, IsLeader("王立新"+q+p), "王立新"+q+p)
			assert.True(t, NamedPost("王立新"+q+p), "王立新"+q+p)
			assert.False(t, NamedPost("分管"+q+p), "分管"+q+p)
		}
	}
	for _, w := range personWords {
		assert.True(t, EndsInPost("项目"+w), w)
		assert.False(t, NamedPost("王立新"+w), w) // a duty, not a post
	}
	for s, want := range map[string]bool{
		"市发改委":   false,
		"经济增长":   false,
		"政务服务站":  false,
		"县委书记":   true,
		"牵头负责领导": true,
	} {
		assert.Equal(t, want, EndsInPost(s), s)
	}
	for s, want := range map[string]Kind{
		"王立新同志": Person, // a person by 同志, as by a post
		"张三副主席": Person,
		"市政协":   Doubtful,
	} {
		assert.Equal(t, want, Classify(s), s)
	}
}
