package model

// roleLabels are the Chinese names of the roles, as a clerk writes them in
// a 任务分解表.
var roleLabels = map[Role]string{
	RoleLead:        "牵头",
	RoleCooperate:   "配合",
	RoleParticipate: "参与",
	RoleResponsible: "负责",
}

// Label returns the role's Chinese name (牵头, 配合, 参与, 负责), or the
// role itself when it is not one of the roles above.
func (r Role) Label() string {
	if l, ok := roleLabels[r]; ok {
		return l
	}
	return string(r)
}

// Roles returns the roles in their conventional order: lead, cooperate,
// participate, responsible.
func Roles() []Role { return []Role{RoleLead, RoleCooperate, RoleParticipate, RoleResponsible} }
