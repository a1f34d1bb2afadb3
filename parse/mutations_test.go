package parse

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/segment"
)

// This file damages a notice the way real archives damage them; the
// harness that parses the damaged texts and counts what Quality says of
// them is mutation_flags_test.go.

// mutBase is an undamaged notice whose parse equals its gold: the decoded
// text, its gold, its parse, and the plan region (from the line after the
// plan title, or the first element's line, to the end of the last
// element's line).
type mutBase struct {
	name       string
	text       string
	gold       *eval.Gold
	doc        *model.Document
	start, end int
}

// region is the text of the plan region.
func (b *mutBase) region() string { return b.text[b.start:b.end] }

// variant is a damaged text and the gold it should still give. noOrdinals
// compares without the ordinals (the damage changed or removed them);
// absent lists words the damage added that a right parse leaves out of
// every task's title and item's text (the gold compares an item's head
// only).
type variant struct {
	text       string
	want       *eval.Gold
	noOrdinals bool
	absent     []string // words the damage put in that no title or text of a right parse holds
}

// mutation is one kind of damage. apply returns ok false when the notice
// has nothing it damages (no table, no unit clause in brackets …).
type mutation struct {
	name  string
	apply func(b *mutBase, rng *rand.Rand, other *mutBase) (variant, bool)
}

var mutations = []mutation{
	{"none", func(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
		return variant{text: b.text, want: b.gold}, true
	}},
	{"lines joined", mutJoined},
	{"header row dropped", mutHeaderDropped},
	{"cells run together", mutCellsTogether},
	{"truncated in plan", mutTruncated},
	{"ordinals stripped", mutOrdinalsStripped},
	{"ordinals restyled", mutOrdinalsRestyled},
	{"unit brackets lost", mutBracketsLost},
	{"block moved to end", mutBlockToEnd},
	{"second plan glued", mutSecondGlued},
	{"traditional script", mutTraditional},
	{"page furniture", mutFurniture},
	{"footer glued", mutFooterGlued},
	{"unit conjoined", mutUnitConjoined},
}

// mutRegion finds the plan region of a parsed text (see mutBase).
func mutRegion(doc *model.Document, text string) (start, end int, ok bool) {
	first, last := len(text), 0
	see := func(sp model.Span) {
		if sp.End > sp.Start && sp.End <= len(text) {
			first, last = min(first, sp.Start), max(last, sp.End)
		}
	}
	plans := doc.AllPlans()
	for _, p := range plans {
		for _, g := range p.Goals {
			see(g.Span)
			for _, t := range g.Tasks {
				see(t.Span)
				for _, it := range t.Items {
					see(it.Span)
					for _, u := range it.Units {
						see(u.Span)
					}
				}
			}
		}
	}
	if first >= last {
		return 0, 0, false
	}
	start = lineStart(text, first)
	if len(plans) > 0 && plans[0].Title != nil && plans[0].Title.Span.End <= first && lineEnd(text, plans[0].Title.Span.End) < first {
		start = lineEnd(text, plans[0].Title.Span.End)
		if start < first {
			start++
		} else {
			start = lineStart(text, first)
		}
	}
	return start, lineEnd(text, last), true
}

func lineStart(text string, at int) int { return strings.LastIndexByte(text[:at], '\n') + 1 }

func lineEnd(text string, at int) int {
	if k := strings.IndexByte(text[at:], '\n'); k >= 0 {
		return at + k
	}
	return len(text)
}

// replaceRegion returns the base text with the plan region replaced.
func (b *mutBase) replaceRegion(region string) string {
	return b.text[:b.start] + region + b.text[b.end:]
}

func mutJoined(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	r := strings.ReplaceAll(strings.ReplaceAll(b.region(), "\r", ""), "\n", "")
	return variant{text: b.replaceRegion(r), want: b.gold}, strings.Contains(b.region(), "\n")
}

// columnWords name a plan table's columns.
var columnWords = []string{"序号", "工作任务", "重点任务", "主要任务", "具体任务", "任务内容", "工作内容", "具体内容", "工作措施",
	"具体措施", "主要内容", "责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门", "配合部门", "协办单位", "完成时限",
	"时限要求", "完成时间", "时间节点", "责任领导", "备注", "目标任务", "工作目标", "主要举措", "进展情况"}

var (
	tagRE    = regexp.MustCompile(`<[^>]*>`)
	spaceRun = regexp.MustCompile(`[ \x{3000}\x{a0}]{2,}`)
)

// cells splits a line into its non-empty cells: at tabs, bars and runs of
// two or more spaces.
func cells(line string) []string {
	line = tagRE.ReplaceAllString(line, "\t")
	f := strings.FieldsFunc(line, func(r rune) bool { return r == '\t' || r == '|' || r == '｜' })
	var out []string
	for _, c := range f {
		for _, p := range spaceRun.Split(c, -1) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// columnWord tells whether a cell names a column.
func columnWord(c string) bool {
	c = strings.ReplaceAll(segment.ToSimplified(c), " ", "")
	if utf8.RuneCountInString(c) > 8 {
		return false
	}
	for _, w := range columnWords {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// headerLine tells whether the line is a table header (several cells, two
// or more naming columns) or one cell of a header lost to one cell per
// line (single).
func headerLine(line string) (header, single bool) {
	cs := cells(line)
	n := 0
	for _, c := range cs {
		if columnWord(c) {
			n++
		} else if utf8.RuneCountInString(c) > 10 {
			return false, false
		}
	}
	return len(cs) >= 2 && n >= 2, len(cs) == 1 && n == 1
}

func mutHeaderDropped(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	for i := range lines {
		header, single := headerLine(lines[i])
		if !header && !single {
			continue
		}
		j, singles := i, 0 // the run of header lines, blank lines between them
		for ; j < len(lines); j++ {
			h, s := headerLine(lines[j])
			if strings.TrimSpace(lines[j]) != "" && !h && !s {
				break
			}
			if s {
				singles++
			}
		}
		if !header && singles < 2 {
			continue
		}
		r := strings.Join(lines[:i], "") + strings.Join(lines[j:], "")
		return variant{text: b.replaceRegion(r), want: b.gold, absent: personCells(b, lines[i], lines[j:])}, true
	}
	return variant{}, false
}

// personCells lists the cells, in the rows under a header line, of the
// columns it names for persons (责任人, 责任领导, 联系人) that the right
// parse holds in no title or text: once the header is lost, a parse
// holding one in a title or an item's text read the column as text.
func personCells(b *mutBase, header string, rows []string) []string {
	names := cells(header)
	var cols []int
	for k, c := range names {
		if strings.HasSuffix(c, "人") || strings.HasSuffix(c, "领导") {
			cols = append(cols, k)
		}
	}
	var out []string
	for _, l := range rows {
		cs := cells(l)
		if len(cs) != len(names) {
			continue
		}
		for _, k := range cols {
			if w := cs[k]; !slices.Contains(out, w) && !holdsAny(b.doc, []string{w}) {
				out = append(out, w)
			}
		}
	}
	return out
}

func mutCellsTogether(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	changed := 0
	for i, l := range lines {
		if cs := cells(l); len(cs) >= 3 && !strings.Contains(l, "<") {
			nl := ""
			if strings.HasSuffix(l, "\n") {
				nl = "\n"
			}
			lines[i] = strings.Join(cs, "") + nl
			changed++
		}
	}
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, changed > 0
}

// mutTruncated cuts the text inside an item of the plan's later part, at
// least 22 runes into it. The gold is the undamaged parse restricted to
// what stands before the cut.
func mutTruncated(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	type cand struct{ start, end int }
	var cs []cand
	for _, p := range b.doc.AllPlans() {
		for _, g := range p.Goals {
			for _, t := range g.Tasks {
				for _, it := range t.Items {
					if it.Span.End <= len(b.text) && utf8.RuneCountInString(b.text[it.Span.Start:it.Span.End]) >= 32 {
						cs = append(cs, cand{it.Span.Start, it.Span.End})
					}
				}
			}
		}
	}
	if len(cs) < 2 {
		return variant{}, false
	}
	c := cs[len(cs)/3+rng.IntN(len(cs)-len(cs)/3)]
	span := []rune(b.text[c.start:c.end])
	keep := 22 + rng.IntN(len(span)-26)
	cut := c.start + len(string(span[:keep]))
	return variant{text: b.text[:cut], want: restricted(b.doc, cut)}, true
}

// restricted is the gold shape of doc keeping what stands before cut:
// goals, tasks and items starting before it (implicit ones when they keep
// a child), units ending before it; item heads are cut to the gold's 15
// runes.
func restricted(doc *model.Document, cut int) *eval.Gold {
	g := &eval.Gold{Kind: string(doc.Kind)}
	before := func(sp model.Span) bool { return sp.Start < cut }
	for _, p := range doc.AllPlans() {
		for _, goal := range p.Goals {
			gg := eval.GoldGoal{No: goal.No, Title: goal.Title}
			for _, task := range goal.Tasks {
				gt := eval.GoldTask{No: task.No, Title: task.Title}
				for _, it := range task.Items {
					if !before(it.Span) {
						continue
					}
					gi := eval.GoldItem{Head: string([]rune(strings.TrimSpace(it.Text))[:min(15, utf8.RuneCountInString(strings.TrimSpace(it.Text)))])}
					for _, u := range it.Units {
						if u.Span.End <= cut {
							gi.Units = append(gi.Units, eval.GoldUnit{Name: u.Name, Role: string(u.Role)})
						}
					}
					gt.Items = append(gt.Items, gi)
				}
				if (task.Span.End > task.Span.Start && before(task.Span)) || len(gt.Items) > 0 {
					gg.Tasks = append(gg.Tasks, gt)
				}
			}
			if (goal.Span.End > goal.Span.Start && before(goal.Span)) || len(gg.Tasks) > 0 {
				g.Goals = append(g.Goals, gg)
			}
		}
	}
	return g
}

// ordinalAt finds the heading ordinal written at the start of a heading
// span (after white space): its offset and length, or -1.
func ordinalAt(text string, sp model.Span, no string) (int, int) {
	if no == "" || sp.End <= sp.Start || sp.End > len(text) {
		return -1, 0
	}
	at := sp.Start
	for at < sp.End {
		r, n := utf8.DecodeRuneInString(text[at:])
		if r != ' ' && r != '\u3000' && r != '\t' && r != '#' {
			break
		}
		at += n
	}
	for _, f := range []string{no + "、", no + "．", no + ".", "（" + no + "）", "(" + no + ")", "第" + no + "，", no + "是"} {
		if strings.HasPrefix(text[at:], f) {
			return at, len(f)
		}
	}
	return -1, 0
}

// headingOrdinals lists the written ordinals of the goals and tasks, in
// text order, as [offset, length] pairs.
func headingOrdinals(b *mutBase) [][2]int {
	var out [][2]int
	add := func(sp model.Span, no string) {
		if at, n := ordinalAt(b.text, sp, no); at >= 0 && at >= b.start && at < b.end {
			out = append(out, [2]int{at, n})
		}
	}
	for _, p := range b.doc.AllPlans() {
		for _, g := range p.Goals {
			add(g.Span, g.No)
			for _, t := range g.Tasks {
				add(t.Span, t.No)
			}
		}
	}
	return out
}

// rewriteOrdinals replaces each ordinal with what f makes of it, from the
// last one back so that offsets hold.
func rewriteOrdinals(b *mutBase, f func(string) string) (string, int) {
	ords := headingOrdinals(b)
	text := b.text
	for i := len(ords) - 1; i >= 0; i-- {
		o := ords[i]
		text = text[:o[0]] + f(text[o[0]:o[0]+o[1]]) + text[o[0]+o[1]:]
	}
	return text, len(ords)
}

// mutOrdinalsStripped removes the ordinals of the goals and tasks. A
// notice that is neither a work plan nor a report (a 通报, a meeting's
// notice: kind other) is left out: its gold's goals are the notice's own
// headings, which name no unit, and stripped of their ordinals they leave
// plain lines and prose — no plan a parse could read wrong, and nothing a
// reader could tell a heading by.
func mutOrdinalsStripped(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	if k := model.Kind(b.gold.Kind); k != model.KindWorkPlan && k != model.KindAnnualReport {
		return variant{}, false
	}
	text, n := rewriteOrdinals(b, func(string) string { return "" })
	return variant{text: text, want: b.gold, noOrdinals: true}, n >= 2
}

// restyles write an ordinal in another style: punctuation lost, brackets
// half lost, Chinese numerals written in Arabic digits.
var restyles = []*strings.Replacer{
	strings.NewReplacer("、", " ", "（", "", "(", ""),
	strings.NewReplacer("、", "．", "（", "(", "）", ")"),
	strings.NewReplacer("十一", "11", "十二", "12", "十三", "13", "十", "10", "一", "1", "二", "2", "三", "3", "四", "4",
		"五", "5", "六", "6", "七", "7", "八", "8", "九", "9"),
}

func mutOrdinalsRestyled(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	r := restyles[rng.IntN(len(restyles))]
	text, n := rewriteOrdinals(b, r.Replace)
	return variant{text: text, want: b.gold, noOrdinals: true}, n >= 2 && text != b.text
}

// unitBracket is a bracket around a unit clause.
var unitBracket = regexp.MustCompile(`[（(【\[]([^（）()【】\[\]\n]{0,80}?(?:单位|部门|牵头|配合|负责|落实|協|牽頭|負責|單位)[^（）()【】\[\]\n]{0,80}?)[）)】\]]`)

func mutBracketsLost(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	r := unitBracket.ReplaceAllString(b.region(), "$1")
	return variant{text: b.replaceRegion(r), want: b.gold}, r != b.region()
}

func mutBlockToEnd(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	if len(lines) < 9 {
		return variant{}, false
	}
	from := len(lines)/3 + rng.IntN(len(lines)-len(lines)/3-3)
	n := min(3+rng.IntN(6), len(lines)-from-1)
	block := strings.Join(lines[from:from+n], "")
	rest := strings.Join(lines[:from], "") + strings.Join(lines[from+n:], "")
	return variant{text: b.text[:b.start] + rest + b.text[b.end:] + "\n" + block, want: b.gold}, strings.TrimSpace(block) != ""
}

func mutSecondGlued(b *mutBase, _ *rand.Rand, other *mutBase) (variant, bool) {
	if other == nil || other == b {
		return variant{}, false
	}
	want := *b.gold
	want.Goals = append(append([]eval.GoldGoal(nil), b.gold.Goals...), other.gold.Goals...)
	// The second plan comes with its title, when it has one: a table glued
	// under a prose goal without it would be that goal's own.
	from := other.start
	if t := other.doc.AllPlans()[0].Title; t != nil && t.Span.End <= other.start {
		from = lineStart(other.text, t.Span.Start)
	}
	return variant{text: b.text[:b.end] + "\n\n" + other.text[from:other.end] + "\n" + b.text[b.end:], want: &want}, true
}

func mutTraditional(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	t := toTraditional(b.text)
	return variant{text: t, want: b.gold}, t != b.text
}

// furniture are lines a page prints around a notice's text.
var furniture = []string{"- 3 -", "— 12 —", "第 2 页 共 6 页", "打印本页　关闭窗口", "【字体：大 中 小】", "分享到：",
	"http://www.example.gov.cn/art/2021/3/5/art_1_123.html", "2021/3/5 上午10:12", "PAGE 4", "－7－"}

func mutFurniture(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	if len(lines) < 3 {
		return variant{}, false
	}
	for k := 0; k < 3; k++ {
		i := 1 + rng.IntN(len(lines)-1)
		if !strings.HasSuffix(lines[i-1], "\n") {
			continue
		}
		lines = append(lines[:i], append([]string{furniture[rng.IntN(len(furniture))] + "\n"}, lines[i:]...)...)
	}
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, true
}

// mutFooterGlued glues a portal's footer (footer_label_test.go's
// footers: closing furniture and footer lines, or footer lines alone)
// right under the plan's last line, no blank line between them: a page
// saved without its layout. The gold is unchanged: a footer is no part of
// the plan.
func mutFooterGlued(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	f := footers[rng.IntN(len(footers))]
	return variant{text: b.text[:b.end] + "\n" + f + b.text[b.end:], want: b.gold}, true
}

// foldGold folds a gold's titles, heads and names to simplified script.
func foldGold(g *eval.Gold) {
	for gi := range g.Goals {
		goal := &g.Goals[gi]
		goal.Title = segment.ToSimplified(goal.Title)
		for ti := range goal.Tasks {
			task := &goal.Tasks[ti]
			task.Title = segment.ToSimplified(task.Title)
			for ii := range task.Items {
				it := &task.Items[ii]
				it.Head = segment.ToSimplified(it.Head)
				for ui := range it.Units {
					it.Units[ui].Name = segment.ToSimplified(it.Units[ui].Name)
				}
			}
		}
	}
}

// foldedGold is a copy of g folded to simplified script.
func foldedGold(g *eval.Gold) *eval.Gold {
	out := copyGold(g)
	foldGold(out)
	return out
}

// copyGold copies a gold's goals, tasks, items and units, so that a
// mutation may change them without touching the gold they came from.
func copyGold(g *eval.Gold) *eval.Gold {
	out := *g
	out.Goals = slices.Clone(g.Goals)
	for gi := range out.Goals {
		goal := &out.Goals[gi]
		goal.Tasks = slices.Clone(goal.Tasks)
		for ti := range goal.Tasks {
			task := &goal.Tasks[ti]
			task.Items = slices.Clone(task.Items)
			for ii := range task.Items {
				task.Items[ii].Units = slices.Clone(task.Items[ii].Units)
			}
		}
	}
	return &out
}

// withoutOrdinals copies a gold's goals and tasks with their ordinals blank.
func withoutOrdinals(g *eval.Gold) *eval.Gold {
	out := copyGold(g)
	for gi := range out.Goals {
		out.Goals[gi].No = ""
		for ti := range out.Goals[gi].Tasks {
			out.Goals[gi].Tasks[ti].No = ""
		}
	}
	return out
}

// conjoinedFillers are second halves of the joint names government bodies
// carry (教育和体育局, 人力资源和社会保障局, 住房和城乡建设局).
var conjoinedFillers = []string{"体育", "社会保障", "城乡建设", "信息化", "旅游"}

// conjoinedEnds are the endings of the names mutUnitConjoined widens: the
// one-character ones joint names close with.
var conjoinedEnds = []string{"局", "委", "办", "厅"}

// mutUnitConjoined renames one unit of the plan, everywhere in the plan
// region and the gold, into a joint name with an inner 和 (县教育局 →
// 县教育和体育局), as many bodies are named: a reader that parts units at
// 和 splits it in two. A name also found in a title or head is left
// alone (a head's first fifteen characters would move).
func mutUnitConjoined(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	region := b.region()
	var names []string
	inText := func(name string) bool {
		for _, g := range b.gold.Goals {
			if strings.Contains(g.Title, name) {
				return true
			}
			for _, t := range g.Tasks {
				if strings.Contains(t.Title, name) {
					return true
				}
				for _, it := range t.Items {
					if strings.Contains(it.Head, name) {
						return true
					}
				}
			}
		}
		return false
	}
	for _, g := range b.gold.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				for _, u := range it.Units {
					n := u.Name
					end := org.Ending(n)
					if !slices.Contains(conjoinedEnds, end) || org.IsGeneric(n) || strings.ContainsAny(n, "和及与、") || utf8.RuneCountInString(n) < 4 || !strings.HasSuffix(n, end) || slices.Contains(names, n) || !strings.Contains(region, n) || inText(n) {
						continue
					}
					names = append(names, n)
				}
			}
		}
	}
	if len(names) == 0 {
		return variant{}, false
	}
	name := names[rng.IntN(len(names))]
	end := org.Ending(name)
	joint := strings.TrimSuffix(name, end) + "和" + conjoinedFillers[rng.IntN(len(conjoinedFillers))] + end
	// Names holding the chosen one (县教育局 in 县教育局办公室) change with it.
	want := copyGold(b.gold)
	for _, g := range want.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				for ui := range it.Units {
					it.Units[ui].Name = strings.ReplaceAll(it.Units[ui].Name, name, joint)
				}
			}
		}
	}
	return variant{text: b.replaceRegion(strings.ReplaceAll(region, name, joint)), want: want}, true
}
