package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// signedNotice is a notice whose signature block is sig, the date on the
// line after it.
func signedNotice(sig, date string) string {
	return "某省某某厅　某省某某局\n关于做好某项工作的通知\n各市人民政府：\n请认真贯彻落实。\n" + sig + "\n" + date + "\n（此件公开发布）\n"
}

// TestJointSignature reads the organs of a signature stacked over several
// lines above its date, and leaves the lines above a single organ alone.
func TestJointSignature(t *testing.T) {
	tests := []struct {
		name, sig string
		issuers   []string
	}{
		{"one per line", "某省发展和改革委员会\n某省财政厅\n某省自然资源厅", []string{"某省发展和改革委员会", "某省财政厅", "某省自然资源厅"}},
		{"two, then one, blank lines between", "某省发展和改革委员会        某省财政厅\n\n某省自然资源厅\n", []string{"某省发展和改革委员会", "某省财政厅", "某省自然资源厅"}},
		{"party and government", "中共某县委办公室\n某县人民政府办公室", []string{"中共某县委办公室", "某县人民政府办公室"}},
		{"side by side", "中共某镇委员会　　　某镇人民政府", []string{"中共某镇委员会", "某镇人民政府"}},
		{"seal notes", "某省某某厅（印章）\n某省某某局（印章）", []string{"某省某某厅", "某省某某局"}},
		{"a seal note beside two organs", "某省某某厅　　某省某某局(盖章)", []string{"某省某某厅", "某省某某局"}},
		{"an attachment list above is not an organ", "附件：1.某某方案\n      2.某某工作领导小组\n某省某某厅", []string{"某省某某厅"}},
		{"a collective above is not an organ", "各有关部门\n某省某某厅", []string{"某省某某厅"}},
		{"a sentence above is not an organ", "特此通知。\n某省某某厅", []string{"某省某某厅"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := headerOf(t, signedNotice(tt.sig, "2023年5月19日"))
			assert.Equal(t, tt.issuers, fieldList(h.meta.Issuers))
			assert.Equal(t, strings.Join(tt.issuers, "、"), value(h.meta.Issuer))
			assert.Equal(t, "2023-05-19", value(h.meta.SignedDate))
		})
	}
}

// TestJointSignatureVariants renders one joint signature of three organs in
// every layout a page or a PDF gives it (one per line, two and one, the
// date glued to the last organ), in both scripts, with full-width or ASCII
// spaces and with or without blank lines, and requires the same issuers.
func TestJointSignatureVariants(t *testing.T) {
	orgs := []string{"某市发展和改革委员会", "某市财政局", "某市住房和城乡建设局"}
	layouts := map[string]func(sp, nl string) (sig, date string){
		"one per line": func(sp, nl string) (string, string) {
			return strings.Join(orgs, nl), "二〇二三年五月十九日"
		},
		"two and one": func(sp, nl string) (string, string) {
			return orgs[0] + sp + orgs[1] + nl + orgs[2], "2023年5月19日"
		},
		"date after the last organ": func(sp, nl string) (string, string) {
			return orgs[0] + sp + orgs[1], orgs[2] + sp + "2023年5月19日"
		},
	}
	for name, layout := range layouts {
		for _, sp := range []string{"　　　", "        "} {
			for _, nl := range []string{"\n", "\n\n"} {
				for _, trad := range []bool{false, true} {
					sig, date := layout(sp, nl)
					text := signedNotice(sig, date)
					want := orgs
					if trad {
						text = toTraditional(text)
						want = nil
						for _, o := range orgs {
							want = append(want, toTraditional(o))
						}
					}
					t.Run(fmt.Sprintf("%s/%q/%q/trad=%v", name, sp, nl, trad), func(t *testing.T) {
						h := headerOf(t, text)
						assert.Equal(t, want, fieldList(h.meta.Issuers), text)
						assert.Equal(t, "2023-05-19", value(h.meta.SignedDate))
					})
				}
			}
		}
	}
}

func fieldList(fs []model.Field) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return out
}

// TestSignatureDateWritings reads the 成文日期 under a signature in every
// writing a page or a PDF gives it, in both scripts, and leaves a dotted
// date alone where no notice stands above it (a page's own date line).
func TestSignatureDateWritings(t *testing.T) {
	for _, date := range []string{"2023年5月6日", "2023 年 5 月 6 日", "二〇二三年五月六日", "二○二三年五月六日", "二O二三年五月六日", "20230506", "2023.5.6", "2023-05-06", "2023/5/6", "2023.05.06", "中华民国112年5月6日", "民国 112 年 5 月 6 日"} {
		for _, trad := range []bool{false, true} {
			text := "某县人民政府办公室关于某事的通知\n各乡镇人民政府：\n请认真落实。\n某县人民政府办公室\n" + date + "\n"
			if trad {
				text = toTraditional(text)
			}
			t.Run(fmt.Sprintf("%s/trad=%v", date, trad), func(t *testing.T) {
				h := headerOf(t, text)
				assert.Equal(t, "2023-05-06", value(h.meta.SignedDate))
				assert.NotEmpty(t, value(h.meta.Issuer))
			})
		}
	}
	h := headerOf(t, "某县人民政府办公室\n2023.5.6\n一、工作目标\n")
	assert.Nil(t, h.meta.SignedDate, "no notice above: a page's own date line")
}

// TestSignatureInTable reads a signature a page set in a table — organ
// cells over a row holding the date alone — as text lines or as a page,
// in both scripts, and leaves a plan table's rows alone.
func TestSignatureInTable(t *testing.T) {
	const head = "某市发展和改革委员会　某市财政局关于下达某专项资金计划的通知\n各县（区）发展改革局、财政局：\n现将资金计划下达给你们，请按规定使用。\n"
	for _, sig := range []string{"某市发展和改革委员会\t某市财政局\n2023年6月2日\t\n", "某市发展和改革委员会\t某市财政局\n\t2023年6月2日\n", "某市发展和改革委员会　　某市财政局\n2023年6月2日\t\n"} {
		for _, trad := range []bool{false, true} {
			text, want := head+sig, []string{"某市发展和改革委员会", "某市财政局"}
			if trad {
				text, want = toTraditional(text), []string{toTraditional(want[0]), toTraditional(want[1])}
			}
			t.Run(fmt.Sprintf("%q/trad=%v", sig, trad), func(t *testing.T) {
				h := headerOf(t, text)
				assert.Equal(t, want, fieldList(h.meta.Issuers))
				assert.Equal(t, "2023-06-02", value(h.meta.SignedDate))
			})
		}
	}
	page := "<html><head><meta charset=\"utf-8\"></head><body><div><p>" + strings.ReplaceAll(strings.TrimSuffix(head, "\n"), "\n", "</p><p>") + "</p>" +
		"<table><tr><td>某市发展和改革委员会</td><td>某市财政局</td></tr><tr><td colspan=\"2\">2023年6月2日</td></tr></table></div></body></html>"
	doc, err := Bytes([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, "2023-06-02", value(doc.Meta.SignedDate))
	assert.Equal(t, "某市发展和改革委员会、某市财政局", value(doc.Meta.Issuer))

	rows := "序号\t工作任务\t责任单位\t完成时限\n1\t公开预决算。\t市财政局\t2023年6月30日\n"
	h := headerOf(t, head+rows)
	assert.Nil(t, h.meta.SignedDate, "a plan row is no signature")
}

// TestJointMark reads a joint 发文机关标志 in every layout a text version
// gives it — 文件 beside the middle organ, alone under the organs, after
// each organ — in both scripts, as all the organs, in order.
func TestJointMark(t *testing.T) {
	orgs := []string{"某省发展和改革委员会", "某省财政厅", "某省自然资源厅"}
	layouts := map[string]string{
		"beside the middle": orgs[0] + "\n" + orgs[1] + "          文件\n" + orgs[2] + "\n",
		"alone below":       strings.Join(orgs, "\n") + "\n文件\n",
		"after each":        strings.Join(orgs, "文件\n") + "文件\n",
		"two side by side":  orgs[0] + "　" + orgs[1] + "\n" + orgs[2] + "　文件\n",
	}
	for name, mark := range layouts {
		for _, trad := range []bool{false, true} {
			text := mark + "某发改规划〔2023〕210号\n关于某事的通知\n各设区市人民政府：\n请认真落实。\n" + strings.Join(orgs, "　") + "\n2023年5月19日\n"
			want, number := strings.Join(orgs, "、")+"文件", "某发改规划〔2023〕210号"
			if trad {
				text, want, number = toTraditional(text), toTraditional(want), toTraditional(number)
			}
			t.Run(fmt.Sprintf("%s/trad=%v", name, trad), func(t *testing.T) {
				h := headerOf(t, text)
				assert.Equal(t, want, value(h.meta.IssuerMark))
				assert.Equal(t, number, value(h.meta.DocNumber))
			})
		}
	}
	h := headerOf(t, "某县人民政府文件\n某政发〔2023〕8号\n某县人民政府关于某事的通知\n各乡镇：\n请认真落实。\n某县人民政府\n2023年5月6日\n")
	assert.Equal(t, "某县人民政府文件", value(h.meta.IssuerMark), "one organ: the mark as printed")
}
