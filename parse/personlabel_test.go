package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPersonLabelsEndInPost: a label ending in any official post of org's
// list (分管副主席：, 责任处长：, 联系调研员：) names a person, in either
// script, as 分管副市长： did; a person's name before the post (马万祺副主席：,
// a letter's salutation) makes it no label at all.
func TestPersonLabelsEndInPost(t *testing.T) {
	for _, post := range []string{"副市长", "副主席", "秘书长", "局长", "处长", "调研员", "常委", "书记"} {
		for _, sc := range []struct {
			name string
			do   func(string) string
		}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}} {
			for _, head := range []string{"分管", "责任", "联系"} {
				s := sc.do(head + post + "：王立新")
				l, n, ok := matchLabel(s)
				if assert.True(t, ok, "%s %s", sc.name, s) {
					assert.Equal(t, labelPerson, l.kind, "%s %s", sc.name, s)
					assert.Equal(t, len(sc.do(head+post+"：")), n, "%s %s", sc.name, s)
				}
			}
			s := sc.do("马万祺" + post + "：")
			_, _, ok := matchLabel(s)
			assert.False(t, ok, "%s %s", sc.name, s)
		}
	}
}
