package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestRemoveTags(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>一、总体要求</p>", "一、总体要求"},
		{`<span style="font-size:16pt">某市</span>人民政府<br/>`, "某市人民政府"},
		{"<BR>正文", "正文"},
		{"a < b 且 c > d", "a < b 且 c > d"},
		{"增长率<5%", "增长率<5%"},
		{"<1>条目", "<1>条目"},
		{"</ div>", "</ div>"},
		{"无标签", "无标签"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, removeTags(source.New(tt.in).Lines()[0]).S, tt.in)
	}
}

func TestIsRuleAndContinuedTable(t *testing.T) {
	for s, want := range map[string]bool{"---": true, "— — —": true, "━━━━━━": true, "* * *": true, "--": false, "- 3 -": false, " ---": false, "": false} {
		assert.Equal(t, want, isRule(s), s)
	}
	for s, want := range map[string]bool{"续表": true, "（续表）": true, "续表2": true, "(續表) 3": true, "接上表": true, "续表说明": false, "表1": false} {
		assert.Equal(t, want, isContinuedTable(s), s)
	}
}
