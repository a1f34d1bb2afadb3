package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommaTailHeads: an item closed by an unbracketed comma tail of units
// and role verbs (…，X牵头，Y配合) keeps the tail in its content, so its
// head (the first 15 characters) runs through it, the units still read
// from it; the head stops at its piece's ；, and a bracketed clause stays
// out of the content; both scripts.
func TestCommaTailHeads(t *testing.T) {
	const head = "某县人民政府办公室关于印发某县2026年政务公开工作要点的通知\n\n各乡镇人民政府：\n\n现将《某县2026年政务公开工作要点》印发给你们，请认真执行。\n\n某县人民政府办公室\n2026年3月2日\n\n某县2026年政务公开工作要点\n\n一、推进重点领域公开\n"
	tests := []struct {
		name, body string
		want       []string // head, then the number of units
	}{
		{"a paragraph closed by a tail",
			"（一）推进统计公开。按月公开统计数据，县统计局牵头，各乡镇配合。\n",
			[]string{"按月公开统计数据，县统计局牵头 2"}},
		{"pieces closed by tails stop at their ；",
			"（一）做好档案公开。一是公开目录，县档案馆负责；二是更新指南，由县行政审批局负责。\n",
			[]string{"公开目录，县档案馆负责 1", "更新指南，由县行政审批局负责 1"}},
		{"a bracketed clause is no content",
			"（一）推进统计公开。按月公开统计数据（县统计局牵头，各乡镇配合）。\n",
			[]string{"按月公开统计数据 2"}},
	}
	for _, tt := range tests {
		for _, tr := range bothScripts {
			t.Run(tt.name+"/"+tr.name, func(t *testing.T) {
				doc, err := Text(tr.do(head + tt.body))
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				require.NotEmpty(t, doc.Plan.Goals)
				require.NotEmpty(t, doc.Plan.Goals[0].Tasks)
				var got []string
				for _, it := range doc.Plan.Goals[0].Tasks[0].Items {
					h := []rune(firstLine(it.Text))
					h = h[:min(len(h), 15)]
					got = append(got, fmt.Sprintf("%s %d", string(h), len(it.Units)))
				}
				w := make([]string, len(tt.want))
				for i := range tt.want {
					w[i] = tr.do(tt.want[i])
				}
				assert.Equal(t, w, got)
			})
		}
	}
}
