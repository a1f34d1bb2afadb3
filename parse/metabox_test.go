package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func TestPortalBox(t *testing.T) {
	tests := []struct {
		name                   string
		text                   string
		title, number, date    string
		issuers                []string
		boxIndex, boxPublished string
		conflicts              int
	}{
		{
			name: "box as tab rows agrees with the header",
			text: "索 引 号：\t000001/2020-00001\t主题分类：\t城乡建设\n发文机关：\t某省人民政府办公厅、某军区政治部\t成文日期：\t2020年03月01日\n标　　题：\t某省人民政府办公厅、某军区政治部关于某事的通知\t\t\n发文字号：\t某政办发〔2020〕3号\t发布日期：\t2020年03月09日\n" +
				"某省人民政府办公厅、某军区政治部\n关于某事的通知\n某政办发〔2020〕3号\n各市人民政府：\n正文。\n某省人民政府办公厅　某军区政治部\n2020年3月1日\n",
			title: "某省人民政府办公厅、某军区政治部关于某事的通知", number: "某政办发〔2020〕3号", date: "2020-03-01",
			issuers: []string{"某省人民政府办公厅", "某军区政治部"}, boxIndex: "000001/2020-00001", boxPublished: "2020-03-09",
		},
		{
			name: "box fills what the header lacks (an order signed by a person)",
			text: "发文机关：\t某省人民政府\t成文日期：\t2018年12月18日\n标　　题：\t某省安全生产条例\n发文字号：\t某令第7号\t发布日期：\t2018年12月20日\n" +
				"某省人民政府令\n第7号\n现公布《某省安全生产条例》，自2019年1月1日起施行。\n省长　张某\n2018年12月18日\n",
			title: "某省安全生产条例", number: "某令第7号", date: "2018-12-18", issuers: []string{"某省人民政府"}, boxPublished: "2018-12-20",
		},
		{
			name:  "a disagreement is a warning; the notice's own value is kept",
			text:  "索引号: AB01/2021-1 发文日期 2021-05-02\n文    号 某政发〔2021〕9号\n某市人民政府关于某事的通知\n某政发〔2021〕8号\n各区：\n正文。\n某市人民政府\n2021年5月1日\n",
			title: "某市人民政府关于某事的通知", number: "某政发〔2021〕8号", date: "2021-05-01", issuers: []string{"某市人民政府"},
			boxIndex: "AB01/2021-1", boxPublished: "2021-05-02", conflicts: 1,
		},
		{
			name:     "a box rendered as a pipe table, 发布机构 is the publisher, not the issuer",
			text:     "索引号: | AB02/2022-3 | 主题分类: | 综合政务 |\n发布机构: | 某市文化局 | 文号: | 无 |\n2022年政务公开工作任务清单\n",
			boxIndex: "AB02/2022-3",
		},
		{
			name:  "one lone label line is no box",
			text:  "发布时间:2020-02-03 17:29\n某市人民政府关于某事的通知\n",
			title: "某市人民政府关于某事的通知", issuers: []string{"某市人民政府"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := headerOf(t, tt.text)
			m := h.meta
			assert.Equal(t, tt.title, value(m.Title), "title")
			assert.Equal(t, tt.number, value(m.DocNumber), "doc_number")
			assert.Equal(t, tt.date, value(m.SignedDate), "signed_date")
			var issuers []string
			for _, f := range m.Issuers {
				issuers = append(issuers, f.Value)
			}
			assert.Equal(t, tt.issuers, issuers, "issuers")
			n := 0
			for _, w := range h.warnings {
				if w.Code == model.WarnMetaConflict {
					n++
				}
			}
			assert.Equal(t, tt.conflicts, n, "conflict warnings %v", h.warnings)
			if tt.boxIndex == "" && tt.boxPublished == "" {
				assert.Nil(t, m.Portal)
				return
			}
			require.NotNil(t, m.Portal)
			assert.Equal(t, tt.boxIndex, value(m.Portal.IndexNo), "index_no")
			assert.Equal(t, tt.boxPublished, value(m.Portal.PublishedDate), "published_date")
		})
	}
}

// TestFurnitureBoxNumber: the 发文字号 of a metadata box held in an element
// named as page furniture (class info, xxgk-info) is the notice's number
// when the body prints none (no 版头: it starts at the title).
func TestFurnitureBoxNumber(t *testing.T) {
	boxes := map[string]string{
		"ul":                `<ul><li><span>索引号：</span><span>000014349/2024-00415</span></li><li><span>发文字号：</span><span>清府办发〔2024〕11号</span></li><li><span>成文日期：</span><span>2024-04-10</span></li></ul>`,
		"spans on one line": `<span>索引号：000014349/2024-00415</span> <span>发文字号：清府办发〔2024〕11号</span> <span>成文日期：2024-04-10</span>`,
		"dl":                `<dl><dt>索引号</dt><dd>000014349/2024-00415</dd><dt>发文字号</dt><dd>清府办发〔2024〕11号</dd><dt>成文日期</dt><dd>2024-04-10</dd></dl>`,
	}
	for name, box := range boxes {
		for _, class := range []string{"info", "xxgk-info", "art-info"} {
			page := `<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div><div class="main">` +
				`<div class="` + class + `">` + box + `</div>` +
				`<h1>清镇市人民政府办公室关于做好2024年防汛工作的通知</h1><div id="zoom">` +
				`<p>各乡、镇人民政府，各街道办事处，市政府各工作部门：</p>` +
				`<p>为切实做好今年防汛工作，确保人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下。</p>` +
				`<p>一、压实防汛责任。各地各部门要落实防汛责任制，主要负责同志亲自部署。</p>` +
				`<p>二、加强隐患排查。汛前对水库、山塘和地质灾害隐患点开展全面排查。</p>` +
				`<p>清镇市人民政府办公室</p><p>2024年4月10日</p></div></body></html>`
			doc, err := Bytes([]byte(page), WithFormat(model.FormatHTML))
			require.NoError(t, err)
			assert.Equal(t, "清府办发〔2024〕11号", doc.Meta.DocNumber.Text(), "%s/%s", name, class)
		}
	}
}

// TestBoxNumberLabels: a metadata box gives the notice's number under each
// label portals print for it, in a table or a list, simplified or
// traditional, when the body prints none.
func TestBoxNumberLabels(t *testing.T) {
	boxes := map[string]func(label string) string{
		"table": func(l string) string {
			return `<table><tr><td>索引号：</td><td>000014349/2024-00415</td><td>` + l + `：</td><td>清府办发〔2024〕11号</td></tr><tr><td>成文日期：</td><td>2024-04-10</td><td>发布日期：</td><td>2024-04-15</td></tr></table>`
		},
		"list": func(l string) string {
			return `<ul><li>索引号：000014349/2024-00415</li><li>` + l + `：清府办发〔2024〕11号</li><li>成文日期：2024-04-10</li></ul>`
		},
	}
	for name, box := range boxes {
		for _, label := range []string{"发文字号", "发文号", "文件字号", "文号", "文　　号"} {
			for _, trad := range []bool{false, true} {
				page := `<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div><div class="main">` + box(label) +
					`<h1>清镇市人民政府办公室关于做好2024年防汛工作的通知</h1><div id="zoom">` +
					`<p>各乡、镇人民政府，各街道办事处，市政府各工作部门：</p>` +
					`<p>为切实做好今年防汛工作，确保人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下。</p>` +
					`<p>一、压实防汛责任。各地各部门要落实防汛责任制，主要负责同志亲自部署。</p>` +
					`<p>清镇市人民政府办公室</p><p>2024年4月10日</p></div></body></html>`
				want := "清府办发〔2024〕11号"
				if trad {
					page, want = toTraditional(page), toTraditional(want)
				}
				doc, err := Bytes([]byte(page), WithFormat(model.FormatHTML))
				require.NoError(t, err)
				assert.Equal(t, want, doc.Meta.DocNumber.Text(), "%s/%s/traditional=%v", name, label, trad)
			}
		}
	}
}

// TestBoxValueBelow: a box rendered with each value on the line below its
// label (<dt>成文日期：</dt><dd>2024-04-10</dd>) gives its entries, so a
// body that prints no date takes the box's 成文日期; a blank entry right
// above the notice's title does not take the title as its value.
func TestBoxValueBelow(t *testing.T) {
	body := "清镇市人民政府办公室关于做好2024年防汛工作的通知\n各乡、镇人民政府，各街道办事处，市政府各工作部门：\n" +
		"为切实做好今年防汛工作，确保人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下。\n" +
		"一、压实防汛责任。各地各部门要落实防汛责任制，主要负责同志亲自部署。\n清镇市人民政府办公室\n"
	for _, colon := range []string{"：", ":"} {
		for _, date := range []string{"2024-04-10", "2024年04月10日", "2024/04/10"} {
			for _, last := range []string{"", "主题分类" + colon + "\n", "发文机关" + colon + "\n"} {
				for _, trad := range []bool{false, true} {
					text := "索引号" + colon + "\n000014349/2024-00415\n发文字号" + colon + "\n清府办发〔2024〕11号\n成文日期" + colon + "\n" + date + "\n" + last + body
					title := "清镇市人民政府办公室关于做好2024年防汛工作的通知"
					if trad {
						text, title = toTraditional(text), toTraditional(title)
					}
					name := fmt.Sprintf("colon %q/%s/last %q/traditional=%v", colon, date, last, trad)
					doc := mustText(t, text)
					assert.Equal(t, "2024-04-10", doc.Meta.SignedDate.Text(), name)
					assert.Equal(t, title, doc.Meta.Title.Text(), name)
				}
			}
		}
	}
}

// TestBracketLabelBoxNumber: a box whose labels stand in brackets
// (【发文字号】X), two or three entries a line, gives the notice's number
// when the body prints none (it starts at the 主送机关), in a page's
// paragraphs of spans, in a list, or copied as text, in each bracket style
// and both scripts.
func TestBracketLabelBoxNumber(t *testing.T) {
	entries := [][]string{{"索引号", "014109345/2025-00412", "发布机构", "某市人民政府办公室"},
		{"发文字号", "某政办发〔2025〕14号", "成文日期", "2025-03-12", "发布日期", "2025-03-17"}}
	const notice = "某市人民政府办公室关于印发某市2025年养老服务提质行动方案的通知\n各区人民政府，市各委、办、局：\n经市人民政府同意，现将《某市2025年养老服务提质行动方案》印发给你们，请认真组织实施。\n某市人民政府办公室\n2025年3月12日\n"
	for _, br := range [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}} {
		for _, sep := range []string{"\u00a0\u00a0", "\u3000", ""} {
			lines := make([]string, len(entries))
			for i, e := range entries {
				var parts []string
				for k := 0; k < len(e); k += 2 {
					parts = append(parts, br[0]+e[k]+br[1]+e[k+1])
				}
				lines[i] = strings.Join(parts, sep)
			}
			renderings := map[string]string{
				"text": strings.Join(lines, "\n") + "\n" + notice,
				"html p spans": `<html><head><meta charset="utf-8"></head><body><div class="location">首页 &gt; 政府文件</div><div class="xxgk_info">` +
					`<p><span>` + strings.ReplaceAll(lines[0], sep, "</span>"+sep+"<span>") + `</span></p><p><span>` + strings.ReplaceAll(lines[1], sep, "</span>"+sep+"<span>") + `</span></p></div>` +
					`<div id="zoom"><p>` + strings.ReplaceAll(strings.TrimSuffix(notice, "\n"), "\n", "</p><p>") + `</p></div></body></html>`,
			}
			for name, text := range renderings {
				for _, trad := range []bool{false, true} {
					want := "某政办发〔2025〕14号"
					if trad {
						text, want = toTraditional(text), toTraditional(want)
					}
					doc, err := Bytes([]byte(text))
					require.NoError(t, err)
					assert.Equal(t, want, doc.Meta.DocNumber.Text(), "%s %q %s trad=%v", br[0], sep, name, trad)
				}
			}
		}
	}
}
