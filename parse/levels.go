package parse

import (
	"slices"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
)

// Heading levels of a plan: a goal (一、), a task (（一）), an item (1.
// under a task) and a sub-item, which stays inside the item above it
// ((1) and ① under a 1. entry).
const (
	levelGoal    = 1
	levelTask    = 2
	levelItem    = 3
	levelSubItem = 4
)

// styleSet tells which ordinal styles a plan's paragraphs open with.
type styleSet [ord.NumStyles]bool

// styleLevels gives each ordinal style its heading level, 0 for a style
// that numbers no heading of the plan: a table rather than a map, read
// at every paragraph.
type styleLevels [ord.NumStyles]int

// singleStyle reports a plan whose paragraph headings use one ordinal
// style, so that their level was inferred, not read from a hierarchy of
// styles: not when that style heads the goals (一、, 第一部分) and table
// rows under them opened the tasks — prose sections around a 序号 table
// give two levels from two sources; nor when that style is 一、 read as
// tasks and every section names its units (a 纪要's decisions, a
// notice's numbered measures, each closed by its clause): 一、 is the
// highest numbering under a notice's title, so no level lies above it
// outside the text, and no section reads as a prose goal (总体目标,
// 保障措施) that the convention would keep a goal.
func (b *treeBuilder) singleStyle() bool {
	if b.levels.count() != 1 || b.levels[ord.CnDun] == levelTask && b.everyTaskNamesUnits() {
		return false
	}
	return !b.rowTasks || b.levels[ord.CnDun] != levelGoal && b.levels[ord.CnPart] != levelGoal
}

// everyTaskNamesUnits reports whether the plan has tasks and each of them
// has an item with units.
func (b *treeBuilder) everyTaskNamesUnits() bool {
	n := 0
	for _, g := range b.goals {
		for _, t := range g.tasks {
			if !slices.ContainsFunc(t.items, func(it *model.Item) bool { return len(it.Units) > 0 }) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// count returns how many styles number headings.
func (l *styleLevels) count() int {
	n := 0
	for _, level := range l {
		if level > 0 {
			n++
		}
	}
	return n
}

// headingLevels gives each ordinal style the document uses its level, by
// the conventions of Chinese official documents rather than by the order
// in which the styles first appear: 一、 is always a goal (第一部分 where
// there is no 一、) and （一） always a
// task (so an excerpt that starts at （一） keeps its tasks), as 任务一： is
// where there is no （一）; 1., 第一条 and
// paragraph-opening 一是 are tasks directly under 一、 (or the only level) and items under （一）; （1） and
// ① are sub-items, inside the item above them, wherever there are tasks,
// and tasks otherwise (the only level, or straight under 一、). With no 一、
// or （一） at all, 1. over （1） is the top level: 1. goals, （1） tasks; and
// 1 over 2.1 over 2.1.1 (decimal section numbers, which count only where
// there is no （一）) gives goals, tasks and items, its （1） entries inside
// them. Sub-items
// with unit clauses of their own still become items of their own, since
// units close items.
func headingLevels(seen styleSet) styleLevels {
	var levels styleLevels
	deepest := 0
	set := func(s ord.Style, l int) {
		levels[s] = l
		deepest = max(deepest, l)
	}
	if seen[ord.CnDun] {
		set(ord.CnDun, levelGoal)
	} else if seen[ord.CnPart] {
		// 第一部分 heads the plan's parts where no 一、 does; above 一、 it
		// divides the text, and its lines are no element (heading).
		set(ord.CnPart, levelGoal)
	}
	if seen[ord.CnParen] {
		set(ord.CnParen, levelTask)
	}
	if seen[ord.CnNamed] {
		// 任务一：… numbers the tasks where （一） does not; with （一）
		// under it and no 一、, the goals.
		switch {
		case !seen[ord.CnParen]:
			set(ord.CnNamed, levelTask)
		case levels[ord.CnDun] == 0 && levels[ord.CnPart] == 0:
			set(ord.CnNamed, levelGoal)
		}
	}
	tasks := levels[ord.CnParen] == levelTask || levels[ord.CnNamed] == levelTask
	if deepest == 0 && seen[ord.ArabicDot] && seen[ord.ArabicParen] && !seen[ord.Decimal] {
		// Without 一、 or （一）, 1. over （1） is the plan's top level
		// (where 2.1 sections stand under the 1 lines, they are the
		// levels, and （1） goes inside them).
		set(ord.ArabicDot, levelGoal)
		set(ord.ArabicParen, levelTask)
	}
	if seen[ord.Decimal] && !seen[ord.CnParen] {
		// 2 重点任务 / 2.1 完善… / 2.1.1 …: a number with a dot more is a
		// level deeper. Under 一、 with 1. tasks, 2.1 numbers their items.
		deep := levelTask
		if deepest == 0 && seen[ord.ArabicDot] {
			set(ord.ArabicDot, levelGoal)
		} else if deepest > 0 && seen[ord.ArabicDot] {
			deep = levelItem
		}
		set(ord.Decimal, deep)
		if seen[ord.Decimal3] {
			set(ord.Decimal3, deep+1)
		}
	}
	for _, s := range []ord.Style{ord.ArabicDot, ord.CnArticle, ord.CnShi} {
		if seen[s] && levels[s] == 0 {
			if tasks {
				set(s, levelItem)
			} else {
				set(s, levelTask)
			}
		}
	}
	for _, s := range []ord.Style{ord.ArabicParen, ord.Circled} {
		if seen[s] && levels[s] == 0 {
			if deepest >= levelTask {
				set(s, levelSubItem)
			} else {
				set(s, levelTask)
			}
		}
	}
	return levels
}

// articleLevels gives the levels of a text numbered by articles (第一条),
// no 一、 and no （一） before its first article: a regulation (…管理办法)
// or a list of entries (newTreeBuilder). Its
// chapters (第一章, read as ord.CnPart) are the goals, its articles the
// tasks, and the points an article enumerates (（一）, or 1. where there is
// no （一）) that article's items; anything deeper stays inside them.
func articleLevels(seen styleSet) styleLevels {
	var levels styleLevels
	if seen[ord.CnPart] {
		levels[ord.CnPart] = levelGoal
	}
	levels[ord.CnArticle] = levelTask
	point := ord.CnParen
	if !seen[ord.CnParen] {
		point = ord.ArabicDot
	}
	for _, s := range []ord.Style{ord.CnParen, ord.ArabicDot, ord.ArabicParen, ord.Circled} {
		if seen[s] {
			levels[s] = levelSubItem
		}
	}
	if seen[point] {
		levels[point] = levelItem
	}
	return levels
}
