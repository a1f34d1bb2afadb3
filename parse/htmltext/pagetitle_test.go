package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/segment/script"
)

func TestDocTitle(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<title>关于开展政务公开评估的通知_某县人民政府</title>`, "关于开展政务公开评估的通知"},
		{`<TITLE>某县人民政府 | 关于开展政务公开评估的通知</TITLE>`, "关于开展政务公开评估的通知"},
		{`<title>关于开展政务公开评估的通知 - 政府文件 - 某县人民政府</title>`, "关于开展政务公开评估的通知"},
		{`<title>某市人民政府关于某事的批复——某市人民政府门户网站</title>`, "某市人民政府关于某事的批复"},
		{"<title>\n  关于印发《某方案》的通知&nbsp;－某县\n</title>", "关于印发《某方案》的通知"},
		{`<title>關於開展評估的通知_某縣人民政府</title>`, "關於開展評估的通知"},
		{`<title>某县人民政府门户网站</title>`, ""}, // no 文种
		{`<title>通知</title>`, ""}, // too short to be a notice's title
		{`<html><body><p>没有标题元素</p>`, ""},
		{`<title>关于某事的通知`, ""}, // never closed
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, docTitle(strings.NewReader(tt.page)), tt.page)
	}
}

// TestPageTitleFallback extracts the title from <title> when the article
// has no heading, in both scripts and with every site-name separator, and
// never adds it when the article prints it, as a heading or in a paragraph.
func TestPageTitleFallback(t *testing.T) {
	const title = "关于开展2023年度政务公开第三方评估的通知"
	body := "<p>各乡镇人民政府：</p><p>为推动政务公开工作提质增效，决定开展第三方评估。</p><p>某县人民政府办公室</p><p>2023年9月20日</p>"
	for _, sep := range titleSeparators {
		for _, trad := range []bool{false, true} {
			for _, article := range []string{"", "<p>" + title + "</p>", "<h2>" + title + "</h2>"} {
				page := fmt.Sprintf("<html><head><meta charset=\"utf-8\"><title>%s%s某县人民政府</title></head><body><div class=\"zw\">%s%s</div></body></html>", title, sep, article, body)
				want := title
				if trad {
					page, want = script.ToTraditional(page), script.ToTraditional(title)
				}
				t.Run(fmt.Sprintf("%q/%v/%d", sep, trad, len(article)), func(t *testing.T) {
					got, err := Extract(page)
					require.NoError(t, err)
					assert.Equal(t, 1, strings.Count(got, want), got)
					assert.True(t, strings.HasPrefix(got, want), got)
				})
			}
		}
	}
}
