package parse

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The pattern laterAttachment replaced, kept as the oracle of its test.
var laterAttachmentPattern = regexp.MustCompile(`^附\s*件\s*(?:[2-9]|[1-9]\d|[二三四五六七八九十])(?:\s*[：:]|\s*$)`)

func TestLaterAttachment(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int // the label's length, -1 for none
	}{
		{"附件2", len("附件2")},
		{"附件2：", len("附件2：")},
		{"附件2:", len("附件2:")},
		{"附 件 2 ：某区重点任务分工表", len("附 件 2 ：")},
		{"附件2  ", len("附件2  ")},
		{"附件12：", len("附件12：")},
		{"附件23：", len("附件23：")},
		{"附件23", len("附件23")},
		{"附件二：", len("附件二：")},
		{"附件十", len("附件十")},
		{"附件1", -1},
		{"附件1：", -1},
		{"附件：1.某方案", -1},
		{"附件2某方案", -1},
		{"附件２：", -1}, // a full-width digit
		{"附件100：", -1},
		{"附件01：", -1},
		{"附件一：", -1},
		{"附件\u3000２", -1},
		{"附件\t3\t:", len("附件\t3\t:")},
		{"见附件2：", -1},
		{"附", -1},
		{"", -1},
	} {
		n, ok := laterAttachment(tt.in)
		assert.Equal(t, tt.want >= 0, ok, tt.in)
		if tt.want >= 0 {
			assert.Equal(t, tt.want, n, tt.in)
		}
		m := laterAttachmentPattern.FindStringIndex(tt.in)
		assert.Equal(t, m != nil, ok, "agrees with the pattern: %q", tt.in)
		if m != nil {
			assert.Equal(t, m[1], n, "agrees with the pattern: %q", tt.in)
		}
	}
}
