package eval

import (
	"fmt"
	"strings"
)

// Compare scores got (usually FromDocument of a parse) against gold.
func Compare(gold, got *Gold) Score {
	s := Score{Docs: 1}
	if sameKind(gold.Kind, got.Kind) {
		s.KindRight = 1
	} else {
		s.Misses = append(s.Misses, Miss{Level: "kind", Gold: gold.Kind, Got: orNone(got.Kind)})
	}
	s.compareMeta(&gold.Meta, &got.Meta)
	if gold.Kind == "annual_report" {
		// The corpus lists a report's section headings as goals and tasks
		// (batch 2); they are scored as sections, apart from the plan tree,
		// and any plan the parser produced for a report counts as extra.
		// A report gold with no headings at all is the first batch's
		// convention (sections not annotated), so its sections are not scored.
		s.compareGoals(nil, got.Goals)
		if len(gold.Goals) > 0 {
			s.compareSections(gold.Goals, got.Sections)
		}
	} else {
		s.compareGoals(gold.Goals, got.Goals)
	}
	s.compareStats(gold.Stats, got.Stats)
	return s
}

func orNone(v string) string {
	if v == "" {
		return "∅"
	}
	return v
}

func (s *Score) compareMeta(gold, got *GoldMeta) {
	pairs := [numMeta][2]*string{
		DocNumber:  {gold.DocNumber, got.DocNumber},
		Issuer:     {gold.Issuer, got.Issuer},
		SignedDate: {gold.SignedDate, got.SignedDate},
		PlanTitle:  {gold.PlanTitle, got.PlanTitle},
	}
	for i, p := range pairs {
		g, o := p[0], p[1]
		var c Counts
		if g != nil {
			c.Gold = 1
		}
		if o != nil {
			c.Got = 1
		}
		same := g == nil && o == nil
		if g != nil && o != nil {
			same = sameMeta(i, *g, *o)
			if same {
				c.Match = 1
			}
		}
		s.Meta[i] = c
		if same {
			s.MetaExact[i] = 1
			continue
		}
		s.Misses = append(s.Misses, Miss{Level: "meta:" + MetaNames[i], Gold: deref(g), Got: deref(o)})
	}
}

func sameMeta(field int, gold, got string) bool {
	switch field {
	case DocNumber:
		return sameDocNumber(gold, got)
	case SignedDate:
		return strings.TrimSpace(gold) == strings.TrimSpace(got)
	default:
		return squeeze(gold) == squeeze(got)
	}
}

func deref(p *string) string {
	if p == nil {
		return "∅"
	}
	if *p == "" {
		return `""`
	}
	return *p
}

// match pairs every gold element with the first unused produced element
// that eq accepts, and returns for each gold index the produced index or -1.
func match(nGold, nGot int, eq func(i, j int) bool) (pair []int, used []bool) {
	pair = make([]int, nGold)
	used = make([]bool, nGot)
	for i := range pair {
		pair[i] = -1
		for j := 0; j < nGot; j++ {
			if !used[j] && eq(i, j) {
				pair[i], used[j] = j, true
				break
			}
		}
	}
	return pair, used
}

func (s *Score) compareGoals(gold, got []GoldGoal) {
	s.Goals.Gold += len(gold)
	s.Goals.Got += len(got)
	for _, g := range gold {
		s.addBelowGoal(g, goldSide)
	}
	for _, g := range got {
		s.addBelowGoal(g, gotSide)
	}
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return sameNo(gold[i].No, got[j].No) && squeeze(gold[i].Title) == squeeze(got[j].Title)
	})
	for i, j := range pair {
		path := label(gold[i].No, gold[i].Title)
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "goal", Gold: path + below(gold[i].Tasks)})
			continue
		}
		s.Goals.Match++
		s.compareTasks(path, gold[i].Tasks, got[j].Tasks)
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "goal", Got: label(got[j].No, got[j].Title) + below(got[j].Tasks)})
		}
	}
}

// belowGoal counts the tasks, items and units under a goal.
func belowGoal(g GoldGoal) (tasks, items, units int) {
	tasks = len(g.Tasks)
	for _, t := range g.Tasks {
		items += len(t.Items)
		for _, it := range t.Items {
			units += len(it.Units)
		}
	}
	return tasks, items, units
}

// addBelowGoal adds the tasks, items and units under g to one side of the
// totals (gold or got, as side picks), matched or not; every unit has a
// role.
func (s *Score) addBelowGoal(g GoldGoal, side func(*Counts) *int) {
	tasks, items, units := belowGoal(g)
	*side(&s.Tasks) += tasks
	*side(&s.Items) += items
	*side(&s.Units) += units
	*side(&s.Roles) += units
}

// goldSide and gotSide pick a side of Counts for addBelowGoal.
func goldSide(c *Counts) *int { return &c.Gold }
func gotSide(c *Counts) *int  { return &c.Got }

func (s *Score) compareTasks(path string, gold, got []GoldTask) {
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return sameNo(gold[i].No, got[j].No) && squeeze(gold[i].Title) == squeeze(got[j].Title)
	})
	for i, j := range pair {
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "task", Path: path, Gold: label(gold[i].No, gold[i].Title) + belowTask(gold[i].Items)})
			continue
		}
		s.Tasks.Match++
		s.compareItems(path+" / "+label(gold[i].No, gold[i].Title), gold[i].Items, got[j].Items)
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "task", Path: path, Got: label(got[j].No, got[j].Title) + belowTask(got[j].Items)})
		}
	}
}

func (s *Score) compareItems(path string, gold, got []GoldItem) {
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return headMatches(gold[i].Head, got[j].Head)
	})
	for i, j := range pair {
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "item", Path: path, Gold: quote(gold[i].Head) + units(gold[i].Units)})
			continue
		}
		s.Items.Match++
		s.compareUnits(path+" / "+quote(short(gold[i].Head, 8)), gold[i].Units, got[j].Units)
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "item", Path: path, Got: quote(short(got[j].Head, 15)) + units(got[j].Units)})
		}
	}
}

func (s *Score) compareUnits(path string, gold, got []GoldUnit) {
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return squeeze(gold[i].Name) == squeeze(got[j].Name)
	})
	for i, j := range pair {
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "unit", Path: path, Gold: gold[i].Name + "(" + gold[i].Role + ")" + alongside(got)})
			continue
		}
		s.Units.Match++
		if gold[i].Role == got[j].Role {
			s.Roles.Match++
		} else {
			s.Misses = append(s.Misses, Miss{Level: "role", Path: path + " / " + gold[i].Name, Gold: gold[i].Role, Got: orNone(got[j].Role)})
		}
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "unit", Path: path, Got: got[j].Name + "(" + got[j].Role + ")"})
		}
	}
}

func label(no, title string) string {
	return no + "「" + short(title, 14) + "」"
}

func quote(s string) string { return "“" + s + "”" }

func below(tasks []GoldTask) string {
	n, items, units := len(tasks), 0, 0
	for _, t := range tasks {
		items += len(t.Items)
		for _, it := range t.Items {
			units += len(it.Units)
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d tasks, %d items, %d units)", n, items, units)
}

func belowTask(items []GoldItem) string {
	units := 0
	for _, it := range items {
		units += len(it.Units)
	}
	if len(items) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d items, %d units)", len(items), units)
}

func units(us []GoldUnit) string {
	if len(us) == 0 {
		return ""
	}
	parts := make([]string, len(us))
	for i, u := range us {
		parts[i] = u.Name + "(" + u.Role + ")"
	}
	return " [" + strings.Join(parts, "、") + "]"
}

// alongside shows the units the parser gave the item, to explain a miss.
func alongside(got []GoldUnit) string {
	if len(got) == 0 {
		return "; parser gave none"
	}
	return "; parser gave" + units(got)
}
