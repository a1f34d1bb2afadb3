package eval

import (
	"fmt"
	"strings"
)

// compareStats matches report statistics as a multiset: a gold stat
// matches the first unused parsed stat with the same label (white space
// dropped) and the same value. A matched stat whose unit differs is
// listed as a miss at level "stat-unit" but still counts as a match: the
// unit is a property of the count, the count is what is scored.
func (s *Score) compareStats(gold, got []GoldStat) {
	s.Stats.Gold += len(gold)
	s.Stats.Got += len(got)
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return squeeze(gold[i].Label) == squeeze(got[j].Label) && gold[i].Value == got[j].Value
	})
	for i, j := range pair {
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "stat", Gold: statString(gold[i])})
			continue
		}
		s.Stats.Match++
		if unitOf(gold[i]) != unitOf(got[j]) {
			s.Misses = append(s.Misses, Miss{Level: "stat-unit", Path: gold[i].Label, Gold: orNone(unitOf(gold[i])), Got: orNone(unitOf(got[j]))})
		}
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "stat", Got: statString(got[j])})
		}
	}
}

func unitOf(st GoldStat) string {
	if st.Unit == nil {
		return ""
	}
	return strings.TrimSpace(*st.Unit)
}

func statString(st GoldStat) string {
	return fmt.Sprintf("%s = %g%s", st.Label, st.Value, unitOf(st))
}

// compareSections scores the section headings of an annual report: the
// gold lists them as goals (一、) and tasks (（一）), the parser as
// report sections of level 1 and 2. A level-2 heading matches only under
// its matched level-1 heading, as tasks do under goals.
func (s *Score) compareSections(gold, got []GoldGoal) {
	for _, g := range gold {
		s.Sections.Gold += 1 + len(g.Tasks)
	}
	for _, g := range got {
		s.Sections.Got += 1 + len(g.Tasks)
	}
	pair, used := match(len(gold), len(got), func(i, j int) bool {
		return sameNo(gold[i].No, got[j].No) && squeeze(gold[i].Title) == squeeze(got[j].Title)
	})
	for i, j := range pair {
		if j < 0 {
			s.Misses = append(s.Misses, Miss{Level: "section", Gold: label(gold[i].No, gold[i].Title) + below(gold[i].Tasks)})
			continue
		}
		s.Sections.Match++
		sub, subUsed := match(len(gold[i].Tasks), len(got[j].Tasks), func(a, b int) bool {
			return sameNo(gold[i].Tasks[a].No, got[j].Tasks[b].No) && squeeze(gold[i].Tasks[a].Title) == squeeze(got[j].Tasks[b].Title)
		})
		path := label(gold[i].No, gold[i].Title)
		for a, b := range sub {
			if b < 0 {
				s.Misses = append(s.Misses, Miss{Level: "section", Path: path, Gold: label(gold[i].Tasks[a].No, gold[i].Tasks[a].Title)})
				continue
			}
			s.Sections.Match++
		}
		for b, u := range subUsed {
			if !u {
				s.Misses = append(s.Misses, Miss{Level: "section", Path: path, Got: label(got[j].Tasks[b].No, got[j].Tasks[b].Title)})
			}
		}
	}
	for j, u := range used {
		if !u {
			s.Misses = append(s.Misses, Miss{Level: "section", Got: label(got[j].No, got[j].Title) + below(got[j].Tasks)})
		}
	}
}
