package segment

import (
	"sort"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// WorkloadRow counts, for one unit, the tasks it leads, cooperates on, takes part in, or is responsible for.
type WorkloadRow struct {
	Unit        string `json:"unit"`
	Lead        int    `json:"lead"`
	Cooperate   int    `json:"cooperate"`
	Participate int    `json:"participate"`
	Responsible int    `json:"responsible"`
}

// Total is the number of tasks the unit appears in, whatever its role.
func (r WorkloadRow) Total() int { return r.Lead + r.Cooperate + r.Participate + r.Responsible }

// Workload counts, over every plan of docs (Document.AllPlans), the tasks each unit leads,
// cooperates on, takes part in or is responsible for. Units are grouped by
// their canonical name when the alias table knows it (市人社局 and 人社局
// count as one), else by the name as written; a unit named several times
// in one task with the same role counts once for that task. It needs no
// dictionary: canonical names come from the embedded alias table only.
// Rows are sorted by total count, descending, then by name.
func Workload(docs ...*model.Document) []WorkloadRow {
	type key struct {
		unit string
		role model.Role
	}
	rows := map[string]*WorkloadRow{}
	for _, d := range docs {
		for _, p := range d.AllPlans() { // nil-safe; every attachment's plan
			for _, g := range p.Goals {
				for _, t := range g.Tasks {
					seen := map[key]bool{}
					for _, it := range t.Items {
						for _, u := range it.Units {
							name := u.Canonical
							if name == "" {
								name = Canonical(u.Name)
							}
							if name == "" {
								name = strings.TrimSpace(u.Name)
							}
							if name == "" {
								continue
							}
							k := key{name, u.Role}
							if seen[k] {
								continue
							}
							seen[k] = true
							r := rows[name]
							if r == nil {
								r = &WorkloadRow{Unit: name}
								rows[name] = r
							}
							switch u.Role {
							case model.RoleLead:
								r.Lead++
							case model.RoleCooperate:
								r.Cooperate++
							case model.RoleParticipate:
								r.Participate++
							default:
								r.Responsible++
							}
						}
					}
				}
			}
		}
	}
	out := make([]WorkloadRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := out[i].Total(), out[j].Total(); a != b {
			return a > b
		}
		return out[i].Unit < out[j].Unit
	})
	return out
}
