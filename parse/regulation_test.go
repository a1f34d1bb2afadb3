package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// regulationNotice writes a notice issuing rules (…管理办法) in chapters
// and articles, one article enumerating its points. sep follows 第X章 and
// 第X条, indent opens every body line, point writes the n-th point's
// ordinal, name is the rules' name and eol the line end.
func regulationNotice(sep, indent string, point func(n int) string, name, eol string, chapters bool) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + eol) }
	line("某县人民政府办公室关于印发《某县行政规范性文件" + name + "》的通知")
	line("某政办发〔2022〕7号")
	line("各乡镇人民政府，县政府各部门：")
	line(indent + "《某县行政规范性文件" + name + "》已经县政府同意，现印发给你们，请认真遵照执行。")
	line("某县人民政府办公室")
	line("2022年5月6日")
	line("某县行政规范性文件" + name)
	chapter := func(no, title string) {
		if chapters {
			line("第" + no + "章" + sep + title)
		}
	}
	chapter("一", "总则")
	line(indent + "第一条" + sep + "为加强行政规范性文件管理，制定本" + name[len(name)-6:] + "。")
	line(indent + "第二条" + sep + "县政府及其部门制定行政规范性文件，适用本" + name[len(name)-6:] + "。")
	chapter("二", "制定程序")
	line(indent + "第三条" + sep + "起草行政规范性文件，应当履行下列程序：")
	line(indent + point(1) + "开展调查研究；")
	line(indent + point(2) + "公开征求意见；")
	line(indent + point(3) + "进行合法性审核。")
	line(indent + "第四条" + sep + "行政规范性文件应当统一登记、统一编号、统一印发。未经登记的文件不得发布。")
	chapter("三", "附则")
	line(indent + "第五条" + sep + "本" + name[len(name)-6:] + "自印发之日起施行。")
	return b.String()
}

// TestRegulationChaptersArticles requires a notice issuing rules written in
// 第X章 chapters over 第X条 articles to be a notice (kind other) whose tree
// has the chapters as goals, the articles as tasks and an article's
// enumerated points as its items, in every writing of the same text.
func TestRegulationChaptersArticles(t *testing.T) {
	paren := func(n int) string { return "（" + []string{"", "一", "二", "三"}[n] + "）" }
	half := func(n int) string { return "(" + []string{"", "一", "二", "三"}[n] + ")" }
	arabic := func(n int) string { return fmt.Sprintf("%d.", n) }
	articles := func(goal func(no, title string) []string) []string {
		var out []string
		out = append(out, goal("一", "总则")...)
		out = append(out,
			"  T 一 为加强行政规范性文件管理，制定本办法", "    I 为加强行政规范性文件管理，制定本办法。 |  | ",
			"  T 二 县政府及其部门制定行政规范性文件，适用本办法", "    I 县政府及其部门制定行政规范性文件，适用本办法。 |  | ")
		out = append(out, goal("二", "制定程序")...)
		out = append(out,
			"  T 三 起草行政规范性文件，应当履行下列程序",
			"    I 开展调查研究； |  | ", "    I 公开征求意见； |  | ", "    I 进行合法性审核。 |  | ",
			"  T 四 行政规范性文件应当统一登记、统一编号、统一印发", "    I 未经登记的文件不得发布。 |  | ")
		out = append(out, goal("三", "附则")...)
		return append(out, "  T 五 本办法自印发之日起施行", "    I 本办法自印发之日起施行。 |  | ")
	}
	withChapters := articles(func(no, title string) []string { return []string{"G " + no + " " + title} })
	var noChapters []string
	for i, l := range articles(func(string, string) []string { return nil }) {
		if i == 0 {
			noChapters = append(noChapters, "G  ")
		}
		noChapters = append(noChapters, l)
	}
	for _, chapters := range []bool{true, false} {
		want := withChapters
		if !chapters {
			want = noChapters
		}
		for _, sep := range []string{"\u3000", " ", "：", "\u3000\u3000"} {
			for _, indent := range []string{"", "\u3000\u3000", "    "} {
				for pi, point := range []func(int) string{paren, half, arabic} {
					for _, name := range []string{"管理办法", "实施细则"} {
						for _, eol := range []string{"\n", "\r\n"} {
							for _, trad := range []bool{false, true} {
								text := regulationNotice(sep, indent, point, name, eol, chapters)
								w := want
								if name != "管理办法" {
									w = renameRules(want, "办法", "细则")
								}
								if trad {
									text = toTraditional(text)
								}
								label := fmt.Sprintf("chapters=%v sep=%q indent=%q point=%d name=%s eol=%q trad=%v", chapters, sep, indent, pi, name, eol, trad)
								doc, err := Text(text)
								require.NoError(t, err, label)
								assert.Equal(t, model.KindNotice, doc.Kind, label)
								assert.Equal(t, w, treeOf(doc), label)
							}
						}
					}
				}
			}
		}
	}
}

// renameRules replaces the rules' word in a tree.
func renameRules(tree []string, from, to string) []string {
	out := make([]string, len(tree))
	for i, l := range tree {
		out[i] = strings.ReplaceAll(l, from, to)
	}
	return out
}

// TestRulesWithUnitsStayPlan requires a notice issuing 实施办法 whose
// articles assign work to units to stay a work plan: rules that name who
// does what are a plan.
func TestRulesWithUnitsStayPlan(t *testing.T) {
	text := "某县人民政府办公室关于印发《某县乡村振兴实施办法》的通知\n某政办发〔2022〕8号\n各乡镇人民政府：\n" +
		"现将《某县乡村振兴实施办法》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2022年5月9日\n某县乡村振兴实施办法\n" +
		"第一条　推进高标准农田建设，新建农田1万亩。（牵头单位：县农业农村局；配合单位：县财政局）\n" +
		"第二条　改善农村人居环境，完成户厕改造500户。（责任单位：各乡镇人民政府）\n"
	doc, err := Text(text)
	require.NoError(t, err)
	assert.Equal(t, model.KindWorkPlan, doc.Kind)
	assert.Equal(t, []string{"G  ",
		"  T 一 推进高标准农田建设，新建农田1万亩", "    I 推进高标准农田建设，新建农田1万亩。 |  | 县农业农村局/lead、县财政局/cooperate",
		"  T 二 改善农村人居环境，完成户厕改造500户", "    I 改善农村人居环境，完成户厕改造500户。 |  | 各乡镇人民政府/responsible"}, treeOf(doc))
}
