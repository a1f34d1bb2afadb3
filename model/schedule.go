package model

// DeadlineKind tells how a deadline bounds an item in time.
type DeadlineKind string

// The deadline kinds.
const (
	DeadlineDate     DeadlineKind = "date"     // done by a day (年底前, 6月底前): End
	DeadlinePeriod   DeadlineKind = "period"   // done within dates (第三季度, 下半年, 年内, 3月至6月): Start and End
	DeadlineDuration DeadlineKind = "duration" // done within an amount of time of an event (20个工作日内): Duration
	DeadlineOngoing  DeadlineKind = "ongoing"  // no end (长期坚持, 持续推进, 即日起): Start when known
)

// Deadline is a time limit an item states, in its text or in a 时限 column.
// Start and End are YYYY-MM-DD, resolved against the plan's year when the
// text gives no year of its own; they are empty when they cannot be known.
type Deadline struct {
	Kind     DeadlineKind `json:"kind"`
	Start    string       `json:"start,omitempty"`
	End      string       `json:"end,omitempty"`
	Duration *Duration    `json:"duration,omitempty"`
	Text     string       `json:"text"` // the phrase as written, e.g. 年底前
	Span     Span         `json:"span"`
}

// TimeUnit is the unit of a Duration.
type TimeUnit string

// The time units.
const (
	UnitHour    TimeUnit = "hour"
	UnitDay     TimeUnit = "day"
	UnitWorkday TimeUnit = "workday" // 工作日
	UnitWeek    TimeUnit = "week"
	UnitMonth   TimeUnit = "month"
	UnitYear    TimeUnit = "year"
)

// Duration is an amount of time: 20个工作日 is {20, workday}.
type Duration struct {
	Value int      `json:"value"`
	Unit  TimeUnit `json:"unit"`
}

// Every is how often an item's work recurs.
type Every string

// The frequencies.
const (
	EveryDay        Every = "daily"      // 每日, 每天
	EveryWeek       Every = "weekly"     // 每周
	EveryMonth      Every = "monthly"    // 每月, 按月
	EveryQuarter    Every = "quarterly"  // 每季度, 按季
	EveryHalfYear   Every = "semiannual" // 每半年
	EveryYear       Every = "annual"     // 每年
	EveryRegularly  Every = "regular"    // 定期
	EveryContinuous Every = "continuous" // 长期, 持续, 常态化
)

// Frequency is how often an item's work recurs, with the phrase that says so.
type Frequency struct {
	Every Every  `json:"every"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
}

// TargetOp compares an achieved quantity with a target's value.
type TargetOp string

// The target comparisons.
const (
	TargetAtLeast  TargetOp = "at_least"  // 80%以上, 不少于5个, 至少1次, 达到
	TargetAtMost   TargetOp = "at_most"   // 控制在3%以内, 不超过
	TargetMoreThan TargetOp = "more_than" // 超过, 高于
	TargetLessThan TargetOp = "less_than" // 低于, 少于
	TargetEqual    TargetOp = "equal"     // a bare 100%
	TargetAbout    TargetOp = "about"     // 6%左右
)

// Target is a quantitative target an item states: 80%以上 is
// {at_least, 80, "%"}.
type Target struct {
	Op    TargetOp `json:"op"`
	Value float64  `json:"value"`
	Unit  string   `json:"unit,omitempty"` // %, 个, 次 … as written (simplified)
	Text  string   `json:"text"`
	Span  Span     `json:"span"`
}
