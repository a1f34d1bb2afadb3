package model

// Citation is a document the notice cites in its body: 《title》, with the
// document number that follows it when there is one
// (《关于…的通知》（某府办〔2017〕5号）). The notice's own number and the
// plans it issues are not citations.
type Citation struct {
	Title     string `json:"title"`                // the title without 《》, as written
	DocNumber string `json:"doc_number,omitempty"` // the 发文字号 with 〔〕 brackets
	Span      Span   `json:"span"`                 // the 《title》 and its number as written
}
