package quality

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// maxMarksText bounds the text searched for the marks of a plan: they
// stand near its start.
const maxMarksText = 64 << 10

// planMarks are signs in the text itself that it holds a plan, whatever
// the tree made of it: heading ordinals and unit labels, found anywhere
// (a page that lost its line breaks has them in mid-line).
type planMarks struct {
	headings   bool // 一、 with 二、 or （一）, or （一） with （二）
	unitLabels int  // 责任单位, 牵头单位 … occurrences
}

// headingPairs are pairs of ordinals that, both present, mark headings.
var headingPairs = [][2]string{{"一、", "二、"}, {"一、", "（一）"}, {"（一）", "（二）"}, {"一、", "(一)"}, {"(一)", "(二)"}}

// unitLabels introduce the responsible units of an item: role.UnitLabels
// save those that also name something else outside a plan (notLabels).
var unitLabels = slices.DeleteFunc(role.Words(role.UnitLabels), func(l string) bool { return slices.Contains(notLabels, l) })

// notLabels are unit labels that name something else in running text
// as often: the site's owner and operator in a portal's footer (主办单位：
// 某市某局, 承办单位：某中心), a plan's own title (…重要工作事项责任分工,
// 部门分工方案), and words of prose (明确参与部门, a meeting's 参加单位,
// 项目实施单位, 压实责任主体, 落实单位). Counted, they read a footer, a title or a regulation's
// prose as a plan's unit labels (a portal regulation naming 参与部门 four
// times was sent to review for units it never assigns).
var notLabels = []string{"主办单位", "承办单位", "责任分工", "部门分工", "参与单位", "参与部门", "参加单位", "参加部门", "实施单位", "落实单位", "责任主体"}

// labelTails are the last two runes of the unit labels (单位, 部门, 处室):
// marksOf searches the text for them, fewer and rarer than the labels'
// first characters, and counts the labels that end there.
var labelTails = func() []string {
	var out []string
	for _, l := range unitLabels {
		r := []rune(l)
		if t := string(r[len(r)-2:]); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}()

// marksOf reads the marks of a plan in text (folded to simplified script).
// Each occurrence of a tail counts one label at most (牵头责任单位 ends
// with 责任单位 too).
func marksOf(t docText) planMarks {
	text := t.fold(t.s[:min(len(t.s), maxMarksText)])
	var m planMarks
	// Each ordinal is searched for once, however many pairs it is in (一、
	// is in three, and a text without it is read to its end).
	var seen [8]struct {
		ordinal string
		in      bool
	}
	n := 0
	has := func(ordinal string) bool {
		for _, s := range seen[:n] {
			if s.ordinal == ordinal {
				return s.in
			}
		}
		in := source.Contains(text, ordinal)
		seen[n].ordinal, seen[n].in = ordinal, in
		n++
		return in
	}
	for _, p := range headingPairs {
		if has(p[0]) && has(p[1]) {
			m.headings = true
			break
		}
	}
	for _, tail := range labelTails {
		for at := 0; ; {
			k := source.Index(text[at:], tail)
			if k < 0 {
				break
			}
			at += k + len(tail)
			for _, l := range unitLabels {
				if strings.HasSuffix(text[:at], l) {
					m.unitLabels++
					break // 牵头责任单位 is one label, not two
				}
			}
		}
	}
	return m
}

// marks reads the text's marks of a plan once.
func (a *assessor) marks() planMarks {
	if a.planMarks == nil {
		m := marksOf(textOf(a.ev))
		a.planMarks = &m
	}
	return *a.planMarks
}
