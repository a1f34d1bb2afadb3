package parse

import (
	"regexp"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// leadRule matches a document-wide note such as
// 注：责任单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。
var leadRule = regexp.MustCompile(`(?:排在|列|排|列在|排名)第一(?:位|个)?的?(?:单位|單位|部门|部門)?(?:为|為|是)牵头(?:单位|單位|部门|部門)`)
var restCooperate = regexp.MustCompile(`其[他它余餘](?:单位|單位|部门|部門)?(?:为|為|是)(?:配合|协办|協辦)`)

// applyLeadRule applies a document-wide "the first unit listed leads" rule
// to every bare unit list of two or more units.
func applyLeadRule(text string, plan *model.Plan) {
	if plan == nil {
		return
	}
	// Run the rule's pattern only around each 第一, not over the whole text.
	found, rest := false, model.RoleResponsible
	for k := 0; ; {
		i := strings.Index(text[k:], "第一")
		if i < 0 {
			break
		}
		k += i
		win := text[max(0, k-24):min(len(text), k+120)]
		if leadRule.MatchString(win) {
			found = true
			if restCooperate.MatchString(win) {
				rest = model.RoleCooperate
			}
			break
		}
		k += len("第一")
	}
	if !found {
		return
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
