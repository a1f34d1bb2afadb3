package model

// Plan is the work plan attached to a notice (工作要点, 实施方案, 任务分工).
type Plan struct {
	Title    *Field  `json:"title,omitempty"`    // e.g. 某市2017年政务公开工作要点实施方案
	Year     int     `json:"year,omitempty"`     // the year the plan is for, 0 if unknown
	Preamble *Field  `json:"preamble,omitempty"` // 总体要求 text before the first goal
	Goals    []Goal  `json:"goals"`
	Closing  []Field `json:"closing,omitempty"` // paragraphs after the last task
}

// Goal is a first-level heading (一、).
type Goal struct {
	ID    string `json:"id"`
	No    string `json:"no"`    // ordinal as written, without punctuation: 一, 十二, 3; "" for an implicit goal
	Index int    `json:"index"` // integer value of No, 0 when No is ""
	Title string `json:"title"`
	Span  Span   `json:"span"`
	// Text is the goal's own prose when it has no tasks under it
	// (a 总体要求 or 工作目标 section), so no text of the plan is lost.
	Text  *Field `json:"text,omitempty"`
	Tasks []Task `json:"tasks"`
	// Flags are the Reason* codes of doubts about this goal.
	Flags []string `json:"flags,omitempty"`
}

// Task is a second-level heading (（一）, or 1. directly under a goal).
type Task struct {
	ID       string    `json:"id"`
	No       string    `json:"no"`
	Index    int       `json:"index"`
	Title    string    `json:"title"`
	Span     Span      `json:"span"`
	Items    []Item    `json:"items"`
	Keywords []Keyword `json:"keywords,omitempty"`
	// Flags are the Reason* codes of doubts about this task.
	Flags []string `json:"flags,omitempty"`
}

// Item is one separately attributed piece of content of a task: the text
// and the units responsible for it.
type Item struct {
	ID   string `json:"id"`
	No   string `json:"no,omitempty"` // its own ordinal (1., ①) when it has one
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Units are the responsible units, in the order written.
	Units []Unit `json:"units"`
	// UnitsText is the unit clause as written, e.g. 市人社局牵头落实.
	UnitsText string `json:"units_text,omitempty"`
	// UnitsSpan locates UnitsText; for inherited units it points at the
	// clause they were inherited from.
	UnitsSpan *Span `json:"units_span,omitempty"`
	// UnitsInherited is true when the item's own unit cell or clause was
	// empty and its units come from the merged cell or clause above.
	UnitsInherited bool `json:"units_inherited"`
	// Deadline is a 时限要求/完成时限 as written, when the plan states one.
	Deadline string `json:"deadline,omitempty"`
	// Deadlines are the time limits the item states, read from its text,
	// its unit clause and its 时限 column, in that order.
	Deadlines []Deadline `json:"deadlines,omitempty"`
	// Frequency is how often the item's work recurs, when it says so.
	Frequency *Frequency `json:"frequency,omitempty"`
	// Targets are the quantitative targets in the item's text.
	Targets []Target `json:"targets,omitempty"`
	// Flags are the Reason* codes of doubts about this item.
	Flags []string `json:"flags,omitempty"`
}

// Role is what a unit does for an item.
type Role string

// The roles.
const (
	RoleLead        Role = "lead"        // 牵头
	RoleCooperate   Role = "cooperate"   // 配合, 协助, 协同
	RoleParticipate Role = "participate" // 参与
	RoleResponsible Role = "responsible" // 负责, 落实, a bare 责任单位 list
)

// Unit is a responsible unit named for an item.
type Unit struct {
	Name string `json:"name"` // verbatim, e.g. 市人社局
	Role Role   `json:"role"`
	Span Span   `json:"span"`
	// Canonical is the unit's canonical name (市人社局 → 人力资源和社会保障局)
	// when the alias table knows it; filled when keywords are requested.
	Canonical string `json:"canonical,omitempty"`
	// Generic marks collective units such as 各有关部门.
	Generic bool `json:"generic,omitempty"`
	// Flags are the Reason* codes of doubts about this unit.
	Flags []string `json:"flags,omitempty"`
}
