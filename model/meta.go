package model

// Meta holds the elements of an official document defined by
// GB/T 9704-2012. A nil field was not found in the text.
type Meta struct {
	IssuerMark  *Field  `json:"issuer_mark,omitempty"`  // 发文机关标志, e.g. 苏州市人民政府办公室文件
	DocNumber   *Field  `json:"doc_number,omitempty"`   // 发文字号, normalised to 〔〕, e.g. 苏府办〔2017〕141号
	Title       *Field  `json:"title,omitempty"`        // 标题 of the notice itself
	Recipients  []Field `json:"recipients,omitempty"`   // 主送机关
	Issuer      *Field  `json:"issuer,omitempty"`       // 发文机关署名
	SignedDate  *Field  `json:"signed_date,omitempty"`  // 成文日期 as YYYY-MM-DD
	Publicity   *Field  `json:"publicity,omitempty"`    // 附注, e.g. 此件公开发布
	CC          []Field `json:"cc,omitempty"`           // 抄送机关
	PrintedBy   *Field  `json:"printed_by,omitempty"`   // 印发机关
	PrintedDate *Field  `json:"printed_date,omitempty"` // 印发日期 as YYYY-MM-DD
}
