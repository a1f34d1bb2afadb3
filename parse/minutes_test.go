package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
)

// minutesDecision is one decision of the meeting minutes the test writes:
// its subject, what was decided, and the clause assigning it, split into
// the words before the units (由), the units with their verbs, and the
// roles they give.
type minutesDecision struct {
	subject, decided string
	clause           string
	// then is what is decided, written after the clause (clauseFirst)
	then  string
	units []eval.GoldUnit
}

var minutesDecisions = []minutesDecision{
	{"关于城东片区雨污分流改造问题", "会议原则同意城东片区雨污分流改造方案，10月底前完成主体工程",
		"由县住房和城乡建设局牵头，县财政局、县城投公司配合", "抓紧实施城东片区雨污分流改造，10月底前完成主体工程",
		[]eval.GoldUnit{{Name: "县住房和城乡建设局", Role: "lead"}, {Name: "县财政局", Role: "cooperate"}, {Name: "县城投公司", Role: "cooperate"}}},
	{"关于乡镇敬老院消防整改问题", "会议要求对全县十一所敬老院开展消防隐患排查，8月底前完成整改",
		"由县民政局负责，县消防救援大队协助", "对全县十一所敬老院开展消防隐患排查，8月底前完成整改",
		[]eval.GoldUnit{{Name: "县民政局", Role: "responsible"}, {Name: "县消防救援大队", Role: "cooperate"}}},
	{"关于夏季防汛物资储备问题", "会议强调各乡镇要按标准储备防汛物资，落实汛期值班制度",
		"由县应急管理局、县水利局按职责分工落实", "督促各乡镇按标准储备防汛物资，落实汛期值班制度",
		[]eval.GoldUnit{{Name: "县应急管理局", Role: "responsible"}, {Name: "县水利局", Role: "responsible"}}},
	{"关于城区停车泊位规划建设问题", "会议同意在老城区新增公共停车泊位八百个，年底前全部投入使用",
		"由县自然资源局牵头，县公安局交警大队、县城市管理局配合", "编制老城区停车设施专项规划，年底前新增公共停车泊位八百个",
		[]eval.GoldUnit{{Name: "县自然资源局", Role: "lead"}, {Name: "县公安局交警大队", Role: "cooperate"}, {Name: "县城市管理局", Role: "cooperate"}}},
	{"关于农村集中供水工程验收问题", "会议要求对今年完工的农村集中供水工程组织联合验收，确保群众按期用上安全水",
		"由县水利局负责，县卫生健康局参与", "组织农村集中供水工程联合验收，9月底前完成水质检测",
		[]eval.GoldUnit{{Name: "县水利局", Role: "responsible"}, {Name: "县卫生健康局", Role: "participate"}}},
}

// minutesOrdinals number the decisions: 一、 (the minutes' only heading
// level, which would otherwise be goals), 1. and （一）.
var minutesOrdinals = []struct {
	name string
	no   func(i int) (written, value string)
}{
	{"一、", func(i int) (string, string) { n := cnNumerals[i]; return n + "、", n }},
	{"1.", func(i int) (string, string) { return fmt.Sprintf("%d.", i+1), fmt.Sprint(i + 1) }},
	{"（一）", func(i int) (string, string) { n := cnNumerals[i]; return "（" + n + "）", n }},
}

var cnNumerals = []string{"一", "二", "三", "四", "五"}

// minutesText writes the minutes: the 版头 over two lines or one, the
// number, the office and date, the opening, each decision as a heading
// line and a paragraph (its clause after what was decided, or before it),
// and the attendance lines. wrap breaks every paragraph in mid-sentence.
func minutesText(no func(int) (string, string), runOn, clauseFirst, oneLineHead, wrap bool) string {
	var b strings.Builder
	if oneLineHead {
		b.WriteString("临江县人民政府常务会议纪要\n\n")
	} else {
		b.WriteString("临江县人民政府\n常务会议纪要\n\n")
	}
	b.WriteString("临政纪〔2025〕9号\n\n临江县人民政府办公室　　　　2025年6月20日\n\n")
	b.WriteString("　　6月17日，县长周明远主持召开县人民政府第十四次常务会议，研究城乡建设和安全生产有关事项。会议议定事项如下：\n")
	for i, d := range minutesDecisions {
		written, _ := no(i)
		body := d.decided + "。" + d.clause + "。"
		if clauseFirst {
			body = d.clause + "，" + d.then + "。"
		}
		if wrap {
			body = wrapAt(body, 17)
		}
		if runOn {
			b.WriteString("　　" + written + d.subject + "。" + body + "\n")
		} else {
			b.WriteString("　　" + written + d.subject + "\n　　" + body + "\n")
		}
	}
	b.WriteString("　　出席：周明远　李红　王海涛　陈立\n　　列席：县政府办公室、县住建局、县民政局、县应急管理局负责同志\n")
	return b.String()
}

// wrapAt breaks s into lines of n runes, as a page's fixed width does.
func wrapAt(s string, n int) string {
	var b strings.Builder
	for k := 0; s != ""; k++ {
		if k > 0 && k%n == 0 {
			b.WriteString("\n")
		}
		_, size := utf8.DecodeRuneInString(s)
		b.WriteString(s[:size])
		s = s[size:]
	}
	return b.String()
}

// TestMeetingMinutesDecisions generates meeting minutes whose numbered
// decisions each close with the clause assigning them (由X牵头，Y配合 /
// 由X负责，Y协助 / X、Y按职责分工落实) — numbered 一、, 1. or （一）, the
// heading on its own line or running on, the clause after what was decided
// or opening it, the 版头 on one line or two, paragraphs wrapped in
// mid-sentence or the decisions' lines all joined, both scripts — and requires the same tree: one goal
// without number or title, each decision a task holding one item with its
// units and roles, the 纪要's 版头 as the plan's title.
func TestMeetingMinutesDecisions(t *testing.T) {
	for _, o := range minutesOrdinals {
		for _, runOn := range []bool{false, true} {
			for _, clauseFirst := range []bool{false, true} {
				for _, oneLine := range []bool{false, true} {
					for _, wrap := range []string{"", "wrapped", "joined"} {
						if wrap == "joined" && (!runOn || o.name == "1.") {
							// a title not closed by 。 runs into the text
							// joined after it; a line is cut only before
							// 二、 or （二） (rebreak)
							continue
						}
						for _, tr := range bothScripts {
							name := fmt.Sprintf("%s/runOn=%v/clauseFirst=%v/oneLineHead=%v/%s/%s", o.name, runOn, clauseFirst, oneLine, wrap, tr.name)
							t.Run(name, func(t *testing.T) {
								text := tr.do(minutesText(o.no, runOn, clauseFirst, oneLine, wrap == "wrapped"))
								if wrap == "joined" {
									// the decisions lost their line breaks: they run
									// together between the opening and the attendance
									k, e := strings.Index(text, "：\n")+len("：\n"), strings.LastIndex(text, "。\n")+len("。")
									text = text[:k] + strings.ReplaceAll(text[k:e], "\n", "") + text[e:]
								}
								doc, err := Text(text)
								require.NoError(t, err)
								g := eval.FromDocument(doc)
								assert.Equal(t, "workplan", g.Kind, text)
								require.NotNil(t, g.Meta.PlanTitle, text)
								assert.Equal(t, tr.do("临江县人民政府常务会议纪要"), *g.Meta.PlanTitle)
								require.Len(t, g.Goals, 1, text)
								assert.Equal(t, "", g.Goals[0].No)
								assert.Equal(t, "", g.Goals[0].Title)
								require.Len(t, g.Goals[0].Tasks, len(minutesDecisions), text)
								for i, d := range minutesDecisions {
									task := g.Goals[0].Tasks[i]
									_, value := o.no(i)
									assert.Equal(t, value, task.No)
									assert.Equal(t, tr.do(d.subject), task.Title)
									require.Len(t, task.Items, 1, "%s\n%s", task.Title, text)
									units := make([]eval.GoldUnit, len(d.units))
									for k, u := range d.units {
										units[k] = eval.GoldUnit{Name: tr.do(u.Name), Role: u.Role}
									}
									assert.Equal(t, units, task.Items[0].Units, task.Title)
								}
							})
						}
					}
				}
			}
		}
	}
}

// TestUnitSentencesInside: a sentence opening with 由 that is only units
// and verbs, or a sentence's last comma parts of that kind, closes the
// content before it inside a paragraph as at its end, in both scripts
// (comma parts, unbracketed, stay in the item's text); units and a verb
// in running text without 由 do not.
func TestUnitSentencesInside(t *testing.T) {
	const head = "某县人民政府办公室关于印发某县2025年为民办实事工作方案的通知\n\n各乡镇人民政府：\n\n现将《某县2025年为民办实事工作方案》印发给你们，请认真执行。\n\n某县人民政府办公室\n2025年2月10日\n\n某县2025年为民办实事工作方案\n\n（一）改善出行条件\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a sentence of units between two items",
			"新建乡村公路二十公里。由县交通运输局牵头，各乡镇配合。改造危桥三座。由县交通运输局负责。\n",
			[]string{"  - 新建乡村公路二十公里。 2", "  - 改造危桥三座。 1"}},
		{"comma parts of units closing the first sentence",
			"新建乡村公路二十公里，由县交通运输局牵头，各乡镇配合。改造危桥三座。由县交通运输局负责。\n",
			[]string{"  - 新建乡村公路二十公里，由县交通运输局牵头，各乡镇配合。 2", "  - 改造危桥三座。 1"}},
		{"units and a verb in running text without 由 stay content",
			"新建乡村公路二十公里，带动沿线群众参与。改造危桥三座。由县交通运输局负责。\n",
			[]string{"  - 新建乡村公路二十公里，带动沿线群众参与。改造危桥三座。 1"}},
	}
	for _, tt := range tests {
		for _, tr := range bothScripts {
			t.Run(tt.name+"/"+tr.name, func(t *testing.T) {
				requireFirstTask(t, tr.do(head+tt.body), tt.want, tr.do)
			})
		}
	}
}

// TestEnumerationClauses: the pieces of an inline enumeration ended by ；
// (一是…，X牵头，Y配合；二是…) are closed by their last comma parts of units
// and role verbs, with or without 由, the last piece by its sentence's,
// those parts staying in the piece's text (unbracketed, they are content
// as well); a comma part without a verb of its own is no unit; both
// scripts.
func TestEnumerationClauses(t *testing.T) {
	const head = "某县人民政府办公室关于印发某县2025年政务公开工作要点的通知\n\n各乡镇人民政府：\n\n现将《某县2025年政务公开工作要点》印发给你们，请认真执行。\n\n某县人民政府办公室\n2025年2月10日\n\n某县2025年政务公开工作要点\n\n一、深化重点领域信息公开\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"three pieces, 由 or not",
			"（一）推进财政信息公开。一是全面公开部门预算和决算，由县财政局负责；二是公开政府债务限额和余额信息，县财政局牵头，县审计局配合；三是公开惠民惠农补贴发放情况，各乡镇负责。\n",
			[]string{"  - 全面公开部门预算和决算，由县财政局负责 1", "  - 公开政府债务限额和余额信息，县财政局牵头，县审计局配合 2", "  - 公开惠民惠农补贴发放情况，各乡镇负责 1"}},
		{"a comma part without a verb stays content",
			"（一）加强政府网站管理。一是开展网站普查整改，关停不合格网站，县政府办公室牵头，各有关单位配合；二是提升信息发布质量，县直各部门负责。\n",
			[]string{"  - 开展网站普查整改，关停不合格网站，县政府办公室牵头，各有关单位配合 2", "  - 提升信息发布质量，县直各部门负责 1"}},
	}
	for _, tt := range tests {
		for _, tr := range bothScripts {
			t.Run(tt.name+"/"+tr.name, func(t *testing.T) {
				requireFirstTask(t, tr.do(head+tt.body), tt.want, tr.do)
			})
		}
	}
}

// bothScripts are the scripts a generated notice is read in: as written
// and in traditional script.
var bothScripts = []struct {
	name string
	do   func(string) string
}{{"simplified", func(s string) string { return s }}, {"traditional", toTraditional}}

// requireFirstTask parses text and requires the items of its first task
// (treeLines, after the goal and the task) to be want written by do.
func requireFirstTask(t *testing.T, text string, want []string, do func(string) string) {
	t.Helper()
	got := treeLines(t, text)
	require.Greater(t, len(got), 2, text)
	w := make([]string, len(want))
	for i := range want {
		w[i] = do(want[i])
	}
	assert.Equal(t, w, got[2:])
}

// TestJoinedArabicDecisionsFlagged: minutes whose 1. decisions lost their
// line breaks read wrong (only 1. is cut off as a heading, the others run
// into its items); while they do, Quality must say so: marks_in_text on
// an item opening with the next task's ordinal, and review.
func TestJoinedArabicDecisionsFlagged(t *testing.T) {
	// Each decision closed by its clause: the next one opens an item. (A
	// clause opening each decision leaves 。2.关于… inside an item's text,
	// which no reason reads yet.)
	for _, oneLine := range []bool{false, true} {
		for _, tr := range bothScripts {
			t.Run(fmt.Sprintf("oneLineHead=%v/%s", oneLine, tr.name), func(t *testing.T) {
				text := minutesText(minutesOrdinals[1].no, true, false, oneLine, false)
				k, e := strings.Index(text, "：\n")+len("：\n"), strings.LastIndex(text, "。\n")+len("。")
				doc, err := Text(tr.do(text[:k] + strings.ReplaceAll(text[k:e], "\n", "") + text[e:]))
				require.NoError(t, err)
				g := eval.FromDocument(doc)
				if len(g.Goals) == 1 && len(g.Goals[0].Tasks) == len(minutesDecisions) {
					return // read right
				}
				assert.True(t, doc.Quality.Review)
				assert.True(t, slices.ContainsFunc(doc.Quality.Reasons, func(r model.Reason) bool { return r.Code == model.ReasonMarksInText }), doc.Quality.Reasons)
			})
		}
	}
}
