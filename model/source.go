package model

// Source records where a Document came from and how it was read.
type Source struct {
	Name     string   `json:"name,omitempty"` // file name, or "" for in-memory input
	Format   Format   `json:"format"`         // the input format, one of the Format* constants
	Encoding Encoding `json:"encoding"`       // e.g. "utf-8", "gb18030", "big5", "utf-16le"; for a PDF, its font encoding
	Script   Script   `json:"script"`         // simplified or traditional
	Size     int      `json:"size"`           // bytes of decoded UTF-8 text
	// Text is the decoded UTF-8 text every span points into; it is kept
	// only when asked for (parse.WithSourceText) and never written to JSON.
	Text string `json:"-"`
}

// Format is an input format: recorded in Source.Format, and accepted by
// parse.WithFormat to skip sniffing.
type Format string

// The input formats.
const (
	FormatText Format = "text" // plain text in any supported encoding
	FormatHTML Format = "html" // a saved web page
	// FormatMHTML is a web archive (.mht, .mhtml: "Save as single file" in
	// a browser, MIME multipart/related): the HTML part is extracted and
	// read as FormatHTML would be, in the charset its MIME part declares.
	FormatMHTML Format = "mhtml"
	FormatDOCX  Format = "docx" // a Word 2007+ document
	FormatPDF   Format = "pdf"  // a PDF with a text layer
)

// Encoding is a text encoding: recorded in Source.Encoding, and accepted by
// parse.WithEncoding (which also takes any WHATWG label, e.g. "gb2312",
// "cp936") to skip detection.
type Encoding string

// The text encodings the detector tells apart.
const (
	EncodingUTF8    Encoding = "utf-8"
	EncodingUTF16LE Encoding = "utf-16le"
	EncodingUTF16BE Encoding = "utf-16be"
	EncodingGB18030 Encoding = "gb18030"
	EncodingGBK     Encoding = "gbk" // also GB2312, read as its superset GBK
	EncodingBig5    Encoding = "big5"
)
