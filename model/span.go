package model

// Span locates an extracted element in the decoded UTF-8 text of the input.
// Start and End are byte offsets (End exclusive); Line is the 1-based line
// number of Start. The zero Span means "no position".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
}

// IsZero reports whether s carries no position.
func (s Span) IsZero() bool { return s == Span{} }

// Field is a metadata value together with the span it was read from. Value
// may be normalised (a date as YYYY-MM-DD, a 发文字号 with 〔〕 brackets);
// the span always points at the text as written.
type Field struct {
	Value string `json:"value"`
	Span  Span   `json:"span"`
}
