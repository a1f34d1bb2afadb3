package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAttachmentLabel(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"附件：1.重点任务分工表", true},
		{"附件:任务清单", true},
		{"附 件：任务清单", true},
		{"附件所列事项请一并落实。", false},
		{"抄送：市委办公室", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, AttachmentLabel(tt.s), tt.s)
	}
}
