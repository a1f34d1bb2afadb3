package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlanTitleShortTailUnquoted: a plan title centred over two lines whose last
// line holds only a short tail (方案, 案, 要点) is read whole, whether the
// notice's own title (printed over lines, without 《》) names it or not, in
// either script, with the lines indented or not, a blank line or a page
// number between the notice and the plan, and CRLF line ends.
func TestPlanTitleShortTailUnquoted(t *testing.T) {
	const notice = `某省人民政府办公厅文件
某政办发〔2021〕7号
某省人民政府办公厅关于印发某省2021年高校毕业
生就业创业%s的通知
各市人民政府，省政府各部门：
经省人民政府同意，现印发给你们，请认真贯彻执行。
%s某省人民政府办公厅
%s2021年4月16日
%s
%s%s
%s%s
一、工作目标
全省高校毕业生就业率保持在95%%以上。
二、重点任务
（一）拓宽就业渠道。落实企业吸纳就业补贴政策。（省人力资源社会保障厅牵头，省财政厅配合）
（二）强化就业服务。开展专场招聘活动。（省教育厅负责）
`
	tails := []struct{ head, tail string }{
		{"某省2021年高校毕业生就业创业工作", "方案"},
		{"某省2021年高校毕业生就业创业工作方", "案"},
		{"某省2021年高校毕业生就业创业工作", "要点"},
		{"某省2021年高校毕业生就业创业", "行动计划"},
	}
	for _, tl := range tails {
		plan := tl.head + tl.tail
		kind := strings.TrimPrefix(plan, "某省2021年高校毕业生就业创业")
		for _, indent := range []string{"", "          "} {
			for _, gap := range []string{"", "\n\n", "\n\n             —1—\n"} {
				for _, trad := range []bool{false, true} {
					for _, crlf := range []bool{false, true} {
						name := fmt.Sprintf("%s/indent%d/gap%q/trad%v/crlf%v", tl.tail, len(indent), gap, trad, crlf)
						t.Run(name, func(t *testing.T) {
							text := fmt.Sprintf(notice, kind, indent, indent, gap, indent, tl.head, indent+indent, tl.tail)
							want := plan
							if trad {
								text, want = toTraditional(text), toTraditional(want)
							}
							if crlf {
								text = strings.ReplaceAll(text, "\n", "\r\n")
							}
							doc, err := Text(text)
							require.NoError(t, err)
							require.NotNil(t, doc.Plan)
							require.NotNil(t, doc.Plan.Title, "plan title lost")
							assert.Equal(t, want, doc.Plan.Title.Value)
							assert.Len(t, doc.Plan.Goals, 2)
						})
					}
				}
			}
		}
	}
}

// TestTitleTail: what a wrapped title may leave on its last line.
func TestTitleTail(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"方案", true},
		{"  案  ", true},
		{"作方案", true},
		{"工作方案", false},
		{"", false},
		{"一、", false},
		{"。", false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, titleTail(tt.s))
		})
	}
}

// TestIssuedPlanFromTitleOverLines: a notice that issues a plan without
// 《》 and whose plan bears no title line of its own names the plan in its
// own title, which is read whole however many lines it is printed over,
// in either script.
func TestIssuedPlanFromTitleOverLines(t *testing.T) {
	const plan = "某省2021年高校毕业生就业创业工作方案"
	title := "某省人民政府办公厅关于印发" + plan + "的通知"
	rs := []rune(title)
	for _, cuts := range [][]int{nil, {20}, {14, 28}, {len(rs) - 1}} {
		var b strings.Builder
		last := 0
		for _, c := range cuts {
			b.WriteString(string(rs[last:c]) + "\n")
			last = c
		}
		b.WriteString(string(rs[last:]))
		for _, trad := range []bool{false, true} {
			t.Run(fmt.Sprintf("cuts%v/trad%v", cuts, trad), func(t *testing.T) {
				text := "某省人民政府办公厅文件\n某政办发〔2021〕7号\n" + b.String() + "\n各市人民政府，省政府各部门：\n经省人民政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2021年4月16日\n\n一、工作目标\n全省高校毕业生就业率保持在95%以上。\n二、重点任务\n（一）拓宽就业渠道。落实企业吸纳就业补贴政策。（省人力资源社会保障厅牵头，省财政厅配合）\n"
				want := plan
				if trad {
					text, want = toTraditional(text), toTraditional(want)
				}
				doc, err := Text(text)
				require.NoError(t, err)
				require.NotNil(t, doc.Plan)
				require.NotNil(t, doc.Plan.Title, "plan title lost")
				assert.Equal(t, want, doc.Plan.Title.Value)
			})
		}
	}
}
