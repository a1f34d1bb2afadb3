package parse

import (
	"regexp"

	"github.com/zwgk/gongwen/model"
)

// leadRule matches a document-wide note such as
// 注：责任单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。
var leadRule = regexp.MustCompile(`(?:排在|列|排|列在|排名)第一(?:位|个)?的?(?:单位|單位|部门|部門)?(?:为|為|是)牵头(?:单位|單位|部门|部門)`)
var restCooperate = regexp.MustCompile(`其[他它余餘](?:单位|單位|部门|部門)?(?:为|為|是)(?:配合|协办|協辦)`)

// applyLeadRule applies a document-wide "the first unit listed leads" rule
// to every bare unit list of two or more units.
func applyLeadRule(text string, plan *model.Plan) {
	if plan == nil || !leadRule.MatchString(text) {
		return
	}
	rest := model.RoleResponsible
	if restCooperate.MatchString(text) {
		rest = model.RoleCooperate
	}
	for gi := range plan.Goals {
		for ti := range plan.Goals[gi].Tasks {
			items := plan.Goals[gi].Tasks[ti].Items
			for ii := range items {
				us := items[ii].Units
				if len(us) < 2 {
					continue
				}
				bare := true
				for _, u := range us {
					if u.Role != model.RoleResponsible {
						bare = false
					}
				}
				if !bare {
					continue
				}
				us[0].Role = model.RoleLead
				for k := 1; k < len(us); k++ {
					us[k].Role = rest
				}
			}
		}
	}
}
