package eval

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/zwgk/gongwen/model"
)

// Gold is an annotation in the corpus gold format. When it is built from a
// parsed Document (FromDocument), each item's Head holds the item's full text.
type Gold struct {
	Kind  string     `json:"kind"`
	Meta  GoldMeta   `json:"meta"`
	Goals []GoldGoal `json:"goals"`
	Stats []GoldStat `json:"stats"`
	// Sections holds the section headings of a parsed annual report in the
	// shape of goals (level 1) and tasks (level 2). It is filled by
	// FromDocument only; in a gold file a report's headings are its goals.
	Sections []GoldGoal `json:"-"`
}

// GoldMeta holds the four scored metadata fields; nil means absent.
type GoldMeta struct {
	DocNumber  *string `json:"doc_number"`
	Issuer     *string `json:"issuer"`
	SignedDate *string `json:"signed_date"`
	PlanTitle  *string `json:"plan_title"`
}

// GoldGoal is a first-level heading.
type GoldGoal struct {
	No    string     `json:"no"`
	Title string     `json:"title"`
	Tasks []GoldTask `json:"tasks"`
}

// GoldTask is a second-level heading.
type GoldTask struct {
	No    string     `json:"no"`
	Title string     `json:"title"`
	Items []GoldItem `json:"items"`
}

// GoldItem is a separately attributed piece of content, known by its head
// (the first 15 characters of its content).
type GoldItem struct {
	Head  string     `json:"head"`
	Units []GoldUnit `json:"units"`
}

// GoldUnit is a responsible unit with its role (lead, cooperate,
// participate, responsible).
type GoldUnit struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// GoldStat is a count stated by an annual report, scored on label and
// value (Compare).
type GoldStat struct {
	Label string  `json:"label"`
	Value float64 `json:"value"`
	Unit  *string `json:"unit"`
}

// LoadGold reads a gold annotation from a JSON file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// FromDocument maps a parsed Document to the gold shape. Item heads are the
// items' full texts; Compare cuts them to the gold head's length. Fields the
// parser left nil stay nil. The goals are those of every plan (a notice
// attaching several, 附件1, 附件2 …) in text order; plan_title is the
// first plan's.
func FromDocument(doc *model.Document) *Gold {
	g := &Gold{Kind: string(doc.Kind), Goals: []GoldGoal{}, Stats: []GoldStat{}}
	m := doc.Meta
	g.Meta.DocNumber = fieldValue(m.DocNumber)
	g.Meta.Issuer = fieldValue(m.Issuer)
	g.Meta.SignedDate = fieldValue(m.SignedDate)
	switch {
	case doc.Plan != nil && doc.Plan.Title != nil:
		g.Meta.PlanTitle = fieldValue(doc.Plan.Title)
	case doc.Report != nil && doc.Report.Title != "":
		t := doc.Report.Title
		g.Meta.PlanTitle = &t
	case doc.Meta.IssuedTitle != nil:
		// A notice issuing a plan whose body is not in the text.
		g.Meta.PlanTitle = fieldValue(doc.Meta.IssuedTitle)
	}
	for _, plan := range doc.AllPlans() {
		for _, goal := range plan.Goals {
			gg := GoldGoal{No: goal.No, Title: goal.Title, Tasks: []GoldTask{}}
			for _, task := range goal.Tasks {
				gt := GoldTask{No: task.No, Title: task.Title, Items: []GoldItem{}}
				for _, it := range task.Items {
					gi := GoldItem{Head: it.Text, Units: []GoldUnit{}}
					for _, u := range it.Units {
						gi.Units = append(gi.Units, GoldUnit{Name: u.Name, Role: string(u.Role)})
					}
					gt.Items = append(gt.Items, gi)
				}
				gg.Tasks = append(gg.Tasks, gt)
			}
			g.Goals = append(g.Goals, gg)
		}
	}
	if doc.Report != nil {
		for _, sec := range doc.Report.Sections {
			switch {
			case sec.Level == 1:
				g.Sections = append(g.Sections, GoldGoal{No: sec.No, Title: sec.Heading, Tasks: []GoldTask{}})
			case sec.Level == 2 && len(g.Sections) > 0:
				last := &g.Sections[len(g.Sections)-1]
				last.Tasks = append(last.Tasks, GoldTask{No: sec.No, Title: sec.Heading})
			}
		}
		for _, s := range doc.Report.Stats {
			gs := GoldStat{Label: s.Label, Value: s.Value}
			if s.Unit != "" {
				u := s.Unit
				gs.Unit = &u
			}
			g.Stats = append(g.Stats, gs)
		}
	}
	return g
}

func fieldValue(f *model.Field) *string {
	if f == nil {
		return nil
	}
	v := f.Value
	return &v
}
