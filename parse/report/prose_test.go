package report

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestProseCounts checks the labels of prose counts on sentences written
// for the test, one per mechanism.
func TestProseCounts(t *testing.T) {
	type stat struct {
		label string
		value float64
		unit  string
	}
	tests := []struct {
		name string
		text string
		want []stat
	}{
		{"a total after the subject and the year keeps 共",
			"我局2021年共主动公开政府信息120条。", []stat{{"共主动公开政府信息", 120, "条"}}},
		{"a time word or a total opening the clause is the last adverbial: it stays",
			"全年发布信息40条。共回应群众关切3次。", []stat{{"全年发布信息", 40, "条"}, {"共回应群众关切", 3, "次"}}},
		{"a run of a time word and a total before the verb stays whole",
			"全年共收到政府信息公开申请9件。今年累计发布通告4条。", []stat{{"全年共收到政府信息公开申请", 9, "件"}, {"今年累计发布通告", 4, "条"}}},
		{"已 before the verb is the last adverbial: it stays, as 尚未 does",
			"被提起行政诉讼12件，已审结10件，尚未审结2件。我局已经办结申请8件。", []stat{{"被提起行政诉讼", 12, "件"}, {"已审结", 10, "件"}, {"尚未审结", 2, "件"}, {"已经办结申请", 8, "件"}}},
		{"a comparison's 较 is not what is counted",
			"受理申请30件，较上年的24件同比增长25%。", []stat{{"受理申请", 30, "件"}, {"上年", 24, "件"}}},
		{"a scope opens the sentence like a subject: 共 stays",
			"2021年，全县共受理申请12件。", []stat{{"共受理申请", 12, "件"}}},
		{"年底 is a time, 累计 stays",
			"本镇到年底累计公开信息300条。", []stat{{"累计公开信息", 300, "条"}}},
		{"a relative clause before 的 stays",
			"本单位从事信息公开工作的专职人员2人。", []stat{{"从事信息公开工作的专职人员", 2, "人"}}},
		{"a cause before 的 goes",
			"另有因不服答复引起的行政复议1件。", []stat{{"行政复议", 1, "件"}}},
		{"the applicants are not what is counted",
			"全年接受公民、法人和其他组织政策方面的咨询40人次。", []stat{{"政策方面的咨询", 40, "人次"}}},
		{"the noun after the count, a one-character term before 、 included",
			"为此配备了8名专、兼职人员，设立了12个便民的查阅点。", []stat{{"专、兼职人员", 8, "名"}, {"便民的查阅点", 12, "个"}}},
		{"a subject and a providing verb before the count: the noun after it",
			"镇党政办公室配备3名兼职工作人员，街道设立2个查阅点。", []stat{{"兼职工作人员", 3, "名"}, {"查阅点", 2, "个"}}},
		{"numbers on lines of their own (PDF text)",
			"本县累计公开信息\n620\n条，电子化率达\n95%\n，其中，本年度新增公开信息\n88\n条。",
			[]stat{{"累计公开信息", 620, "条"}, {"本年度新增公开信息", 88, "条"}}},
		{"a count before its noun: the label is the counted noun",
			"2022年，本局共收到8份申请，已全部办结。", []stat{{"申请", 8, "份"}}},
		{"a heading run on into the text is not part of the label",
			"一、总体情况 本局全年公开信息12条。 二、主动公开政府信息情况 本局发布规范性文件3件。",
			[]stat{{"全年公开信息", 12, "条"}, {"发布规范性文件", 3, "件"}}},
		{"a place named after the site (网站部门专栏) is still the means",
			"2023年，我局在县政府门户网站部门专栏主动公开政府信息120条。", []stat{{"主动公开政府信息", 120, "条"}}},
		{"a place read inside the site that is the label itself stays",
			"在政府门户网站新增专题专栏4个，在县政府门户网站部门专栏发布信息20条。", []stat{{"新增专题专栏", 4, "个"}, {"发布信息", 20, "条"}}},
		{"a service centre is a place of the means",
			"在市民服务中心设置查阅点3个，接待群众40人次。", []stat{{"设置查阅点", 3, "个"}, {"接待群众", 40, "人次"}}},
		{"a subject named in full before the means goes, and a total after it stays",
			"2022年，某某县通过县政府门户网站共主动公开政府信息300条。某某街道在区政府网站街道专栏发布动态45条。",
			[]stat{{"共主动公开政府信息", 300, "条"}, {"发布动态", 45, "条"}}},
		{"a named subject in traditional script",
			"2022年，某某縣通過縣政府門戶網站主動公開政府信息300條。", []stat{{"主動公開政府信息", 300, "條"}}},
		{"a place subject without the means goes too",
			"某某县主动公开政府信息300条。", []stat{{"主动公开政府信息", 300, "条"}}},
		{"a thousands separator, ASCII or full-width",
			"通过政务微博发布信息1,234条，政务微信推送信息2，856条，合计12,345,678字。", []stat{{"发布信息", 1234, "条"}, {"政务微信推送信息", 2856, "条"}}},
		{"numbers joined by a comma are two numbers",
			"本年新收申请12,上年结转3件。", []stat{{"上年结转", 3, "件"}}},
		{"共有 is a total: it stays after a scope and after a subject",
			"全县共有政府信息公开工作机构28个。我局共有专职人员3名。", []stat{{"共有政府信息公开工作机构", 28, "个"}, {"共有专职人员", 3, "名"}}},
		{"a label ending in 的 with no noun after the count loses the 的",
			"在答复的申请中，同意公开的25件，不予公开的4件。", []stat{{"同意公开", 25, "件"}, {"不予公开", 4, "件"}}},
		{"the noun after a count ends at the verb it is the subject of",
			"共配备了3名专职人员、15名兼职人员从事政府信息公开工作，确定了2名办理人员。",
			[]stat{{"专职人员", 3, "名"}, {"兼职人员", 15, "名"}, {"办理人员", 2, "名"}}},
		{"a data list of label：count lines",
			"主要数据如下：\n主动公开政府信息：1286条\n其中财政预决算信息：42条\n更新村务公开栏：18次\n时间10:30，电话：0551-65312345。",
			[]stat{{"主动公开政府信息", 1286, "条"}, {"财政预决算信息", 42, "条"}, {"更新村务公开栏", 18, "次"}}},
		{"Chinese numerals, percentages, rankings, dates and phones are not counts",
			"报告分为六个部分。电子化率达98%，位列全省前10位。2021年3月1日起施行，电话：0571-8765432。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, _ := Build(source.New(tt.text), "")
			var got []stat
			for _, s := range rep.Stats {
				got = append(got, stat{s.Label, s.Value, s.Unit})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEndsInScope(t *testing.T) {
	tests := []struct {
		l    string
		want bool
	}{
		{"全市", true},
		{"共有我县", true},
		{"全州", true},
		{"全年", false},
		{"市", false},
		{"我市的", false},
		{"", false},
		{"本市", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, endsInScope(tt.l), tt.l)
	}
}

// TestNestingDepth checks that counts each said to be part of the one
// before (…12件，其中…12件，其中…) nest no deeper than maxPathDepth, so
// that the output grows with the counts, not with their square. The fifth
// is not nested; after it two counts of the sentence come before each
// 其中, which is then not read as a breakdown.
func TestNestingDepth(t *testing.T) {
	text := "某县2021年政府信息公开工作年度报告\n" + strings.Repeat("收到申请12件，其中", 1000) + "公开3件。"
	rep, _ := Build(source.New(text), "")
	require.Len(t, rep.Stats, 1001)
	want := [][]string{nil, {"收到申请", "收到"}, {"收到申请", "收到", "收到"}, {"收到申请", "收到", "收到", "收到"}, nil, nil}
	for k, w := range want {
		assert.Equal(t, w, rep.Stats[k].Path, k)
	}
	for _, st := range rep.Stats {
		assert.LessOrEqual(t, len(st.Path), maxPathDepth)
	}
}

// TestFindScopes checks the scope words found in a paragraph, after
// characters of every width (the scan skips bytes that cannot start one).
func TestFindScopes(t *testing.T) {
	tests := []struct {
		para string
		want []string
	}{
		{"全市共受理申请12件", []string{"全市"}},
		{"abc我县，全年", []string{"我县"}},
		{"其中，市政府本级3件，各级行政机关5件", []string{"市政府本级", "各级行政机关"}},
		{"针对市政府本级", []string{"针对市政府本级"}},
		{"全部、我们、本级", nil},
		{"〔全〕全省", []string{"全省"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findScopes(tt.para) {
			got = append(got, tt.para[m[0]:m[1]])
		}
		assert.Equal(t, tt.want, got, tt.para)
	}
}

// TestScanNumbers checks the counts read in a norm: their values and
// units as written, and the numbers that are not counts.
func TestScanNumbers(t *testing.T) {
	tests := []struct {
		text  string
		want  []float64
		units []string
	}{
		{"公开信息12条，申请3件次", []float64{12, 3}, []string{"条", "件次"}},
		{"收费1.5万元", []float64{1.5}, []string{"万元"}},
		{"答复5个工作日，办理2万余件", []float64{20000}, []string{"余件"}},
		{"第3条，A12条，2021年", nil, nil},
	}
	for _, tt := range tests {
		n := normalize(tt.text)
		nums := scanNumbers(n, tt.text, 0, len(n.s), nil)
		var vals []float64
		var units []string
		for _, nm := range nums {
			vals = append(vals, nm.value)
			units = append(units, nm.unit)
		}
		assert.Equal(t, tt.want, vals, tt.text)
		assert.Equal(t, tt.units, units, tt.text)
	}
}

// reScope is the regexp the scope words were first read by: the
// reference scopeLen and findScopes must agree with.
var reScope = regexp.MustCompile(`(全|我)(市|县|区|省|镇|乡|州|旗|盟)|(针对)?[市县区省州镇乡](人民)?(政府)?本级|各级行政机关`)

// findScopesByRune is findScopes as first written, reading every rune:
// the reference the indexed search must agree with.
func findScopesByRune(para string) [][]int {
	var out [][]int
	const places = "市县区省镇乡州旗盟"
	for i := 0; i < len(para); {
		r, sz := utf8.DecodeRuneInString(para[i:])
		switch {
		case r == '全' || r == '我':
			if n, nsz := utf8.DecodeRuneInString(para[i+sz:]); strings.ContainsRune(places, n) {
				out = append(out, []int{i, i + sz + nsz})
				i += sz + nsz
				continue
			}
		case r == '本' && strings.HasPrefix(para[i:], "本级"):
			if m := reScope.FindStringIndex(para[max(0, i-24) : i+len("本级")]); m != nil {
				a := max(0, i-24) + m[0]
				if len(out) > 0 && out[len(out)-1][1] > a {
					out = out[:len(out)-1]
				}
				out = append(out, []int{a, i + len("本级")})
			}
		case r == '各' && strings.HasPrefix(para[i:], "各级行政机关"):
			out = append(out, []int{i, i + len("各级行政机关")})
		}
		i += sz
	}
	return out
}

func TestFindScopesMatchesByRune(t *testing.T) {
	pieces := []string{"全", "我", "本", "各", "级", "市", "县", "政府", "人民", "针对", "行政机关", "各级行政机关", "本级", "a", ",", "。", "1", "全市", "区"}
	seed := uint32(7)
	for range 2000 {
		var b strings.Builder
		for range 10 {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>16%uint32(len(pieces))])
		}
		para := b.String()
		// a long paragraph too, where indexText does not hand over to strings.Index
		long := strings.Repeat("公开信息，", 60) + para
		for _, p := range []string{para, long} {
			require.Equal(t, findScopesByRune(p), findScopes(p), p)
		}
	}
}

// TestTotalAfterOpener generates sentences whose count follows a total
// (共, 共计, 累计) after what opens the sentence — a date, a subject or a
// scope, with or without a comma between them — in both scripts, and
// requires the total to stay in the label, as at a clause's start.
func TestTotalAfterOpener(t *testing.T) {
	openers := []string{"2019年，全区", "全市", "我县", "本局", "2020年", "2021年度，我市"}
	for _, scr := range scriptsAndBreaks[:2] {
		for _, op := range openers {
			for _, total := range []string{"共", "共计", "累计"} {
				t.Run(scr.name+"/"+op+total, func(t *testing.T) {
					text := scr.do("概述如下。" + op + total + "主动公开政府信息418条。" + total + "回应公众关切6次。")
					rep, _ := Build(source.New(text), "")
					require.Len(t, rep.Stats, 2, text)
					assert.Equal(t, scr.do(total+"主动公开政府信息"), rep.Stats[0].Label, text)
					assert.Equal(t, scr.do(total+"回应公众关切"), rep.Stats[1].Label, text)
				})
			}
		}
	}
}

// TestScopeLen: scopeLen reads the word reScope anchored at the start
// matches, to its end, on every string of up to five pieces (scope
// words, their parts, every place, cut or followed by more text).
func TestScopeLen(t *testing.T) {
	reScopeAtStart := regexp.MustCompile(`^(?:` + reScope.String() + `)`)
	want := func(s string) int { return len(reScopeAtStart.FindString(s)) }
	pieces := []string{"针对", "市", "人民", "政府", "本级", "全", "我", "县", "盟", "乡", "各级行政机关", "各级", "，", "a", "共"}
	n, found := 0, 0
	strgen.Walk(pieces, 5, func(s string) {
		w := want(s)
		require.Equal(t, w, scopeLen(s), "%q", s)
		if w > 0 {
			found++
		}
		n++
	})
	require.Greater(t, found, 10000, "too few scopes to prove anything (%d of %d)", found, n)
	for _, place := range scopePlaces {
		for _, s := range []string{"全" + string(place), "我" + string(place) + "共", string(place) + "本级", "针对" + string(place) + "政府本级"} {
			assert.Equal(t, want(s), scopeLen(s), s)
		}
	}
	assert.Equal(t, len("针对市人民政府本级"), scopeLen("针对市人民政府本级申请共12件"))
	assert.Zero(t, scopeLen("针对市人民政府本"))
}
