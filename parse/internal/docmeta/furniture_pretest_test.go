package docmeta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment/script"
)

// spellings returns w (simplified script) with each of its runes written
// as itself or as any rune that folds to it (script.Preimages): every
// spelling a recogniser of w may meet.
func spellings(w string) []string {
	out := []string{""}
	for _, r := range w {
		forms := append([]rune{r}, script.Preimages(r)...)
		var next []string
		for _, prefix := range out {
			for _, f := range forms {
				next = append(next, prefix+string(f))
			}
		}
		out = next
	}
	return out
}

func TestSpellings(t *testing.T) {
	assert.ElementsMatch(t, []string{"首页", "首頁"}, spellings("首页"))
}

// The first tests of the furniture recognisers never turn away a line the
// full test accepts: the candidates are the recognisers' own words in
// every spelling, in the places the recognisers allow them.
func TestFurniturePretests(t *testing.T) {
	for _, p := range furniturePrefixes {
		for _, w := range spellings(p) {
			for _, open := range []string{"", "【", "[", "［", " ", "【 "} {
				for _, c := range []string{open + w, open + w + "：首页", open + w + "】"} {
					if startsWithWidget(c) {
						assert.True(t, mayStartWidget(c), c)
						assert.True(t, Furniture(c), c)
					}
				}
			}
		}
	}
	assert.Empty(t, script.Preimages(viewCountMark), "only 次 itself folds to 次")
	assert.Contains(t, viewCount.word, string(viewCountMark))
	for _, w := range spellings(viewCount.word) {
		for _, c := range []string{w, w + "：12", "发布日期：2021-01-02 " + w + "：3 来源：某局"} {
			assert.True(t, viewCount.In(c), c)
			assert.True(t, viewCounter(c), c)
		}
	}
	pages := []string{"- 3 -", "— 12 —", "－３－", "_7_", "Page 3", "page１２", "3/10", "３ / １０"}
	for _, p := range []string{"第3页", "第 3 页，共 10 页", "第３页 共１０页"} {
		pages = append(pages, spellings(p)...)
	}
	for _, p := range pages {
		for _, c := range []string{p, " " + p + " ", "\u3000" + p + "\t"} {
			assert.True(t, PageNumber(c), c)
		}
	}
}

// A Page turns away only lines that cannot be breadcrumbs: over the lines
// of a text, the text's Page answers as AnyPage does.
func TestPage(t *testing.T) {
	for _, text := range []string{
		"首页 > 政务公开\n各区人民政府：\n现将有关事项通知如下。",
		"首頁＞政務公開＞文件\n正文",
		"网站首页 » 信息公开 » 通知\n正文",
		"当前位置：首页\n浏览次数：12\n某局2020年工作要点.docx\n（本文有删减）\n一、总体要求",
		"各区人民政府：\n增长率>5%的地区要加强监测。",
	} {
		page := PageOf(text)
		for _, l := range strings.Split(text, "\n") {
			assert.Equal(t, AnyPage.Furniture(l), page.Furniture(l), l)
		}
	}
	assert.False(t, PageOf("各区人民政府：\n一、总体要求").separators)
	for _, sep := range []string{">", "＞", "»"} {
		assert.True(t, PageOf("首页"+sep+"文件").separators, sep)
	}
}
