package parse

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/docx"
	"github.com/zwgk/gongwen/parse/htmltext"
	"github.com/zwgk/gongwen/parse/textenc"
	"github.com/zwgk/gongwen/segment/script"
)

// inputConfig holds the options of the input readers.
type inputConfig struct {
	encoding string // explicit encoding, overriding detection and meta tags
	format   string // explicit format, overriding sniffing
	replace  bool   // replace invalid bytes instead of failing
}

// WithEncoding forces the text encoding (one of the model.Encoding*
// constants, or any WHATWG label such as "gb2312" or "cp936") instead of
// detecting it; for HTML it also overrides the page's charset meta tag.
func WithEncoding(enc model.Encoding) Option {
	return func(c *config) { c.input.encoding = string(enc) }
}

// WithFormat forces the input format (one of the model.Format* constants;
// the case is ignored, and "txt", "htm" and "mht" are accepted too)
// instead of sniffing it from the content and file name.
func WithFormat(format model.Format) Option {
	return func(c *config) { c.input.format = strings.ToLower(string(format)) }
}

// WithReplaceInvalid replaces bytes that are invalid in the encoding by
// U+FFFD (with a warning) instead of failing with ErrEncoding.
func WithReplaceInvalid() Option { return func(c *config) { c.input.replace = true } }

// decoded is the output of the input stage: UTF-8 text and where it came from.
type decoded struct {
	text     string
	source   model.Source
	warnings []model.Warning
	// surveyed: the text was read with script.Survey, which tells
	// whether its head is settled as simplified (simplified) and whether
	// no rune of it folds (settled); the input stage may, else finish does.
	surveyed, simplified, settled bool
}

// Formats the sniffer tells apart besides the supported ones.
const (
	formatLegacyWord = "doc" // OLE2 compound file: .doc, .wps
	formatRTF        = "rtf"
)

// encryptedPackage is the UTF-16LE name of the stream in which Office
// stores a password-protected .docx inside an OLE2 file.
var encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")

// decode turns raw bytes into UTF-8 text, choosing the reader by format.
func decode(data []byte, c *config) (*decoded, error) {
	format := c.input.format
	if format == "" {
		format = sniffFormat(c.name, data)
		d, err := decodeAs(format, data, c)
		if d != nil {
			d.warnings = append(formatMismatch(c.name, format), d.warnings...)
		}
		return d, err
	}
	return decodeAs(format, data, c)
}

// decodeAs decodes data as format.
func decodeAs(format string, data []byte, c *config) (*decoded, error) {
	switch format {
	case "pdf":
		return readPDF(data, c)
	case "docx":
		return readDOCX(data, c)
	case "html", "htm":
		return readHTML(data, "", c)
	case "mhtml", "mht":
		page, charset, err := htmltext.MHTMLPage(data)
		if err != nil {
			return nil, asReason(err, ErrMalformed)
		}
		d, err := readHTML(page, charset, c)
		if d != nil {
			d.source.Format = model.FormatMHTML
		}
		return d, err
	case "text", "txt", "":
		return decodeText(data, c)
	case formatLegacyWord:
		if bytes.Contains(data, encryptedPackage) {
			return nil, fmt.Errorf("%w: password-protected Office document (OLE2 EncryptedPackage); remove the password and save as .docx", ErrEncrypted)
		}
		return nil, fmt.Errorf("%w: legacy Word/WPS binary document (OLE2); unsupported: convert to .docx", ErrUnsupportedFormat)
	case formatRTF:
		return nil, fmt.Errorf("%w: RTF document; unsupported: convert to .docx", ErrUnsupportedFormat)
	default:
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedFormat, format)
	}
}

// extFormats are the formats that file-name extensions announce.
var extFormats = map[string]string{
	".txt": "text", ".pdf": "pdf",
	".doc": formatLegacyWord, ".wps": formatLegacyWord, ".dot": formatLegacyWord, ".wpt": formatLegacyWord,
	".docx": "docx", ".docm": "docx", ".dotx": "docx",
	".mht": "mhtml", ".mhtml": "mhtml",
	".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html", ".jsp": "html", ".asp": "html", ".aspx": "html", ".php": "html",
}

// sniffFormat guesses the input format from magic bytes, then markup at
// the start of the content, then the file name's extension. A .docx, .doc
// or .mht name wins over markup unless the content is a web page (a page
// saved as .doc is common on portals).
func sniffFormat(name string, data []byte) string {
	byExt := extFormats[strings.ToLower(filepath.Ext(name))]
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return formatLegacyWord
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return "docx" // docx reports a zip without a Word document as unsupported
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return formatRTF
	case htmltext.IsMHTML(head):
		return "mhtml"
	case byExt == "docx" || byExt == "mhtml":
		return byExt
	case looksLikeHTML(head):
		return "html"
	case byExt == formatLegacyWord || byExt == "html":
		return byExt
	}
	return "text"
}

// formatMismatch warns when the sniffed format is not the one the file
// name's extension announces; nil when they agree or the name has no
// known extension.
func formatMismatch(name, format string) []model.Warning {
	ext := strings.ToLower(filepath.Ext(name))
	want := extFormats[ext]
	if want == "" || want == format {
		return nil
	}
	return []model.Warning{{Code: model.WarnFormatMismatch, Message: fmt.Sprintf(
		"the content is %s although the file name ends in %s; it was read as %s", format, ext, format)}}
}

// htmlMarks are tags that, at the start of a file, mean HTML.
var htmlMarks = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<p ", "<div", "<table", "<br", "<?xml"}

// looksLikeHTML reports whether the first bytes are HTML markup: the first
// non-space character is '<' and an HTML tag follows within them. UTF-16
// pages are looked at through their BOM.
func looksLikeHTML(head []byte) bool {
	if enc := textenc.BOM(head); enc == textenc.UTF16LE || enc == textenc.UTF16BE {
		if res, err := textenc.Decode(head[:len(head)&^1], enc, true); err == nil {
			head = []byte(res.Text)
		}
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '<' {
		return false
	}
	lower := bytes.ToLower(trimmed)
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return bytes.Contains(lower, []byte("<html"))
	}
	for _, m := range htmlMarks {
		if bytes.Contains(lower, []byte(m)) {
			return true
		}
	}
	return false
}

// decodeText decodes plain text in the requested or detected encoding.
func decodeText(data []byte, c *config) (*decoded, error) {
	if c.input.encoding == "" {
		if d, ok := surveyedUTF8(data); ok {
			return d, nil
		}
	}
	return decodeDetected(data, c)
}

// surveyedUTF8 reads data that detection would take whole as UTF-8 — no
// byte order mark, no NUL byte (so nothing of UTF-16 or binary data),
// within the sample detection reads, and valid UTF-8 — into what
// decodeDetected gives it, string(data), in one pass: script.Survey checks
// the UTF-8 as it surveys the script, which finish would do next. Through
// detection, utf8.Valid read it first and the NULs were counted byte by
// byte (about 4 % of a batch of 2 KB notices).
func surveyedUTF8(data []byte) (*decoded, bool) {
	if len(data) > textenc.SampleSize || textenc.BOM(data) != "" || bytes.IndexByte(data, 0) >= 0 {
		return nil, false
	}
	text := string(data)
	valid, simplified, settled := script.Survey(text, scriptWindow)
	if !valid {
		return nil, false
	}
	return &decoded{text: text, source: model.Source{Format: model.FormatText, Encoding: model.EncodingUTF8},
		surveyed: true, simplified: simplified, settled: settled}, true
}

// decodeDetected is decodeText through textenc's detection when no
// encoding is requested.
func decodeDetected(data []byte, c *config) (*decoded, error) {
	enc := c.input.encoding
	how := "requested"
	if enc == "" {
		var valid bool
		enc, valid = textenc.DetectValid(data)
		how = "detected"
		if enc != textenc.UTF16LE && enc != textenc.UTF16BE && bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
			return nil, fmt.Errorf("%w: binary data (NUL bytes), not text", ErrUnsupportedFormat)
		}
		if valid { // detection read all of it as UTF-8: decoding would read it again
			return &decoded{text: string(data), source: model.Source{Format: model.FormatText, Encoding: model.EncodingUTF8}}, nil
		}
	}
	text, canon, warns, err := decodeBytes(data, enc, how, c)
	if err != nil {
		return nil, err
	}
	return &decoded{text: text, source: model.Source{Format: model.FormatText, Encoding: model.Encoding(canon)}, warnings: warns}, nil
}

// decodeBytes decodes data in enc, turning textenc's errors into *Error
// values with ErrEncoding that name the offset and how enc was chosen.
func decodeBytes(data []byte, enc, how string, c *config) (string, string, []model.Warning, error) {
	canon, ok := textenc.Canonical(enc)
	if !ok {
		return "", "", nil, fmt.Errorf("%w: unknown encoding %q (%s)", ErrEncoding, enc, how)
	}
	res, err := textenc.Decode(data, canon, c.input.replace)
	var ie *textenc.InvalidError
	switch {
	case errors.As(err, &ie):
		return "", "", nil, encodingError(c, ie, how)
	case err != nil:
		return "", "", nil, fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	var warns []model.Warning
	if res.Replaced > 0 {
		warns = append(warns, model.Warning{Code: model.WarnEncoding, Message: fmt.Sprintf(
			"%d invalid %s byte sequences replaced by U+FFFD, the first at byte offset %d", res.Replaced, canon, res.First)})
	}
	return res.Text, canon, warns, nil
}

// encodingError describes an invalid byte sequence.
func encodingError(c *config, ie *textenc.InvalidError, how string) error {
	reason := ie.Reason
	if reason == "" {
		reason = fmt.Sprintf("bytes % X are not valid %s", ie.Bytes, ie.Encoding)
	}
	return &Error{File: c.name, Offset: ie.Offset, Err: fmt.Errorf(
		"%w: %s (%s %s; WithEncoding chooses another, WithReplaceInvalid replaces)", ErrEncoding, reason, how, ie.Encoding)}
}

// readHTML decodes a saved web page and extracts the article text. The
// encoding is, in order: WithEncoding's, the BOM's, the charset of the
// web archive part the page came from (partCharset), the page's charset
// meta tag (checked against the bytes), or the detected one.
func readHTML(data []byte, partCharset string, c *config) (*decoded, error) {
	var warns []model.Warning
	enc, how := c.input.encoding, "requested"
	label, labelHow := partCharset, "declared by the web archive"
	if label == "" {
		label, labelHow = htmltext.MetaCharset(data), "declared by the page's meta tag"
	}
	if enc == "" {
		if bom := textenc.BOM(data); bom != "" {
			enc, how = bom, "byte order mark"
		} else if label != "" {
			canon, ok := textenc.Canonical(label)
			if !ok {
				warns = append(warns, model.Warning{Code: model.WarnEncoding, Message: fmt.Sprintf("unknown charset %q %s; encoding detected instead", label, labelHow)})
				enc, how = textenc.Detect(data), "detected"
			} else {
				if canon == textenc.UTF16LE || canon == textenc.UTF16BE {
					canon = textenc.UTF8 // a meta tag readable as ASCII is not UTF-16 (as browsers rule)
				}
				enc, how = canon, labelHow
				if err := checkDeclared(data, canon, labelHow, c); err != nil {
					return nil, err
				}
			}
		} else {
			enc, how = textenc.Detect(data), "detected"
		}
	}
	text, canon, w, err := extractPage(data, enc, how, c)
	if err != nil {
		return nil, err
	}
	warns = append(warns, w...)
	return &decoded{text: text, source: model.Source{Format: model.FormatHTML, Encoding: model.Encoding(canon)}, warnings: warns}, nil
}

// extractPage decodes a page in enc and extracts its article text. A page
// in valid UTF-8 is read in place, so that a large page is not held twice
// (raw and decoded) while it is parsed.
func extractPage(data []byte, enc, how string, c *config) (string, string, []model.Warning, error) {
	if canon, ok := textenc.Canonical(enc); ok && canon == textenc.UTF8 {
		if body := bytes.TrimPrefix(data, utf8BOM); utf8.Valid(body) {
			text, err := htmltext.ExtractBytes(body)
			if err != nil {
				return "", "", nil, asReason(err, ErrMalformed)
			}
			return text, canon, nil, nil
		}
	}
	page, canon, warns, err := decodeBytes(data, enc, how, c)
	if err != nil {
		return "", "", nil, err
	}
	text, err := htmltext.Extract(page)
	if err != nil {
		return "", "", nil, asReason(err, ErrMalformed)
	}
	return text, canon, warns, nil
}

// utf8BOM is the byte order mark a UTF-8 text may start with.
var utf8BOM = []byte("\xef\xbb\xbf")

// checkDeclared catches a page whose meta tag names the wrong charset:
// bytes invalid in it (unless replacing), or text that the detected
// encoding turns into much more plausible Chinese.
func checkDeclared(data []byte, declared, how string, c *config) error {
	if declared == textenc.UTF8 && utf8.Valid(data) {
		return nil // nothing to decode for the check (a copy of the page)
	}
	_, err := textenc.Decode(data, declared, false)
	var ie *textenc.InvalidError
	if errors.As(err, &ie) {
		if c.input.replace {
			return nil
		}
		return &Error{File: c.name, Offset: ie.Offset, Err: fmt.Errorf(
			"%w: charset %s %s, but bytes % X are not valid %s (the content looks like %s; WithEncoding overrides it)",
			ErrEncoding, declared, how, ie.Bytes, declared, textenc.Detect(data))}
	}
	if err != nil || declared == textenc.UTF8 {
		return nil
	}
	if ok, better := textenc.Plausible(data, declared); !ok {
		return &Error{File: c.name, Offset: -1, Err: fmt.Errorf(
			"%w: charset %s %s, but its text reads as %s (WithEncoding overrides it)",
			ErrEncoding, declared, how, better)}
	}
	return nil
}

// readDOCX extracts the text of a Word document.
func readDOCX(data []byte, c *config) (*decoded, error) {
	lim := docx.DefaultLimits
	if c.maxBytes < lim.MaxPart/4 {
		lim.MaxPart = 4 * c.maxBytes
	}
	text, err := docx.Extract(data, lim)
	if err != nil {
		return nil, asReason(err, ErrMalformed) // docx's errors wrap the shared reasons
	}
	return &decoded{text: text, source: model.Source{Format: model.FormatDOCX, Encoding: model.EncodingUTF8}}, nil
}
