package model

// Report is a 政府信息公开工作年度报告: its sections and the statistics it
// states.
type Report struct {
	Title    string    `json:"title"`
	Year     int       `json:"year,omitempty"`
	Sections []Section `json:"sections"`
	Stats    []Stat    `json:"stats"`
}

// Section is a heading of the report and the span of its text.
type Section struct {
	No      string `json:"no"`
	Index   int    `json:"index"`
	Level   int    `json:"level"` // 1 for 一、, 2 for （一）, 3 for 1.
	Heading string `json:"heading"`
	Span    Span   `json:"span"` // the heading line
	Body    Span   `json:"body"` // the text up to the next heading of the same or a higher level
}

// Stat is one count the report states.
type Stat struct {
	Label string   `json:"label"`
	Value float64  `json:"value"`
	Unit  string   `json:"unit,omitempty"`
	Scope string   `json:"scope,omitempty"` // 全市, 市政府本级 …
	Path  []string `json:"path,omitempty"`  // e.g. ["申请来源", "公民"]
	Span  Span     `json:"span"`
}
