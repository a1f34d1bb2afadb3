package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// meetingNotice writes a meeting notice whose 一、 headings run on after a
// colon (colon), each line opened by indent, with a 回执 form attached
// after the signature: its header row alone (rows left as blank lines, or
// as rows of empty cells when emptyRows) in the rendering row.
func meetingNotice(colon, indent string, row func(cells []string) string, emptyRows bool) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line("某市人民政府办公室关于召开全市政务服务工作推进会的通知")
	line("某政办字〔2019〕11号")
	line("各县（市、区）人民政府，市政府各部门：")
	line(indent + "经市政府同意，定于近期召开全市政务服务工作推进会。现将有关事项通知如下：")
	line(indent + "一、会议时间" + colon + "2019年5月8日上午9:00，会期半天。")
	line(indent + "二、会议地点" + colon + "市行政中心三楼会议室。")
	line(indent + "三、参会人员" + colon + "各县（市、区）分管负责同志，市政府各部门分管负责同志。")
	line(indent + "四、有关要求")
	line(indent + "（一）请于5月6日前将回执报市政府办公室。")
	line(indent + "（二）会议期间请将手机调至静音状态。")
	line("附件：参会回执")
	line("某市人民政府办公室")
	line("2019年4月30日")
	line("附件")
	line("参会回执")
	line("单位（盖章）：")
	line(row([]string{"姓名", "职务", "联系电话"}))
	for range 3 {
		if emptyRows {
			line(row([]string{"", "", ""}))
		} else {
			line(strings.Repeat(" ", 6))
		}
	}
	return b.String()
}

// TestMeetingNoticeColonGoals requires a meeting notice whose 一、 headings
// run on after a colon to be a notice whose goals are titled by the words
// before the colon (as a section title stops there), and the 回执 form
// after its signature to be neither its plan nor its content, in every
// writing: colon widths, indents, tab and pipe forms, blank or empty rows,
// simplified and traditional.
func TestMeetingNoticeColonGoals(t *testing.T) {
	want := []string{"G 一 会议时间", "G 二 会议地点", "G 三 参会人员", "G 四 有关要求",
		"  T 一 请于5月6日前将回执报市政府办公室", "    I 请于5月6日前将回执报市政府办公室。 |  | ",
		"  T 二 会议期间请将手机调至静音状态", "    I 会议期间请将手机调至静音状态。 |  | "}
	rows := map[string]func([]string) string{
		"tab":  func(c []string) string { return strings.Join(c, "\t") },
		"pipe": func(c []string) string { return "| " + strings.Join(c, " | ") + " |" },
	}
	for _, colon := range []string{"：", ":", "： "} {
		for _, indent := range []string{"", "\u3000\u3000"} {
			for rname, row := range rows {
				for _, emptyRows := range []bool{false, true} {
					for _, trad := range []bool{false, true} {
						text := meetingNotice(colon, indent, row, emptyRows)
						if trad {
							text = toTraditional(text)
						}
						label := fmt.Sprintf("colon=%q indent=%q row=%s empty=%v trad=%v", colon, indent, rname, emptyRows, trad)
						doc, err := Text(text)
						require.NoError(t, err, label)
						assert.Equal(t, model.KindNotice, doc.Kind, label)
						assert.Nil(t, doc.Plan.Title, label)
						assert.Equal(t, want, treeOf(doc), label)
					}
				}
			}
		}
	}
}

// TestColonTitle is the table of colonTitle: a short title before a colon
// and content after it splits there; a time, a long or punctuated phrase,
// a colon after the first 。 or with nothing after it does not.
func TestColonTitle(t *testing.T) {
	for _, c := range []struct {
		in, title, content string
	}{
		{"会议时间：2019年5月8日上午9:00。", "会议时间", "2019年5月8日上午9:00。"},
		{"会议地点: 市行政中心。", "会议地点", "市行政中心。"},
		{"會議內容：通報考核結果。", "會議內容", "通報考核結果。"},
		{"上午9:00在三楼开会。", "", ""},
		{"加强组织领导。各单位要明确：专人负责。", "", ""},
		{"各乡镇、各部门要求：按时报送。", "", ""},
		{"请各单位认真组织本单位人员参加培训：", "", ""},
		{"参会人员：", "", ""},
	} {
		title, content, ok := colonTitle(source.New(c.in).At(0, len(c.in)))
		assert.Equal(t, c.title != "", ok, c.in)
		assert.Equal(t, c.title, title.S, c.in)
		assert.Equal(t, c.content, content.S, c.in)
	}
}

// TestMeetingNoticeColonTasks requires （一） headings that run on after a
// colon (（一）会议时间：…) to be titled by the words before it, their
// content the task's one item, in both colon widths and scripts; a task
// whose colon follows a unit label stays a clause.
func TestMeetingNoticeColonTasks(t *testing.T) {
	for _, colon := range []string{"：", ":", "： "} {
		for _, trad := range []bool{false, true} {
			text := "某县人民政府办公室关于召开全县安全生产工作会议的通知\n某政办字〔2019〕11号\n各乡镇人民政府，县政府各部门：\n" +
				"经县政府同意，定于近期召开全县安全生产工作会议。现将有关事项通知如下：\n一、会议安排\n" +
				"（一）会议时间" + colon + "2019年5月8日上午9:00，会期半天。\n（二）会议地点" + colon + "县行政中心三楼会议室。\n" +
				"二、有关要求\n请于5月6日前将参会人员名单报县政府办公室。\n某县人民政府办公室\n2019年4月30日\n"
			if trad {
				text = toTraditional(text)
			}
			label := fmt.Sprintf("colon=%q trad=%v", colon, trad)
			doc, err := Text(text)
			require.NoError(t, err, label)
			assert.Equal(t, model.KindNotice, doc.Kind, label)
			assert.Equal(t, []string{"G 一 会议安排",
				"  T 一 会议时间", "    I 2019年5月8日上午9:00，会期半天。 |  | ",
				"  T 二 会议地点", "    I 县行政中心三楼会议室。 |  | ",
				"G 二 有关要求"}, treeOf(doc), label)
		}
	}
	doc, err := Text("一、重点任务\n（一）推进公开。公布决策目录。（牵头单位：县司法局）\n（二）牵头单位：县财政局。公开预决算。\n")
	require.NoError(t, err)
	assert.NotContains(t, treeOf(doc), "  T 二 牵头单位")
}
