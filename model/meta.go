package model

// Meta holds the elements of an official document defined by
// GB/T 9704-2012. A nil field was not found in the text.
//
// Issuer and Issuers: Issuer is the 发文机关署名 as one field (joint
// authorities joined with 、), kept for readers of the single-issuer form;
// Issuers lists each authority on its own with its own span, so a joint
// notice (国务院办公厅、中央军委办公厅) gives two entries.
type Meta struct {
	IssuerMark  *Field     `json:"issuer_mark,omitempty"`  // 发文机关标志, e.g. 某市人民政府办公室文件
	DocNumber   *Field     `json:"doc_number,omitempty"`   // 发文字号, normalised to 〔〕, e.g. 某府办〔2017〕141号
	Title       *Field     `json:"title,omitempty"`        // 标题: issuing authority + subject + 文种, joined across lines
	DocType     *Field     `json:"doc_type,omitempty"`     // 文种 ending the title, simplified: 通知, 意见, 批复, 复函 …
	IssuedTitle *Field     `json:"issued_title,omitempty"` // title of the document the notice issues or forwards (印发《X》)
	Recipients  []Field    `json:"recipients,omitempty"`   // 主送机关
	Issuer      *Field     `json:"issuer,omitempty"`       // 发文机关署名 (joint issuers joined with 、)
	Issuers     []Field    `json:"issuers,omitempty"`      // each issuing authority
	SignedDate  *Field     `json:"signed_date,omitempty"`  // 成文日期 as YYYY-MM-DD
	Publicity   *Field     `json:"publicity,omitempty"`    // 附注, e.g. 此件公开发布
	CC          []Field    `json:"cc,omitempty"`           // 抄送机关
	PrintedBy   *Field     `json:"printed_by,omitempty"`   // 印发机关
	PrintedDate *Field     `json:"printed_date,omitempty"` // 印发日期 as YYYY-MM-DD
	Portal      *PortalBox `json:"portal,omitempty"`       // the publishing portal's metadata box, when the page has one
}

// PortalBox is the metadata box a government portal prints above a
// notice (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期).
// It is the publisher's evidence, read apart from the notice's own header;
// where the two disagree the document carries a WarnMetaConflict warning.
type PortalBox struct {
	IndexNo       *Field  `json:"index_no,omitempty"`       // 索引号
	Category      *Field  `json:"category,omitempty"`       // 主题分类
	Issuers       []Field `json:"issuers,omitempty"`        // 发文机关, one entry per authority
	Publisher     *Field  `json:"publisher,omitempty"`      // 发布机构: who published the page, not always the issuer
	SignedDate    *Field  `json:"signed_date,omitempty"`    // 成文日期 as YYYY-MM-DD
	Title         *Field  `json:"title,omitempty"`          // 标题
	DocNumber     *Field  `json:"doc_number,omitempty"`     // 发文字号
	PublishedDate *Field  `json:"published_date,omitempty"` // 发布日期 as YYYY-MM-DD (not the signed date)
}
