package eval

import (
	"fmt"
)

// Counts tallies one level of the tree: elements in the gold, elements the
// parser produced, and how many of them matched.
type Counts struct {
	Gold, Got, Match int
}

// Add returns the sum of c and d (micro-averaging).
func (c Counts) Add(d Counts) Counts {
	return Counts{c.Gold + d.Gold, c.Got + d.Got, c.Match + d.Match}
}

// Precision is Match/Got; 1 when nothing was produced and nothing was due,
// 0 when nothing was produced but something was due.
func (c Counts) Precision() float64 { return ratio(c.Match, c.Got, c.Gold) }

// Recall is Match/Gold; 1 when nothing was due and nothing was produced,
// 0 when something was produced but nothing was due.
func (c Counts) Recall() float64 { return ratio(c.Match, c.Gold, c.Got) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(match, of, other int) float64 {
	if of == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return float64(match) / float64(of)
}

// The scored metadata fields, indexes into Score.Meta and Score.MetaExact.
const (
	DocNumber = iota
	Issuer
	SignedDate
	PlanTitle
	numMeta
)

// MetaNames are the gold names of the metadata fields, by index.
var MetaNames = [numMeta]string{"doc_number", "issuer", "signed_date", "plan_title"}

// Score is the comparison of one or more parsed documents with their gold.
// Scores of several documents add up with Add (micro-averaging).
type Score struct {
	Docs                              int
	Goals, Tasks, Items, Units, Roles Counts
	// Stats counts report statistics (label and value); Sections the
	// section headings of annual reports (levels 1 and 2).
	Stats, Sections Counts
	// Meta counts each field as a retrieval problem: Gold is 1 when the gold
	// has a value, Got when the parser gave one, Match when they agree.
	Meta [numMeta]Counts
	// MetaExact counts documents whose field agrees with the gold, an absent
	// value agreeing with an absent one.
	MetaExact [numMeta]int
	// KindRight counts documents whose kind agrees with the gold.
	KindRight int
	// Misses lists every disagreement, in tree order.
	Misses []Miss
}

// Add returns the micro-averaged sum of s and t, misses concatenated.
func (s Score) Add(t Score) Score {
	r := Score{
		Docs:      s.Docs + t.Docs,
		Goals:     s.Goals.Add(t.Goals),
		Tasks:     s.Tasks.Add(t.Tasks),
		Items:     s.Items.Add(t.Items),
		Units:     s.Units.Add(t.Units),
		Roles:     s.Roles.Add(t.Roles),
		Stats:     s.Stats.Add(t.Stats),
		Sections:  s.Sections.Add(t.Sections),
		KindRight: s.KindRight + t.KindRight,
	}
	for i := range r.Meta {
		r.Meta[i] = s.Meta[i].Add(t.Meta[i])
		r.MetaExact[i] = s.MetaExact[i] + t.MetaExact[i]
	}
	r.Misses = append(append([]Miss(nil), s.Misses...), t.Misses...)
	return r
}

// Miss is one disagreement between gold and parse. Gold is empty for
// something the parser produced that the gold lacks (an extra); Got is
// empty for something the gold has that the parser missed.
type Miss struct {
	Level string // goal, task, item, unit, role, stat, stat-unit, section, meta:FIELD, kind
	Path  string // where in the tree, e.g. 一「推进简政放权」/ 1「按时接住…」
	Gold  string
	Got   string
}

// String formats the miss for a listing.
func (m Miss) String() string {
	var s string
	switch {
	case m.Got == "":
		s = fmt.Sprintf("%-16s missing %s", m.Level, m.Gold)
	case m.Gold == "":
		s = fmt.Sprintf("%-16s extra   %s", m.Level, m.Got)
	default:
		s = fmt.Sprintf("%-16s gold %s | got %s", m.Level, m.Gold, m.Got)
	}
	if m.Path != "" {
		s += "  @ " + m.Path
	}
	return s
}

// Structure pools the tree levels (goals, tasks, items, units, roles) and
// report sections into one count: the structure F1 of the corpus.
func (s Score) Structure() Counts {
	return s.Goals.Add(s.Tasks).Add(s.Items).Add(s.Units).Add(s.Roles).Add(s.Sections)
}

// Perfect reports whether gold and parse agree everywhere.
func (s Score) Perfect() bool { return len(s.Misses) == 0 }
