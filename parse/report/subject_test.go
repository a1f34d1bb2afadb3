package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// TestLabelStartsAtLastAdverbial generates prose counts from subjects,
// runs of adverbials and verb phrases, in both scripts, and requires the
// label to start at the last adverbial before the verb, or at the verb:
// the subject (an office, a unit, a place, a site) and every earlier
// adverbial are dropped.
func TestLabelStartsAtLastAdverbial(t *testing.T) {
	subjects := []string{"", "我局", "本单位", "某某区", "某某县", "学院", "各科室", "各委办局", "县政府门户网站", "某某街道", "市卫生健康委", "县政府办公室"}
	adverbials := [][]string{
		nil,
		{"共"},
		{"累计"},
		{"向社会"},
		{"对低保群众"},
		{"通过座谈会"},
		{"通过座谈会", "向社会"},
		{"通过座谈会", "共"},
		{"在意见征集期间", "共"},
		{"分两批", "共"},
		{"对低保群众", "累计"},
		{"新"},
	}
	verbs := []string{"主动公开政府信息", "发布政策解读", "确定信息联络员", "受理信息公开申请", "减免检索费用", "清理历史公开文件", "梳理公共服务事项"}
	n := 0
	for _, subj := range subjects {
		for _, advs := range adverbials {
			for _, verb := range verbs {
				last := ""
				if len(advs) > 0 {
					last = advs[len(advs)-1]
				}
				text := "2023年，" + subj
				for _, a := range advs {
					text += a
				}
				text += verb + "36条。"
				for _, sc := range bothScripts {
					rep, warns := Build(source.New(sc.do(text)), "")
					require.NotNil(t, rep)
					require.Len(t, rep.Stats, 1, "%s: %s", sc.name, text)
					assert.False(t, hasWarning(warns, model.WarnLabelDoubt), "%s: %s", sc.name, text)
					assert.Equal(t, sc.do(last+verb), rep.Stats[0].Label, "%s: %s", sc.name, text)
					n++
				}
			}
		}
	}
	require.Equal(t, len(subjects)*len(adverbials)*len(verbs)*2, n)
}

// TestTimeAfterSubject: a time word between a subject and its verb is the
// last adverbial and stays (市食药监局全年公开… → 全年公开…), with a total
// after it too (全年共公开…: a run of them); a date goes.
func TestTimeAfterSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"某某局全年公开行政处罚信息23件。", "全年公开行政处罚信息"},
		{"某某局年初公布诚信单位名单3份。", "年初公布诚信单位名单"},
		{"某某局全年共公开行政处罚信息23件。", "全年共公开行政处罚信息"},
		{"某某局2023年公开行政处罚信息23件。", "公开行政处罚信息"},
		{"我局全年公开行政处罚信息23件。", "全年公开行政处罚信息"},
		{"本学年共受理信息公开申请9件。", "本学年共受理信息公开申请"},
	}
	for _, tt := range tests {
		for _, text := range []string{tt.text, script.ToTraditional(tt.text)} {
			rep, _ := Build(source.New(text), "")
			require.Len(t, rep.Stats, 1, text)
			assert.Equal(t, simplify(tt.want), simplify(rep.Stats[0].Label), text)
		}
	}
}

// TestClauseOpeningAdverbialStays generates counts whose verb follows a time
// word (全年, 本年度 …), a total (共, 累计, 共计), 新增 or a run of them, at
// every kind of clause start (after ， 。 ； a line break, or the text's
// start), with and without a subject before the run, in both scripts, and
// requires the label to start at the run: it is the last adverbial before
// the verb. A date or a time opened by 到 before a total is no such word and
// goes; so does a time word before no verb of the reports.
func TestClauseOpeningAdverbialStays(t *testing.T) {
	runs := []string{"全年", "本年度", "今年", "本学年", "年初", "共", "累计", "共计", "新增", "全年共", "本年度新增", "今年累计"}
	starts := []string{"各项制度逐步健全，", "各项制度逐步健全。", "各项制度逐步健全；", "（二）制度建设\n", ""}
	subjects := []string{"", "我局", "某某街道", "县政府办公室"}
	verbs := []string{"清理行政规范性文件", "办理人大代表建议", "回应公众关切"}
	n := 0
	for _, run := range runs {
		for _, start := range starts {
			for _, subj := range subjects {
				for _, verb := range verbs {
					text := start + subj + run + verb + "12件。"
					for _, sc := range bothScripts {
						rep, warns := Build(source.New(sc.do(text)), "")
						require.Len(t, rep.Stats, 1, "%s: %q", sc.name, text)
						assert.Equal(t, sc.do(run+verb), rep.Stats[0].Label, "%s: %q", sc.name, text)
						assert.False(t, hasWarning(warns, model.WarnLabelDoubt), "%s: %q", sc.name, text)
						n++
					}
				}
			}
		}
	}
	require.Equal(t, len(runs)*len(starts)*len(subjects)*len(verbs)*2, n)
	for _, tt := range []struct{ text, want string }{
		{"各项制度逐步健全，2023年共清理行政规范性文件12件。", "共清理行政规范性文件"},
		{"某某区到年底累计回应公众关切12件。", "累计回应公众关切"},
		{"截至年底，共办理人大代表建议12件。", "共办理人大代表建议"},
		{"各项制度逐步健全，全年各类信息12件。", "各类信息"},
	} {
		for _, sc := range bothScripts {
			rep, _ := Build(source.New(sc.do(tt.text)), "")
			require.Len(t, rep.Stats, 1, "%s: %s", sc.name, tt.text)
			assert.Equal(t, sc.do(tt.want), rep.Stats[0].Label, "%s: %s", sc.name, tt.text)
		}
	}
}

// TestNoSubjectInLabel: words before a verb that are no subject stay — a
// breakdown by channel whose head is 数, applicants (企业申请), a clause
// of what is counted (不属于本校公开范围), a word holding 共 (公共服务事项).
func TestNoSubjectInLabel(t *testing.T) {
	tests := []struct{ text, want string }{
		{"其中政府网站公开政府信息数28条。", "政府网站公开政府信息数"},
		{"社会团体申请24件。", "社会团体申请"},
		{"不属于本校公开范围2件。", "不属于本校公开范围"},
		{"梳理公共服务事项300项。", "梳理公共服务事项"},
		{"受理信息公开申请共计29件。", "受理信息公开申请"},
	}
	for _, tt := range tests {
		rep, _ := Build(source.New(tt.text), "")
		require.Len(t, rep.Stats, 1, tt.text)
		assert.Equal(t, tt.want, rep.Stats[0].Label, tt.text)
	}
}

// TestLabelDoubt: a label keeping words before its verb that name no known
// subject and open no adverbial is doubtful and the reader says so, in
// both scripts; the right labels of the generated subjects and adverbials
// of TestLabelStartsAtLastAdverbial, and words that are part of what is
// counted, are not.
func TestLabelDoubt(t *testing.T) {
	unknown := []string{"县人大", "政务微信", "市政协", "某某发布微博", "某某热线", "县融媒"}
	verbs := []string{"主动公开政府信息", "发布政策解读", "受理群众来电", "开展业务培训"}
	for _, subj := range unknown {
		for _, verb := range verbs {
			for _, text := range []string{"2023年，" + subj + verb + "36条。", script.ToTraditional("2023年，" + subj + verb + "36条。")} {
				rep, warns := Build(source.New(text), "")
				require.Len(t, rep.Stats, 1, text)
				assert.True(t, hasWarning(warns, model.WarnLabelDoubt), text)
			}
		}
	}
	right := []string{
		"2023年，某某区主动公开政府信息36条。", "学院通过信息公开网主动公开信息312条。", "各处室确定信息员23名。",
		"依申请公开信息12条。", "其中政府网站公开政府信息数28条。", "法人或其他组织申请3件。", "同意部分公开3件。",
		"因政府信息公开申请引起行政复议2件。", "一年来组织新闻发布会45场。", "告知通过其他途径办理6件。",
		"对困难群众减免费用0.03万元。", "开展政务公开专题培训3次。",
		// The template's counted decisions (行政许可, 行政处罚, 行政强制) and
		// fees written as prose: their kind is what is counted.
		"行政许可处理决定36528件。", "行政处罚决定1642件。", "行政强制决定85件。", "行政许可办理决定216件。",
		"行政事业性收费清理项目12项。",
	}
	for _, text := range right {
		_, warns := Build(source.New(text), "")
		assert.False(t, hasWarning(warns, model.WarnLabelDoubt), text)
	}
}

func hasWarning(warns []model.Warning, code string) bool {
	for _, w := range warns {
		if w.Code == code {
			return true
		}
	}
	return false
}

// TestAccountNamedAsSubject: an account standing as the subject, its kind
// before its quoted name (政务新媒体“荷塘发布”发布信息…), goes from the
// label like any subject, in every quote style and both scripts — also
// when its name ends in the verb that follows it (X发布 发布…). Where a name
// ending in one verb meets another (X发布 推送…), the name's end is unknown
// once the quotes are folded away: the label stays whole and the reader
// says so.
func TestAccountNamedAsSubject(t *testing.T) {
	kinds := []string{"政务新媒体", "微信公众号", "官方微博", "政务客户端", "抖音号"}
	names := []string{"荷塘发布", "清风某某", "健康某某", "某某教育发布"}
	quotes := [][2]string{{"“", "”"}, {"「", "」"}, {"\"", "\""}, {"", ""}, {"『", "』"}}
	verbs := []string{"发布信息", "发布政策解读", "推送政务动态", "更新专栏信息"}
	n := 0
	for i, kind := range kinds {
		for j, name := range names {
			for k, verb := range verbs {
				q := quotes[(i+j+k)%len(quotes)]
				text := "区政府门户网站全年发布各类信息5380条，" + kind + q[0] + name + q[1] + verb + "1260条。"
				// every quote is gone from the norm: a name ending in 发布
				// before another verb has no known end
				unknown := strings.HasSuffix(name, "发布") && !strings.HasPrefix(verb, "发布")
				for _, sc := range bothScripts {
					rep, warns := Build(source.New(sc.do(text)), "")
					require.NotNil(t, rep)
					require.Len(t, rep.Stats, 2, "%s: %s", sc.name, text)
					if unknown {
						assert.True(t, hasWarning(warns, model.WarnLabelDoubt), "%s: %s", sc.name, text)
						continue
					}
					assert.Equal(t, sc.do(verb), rep.Stats[1].Label, "%s: %s", sc.name, text)
					assert.False(t, hasWarning(warns, model.WarnLabelDoubt), "%s: %s", sc.name, text)
					n++
				}
			}
		}
	}
	assert.Equal(t, 2*len(kinds)*(len(names)*len(verbs)-2*2), n, "every case read but the X发布 names before 推送 and 更新")
}

// TestListedSubjectDropped: a subject that lists bodies parted by 、
// (各科室、直属单位) goes like a single one, before 明确/指定 as before the
// other verbs of the reports; a list whose parts are no bodies is no
// subject (行政许可、行政处罚公开 keeps both).
func TestListedSubjectDropped(t *testing.T) {
	subjects := []string{"各科室、直属单位", "局机关各处室、各直属单位", "各镇、街道", "各乡镇、县直各部门", "各科室"}
	verbs := []string{"明确信息员", "指定信息联络员", "确定兼职信息员", "配备信息员"}
	starts := []string{"", "局办公室负责日常工作，", "2017年，"}
	n := 0
	for _, subj := range subjects {
		for _, verb := range verbs {
			for _, start := range starts {
				text := start + subj + verb + "24名。"
				for _, sc := range bothScripts {
					rep, _ := Build(source.New(sc.do(text)), "")
					require.Len(t, rep.Stats, 1, "%s: %s", sc.name, text)
					assert.Equal(t, sc.do(verb), rep.Stats[0].Label, "%s: %s", sc.name, text)
					n++
				}
			}
		}
	}
	require.Equal(t, len(subjects)*len(verbs)*len(starts)*2, n)
	for _, tt := range []struct{ text, want string }{
		{"行政许可、行政处罚公开信息36条。", "行政许可、行政处罚公开信息"},
		{"机构职能、政策法规类信息21条。", "机构职能、政策法规类信息"},
	} {
		rep, _ := Build(source.New(tt.text), "")
		require.Len(t, rep.Stats, 1, tt.text)
		assert.Equal(t, tt.want, rep.Stats[0].Label, tt.text)
	}
}
