package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNumberBetweenTitleCopies: a saved page prints the title twice — its
// <h1>, a 发布时间 line, then the notice's own header — and may put the
// 发文字号 between the two copies, on a line of its own. The number is the
// notice's, and the line before the second copy opens no copy of the
// title. Variants: with or without the info line and blank lines, the
// number bare or in round brackets, the second copy on one line or broken
// after the issuer, both scripts.
func TestNumberBetweenTitleCopies(t *testing.T) {
	const (
		title  = "某市水务局关于印发2024年全市水利重点工作责任清单的通知"
		number = "某水发〔2024〕12号"
	)
	body := "各县（市、区）水务局，局机关各处室：\n现将《2024年全市水利重点工作责任清单》印发给你们，请认真抓好落实。\n某市水务局\n2024年3月12日\n"
	n := 0
	for _, info := range []string{"", "发布时间：2024-03-14 09:32:17   来源：办公室   浏览次数：1362\n"} {
		for _, gap := range []string{"\n", "\n\n"} {
			for _, num := range []string{number, "（" + number + "）"} {
				for _, copy := range []string{title, "某市水务局\n关于印发2024年全市水利重点工作责任清单的通知"} {
					for _, traditional := range []bool{false, true} {
						text := "首页 > 政务公开 > 通知公告\n" + title + "\n" + info + gap + num + gap + copy + "\n" + body
						wantNo, wantTitle := number, title
						if traditional {
							text, wantNo, wantTitle = toTraditional(text), toTraditional(number), toTraditional(title)
						}
						name := fmt.Sprintf("info=%t gap=%d bracketed=%t broken=%t traditional=%t", info != "", len(gap), num != number, strings.Contains(copy, "\n"), traditional)
						doc, err := Text(text)
						require.NoError(t, err, name)
						assert.Equal(t, wantNo, doc.Meta.DocNumber.Text(), name)
						assert.Equal(t, wantTitle, doc.Meta.Title.Text(), name)
						n++
					}
				}
			}
		}
	}
	require.Equal(t, 32, n)
}

// TestNumberCitedUnderTitleCopies: a number cited in the notice's first
// sentence, under the two copies of the title, is no 发文字号.
func TestNumberCitedUnderTitleCopies(t *testing.T) {
	title := "某市水务局关于印发2024年全市水利重点工作责任清单的通知"
	text := title + "\n发布时间：2024-03-14\n" + title + "\n各县（市、区）水务局：\n根据《某市人民政府关于加强水利工作的意见》（某政发〔2023〕8号），现将清单印发给你们。\n某市水务局\n2024年3月12日\n"
	doc, err := Text(text)
	require.NoError(t, err)
	assert.Empty(t, doc.Meta.DocNumber.Text())
}
