package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

// Errors returned by Extract. Each wraps the parse package's reason
// (parse/internal/errs), so errors.Is matches either.
var (
	// ErrNotDOCX: a valid zip archive without a Word document part (an
	// .xlsx, .odt or plain zip file).
	ErrNotDOCX = errs.Sub(errs.UnsupportedFormat, "not a Word document: no word/document.xml in the zip archive")
	// ErrMalformed: a damaged zip archive or XML part.
	ErrMalformed = errs.Sub(errs.Malformed, "malformed DOCX")
	// ErrTooLarge: a part that decompresses beyond the limits (a zip bomb).
	ErrTooLarge = errs.Sub(errs.TooLarge, "DOCX part too large")
)

// Limits bound what Extract decompresses.
type Limits struct {
	// MaxPart is the most bytes one part may decompress to.
	MaxPart int64
	// MaxRatio is the most a part larger than 1 MiB may expand by.
	MaxRatio int64
}

// DefaultLimits allow 64 MiB per part and a 100:1 compression ratio; real
// document.xml parts compress about 5–15:1.
var DefaultLimits = Limits{MaxPart: 64 << 20, MaxRatio: 100}

// IsDOCX reports whether data is a zip archive holding a Word document
// part. It reads only the archive's directory.
func IsDOCX(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	return mainPart(zr) != nil
}

// Extract returns the text of a .docx file.
func Extract(data []byte, lim Limits) (string, error) {
	if lim.MaxPart <= 0 {
		lim.MaxPart = DefaultLimits.MaxPart
	}
	if lim.MaxRatio <= 0 {
		lim.MaxRatio = DefaultLimits.MaxRatio
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	main := mainPart(zr)
	if main == nil {
		return "", ErrNotDOCX
	}
	dir := path.Dir(main.Name)
	var num *numbering
	if f := find(zr, path.Join(dir, "numbering.xml")); f != nil {
		b, err := readPart(f, lim)
		if err != nil {
			return "", err
		}
		if num, err = parseNumbering(b); err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
		}
	}
	var styles map[string]numRef
	if f := find(zr, path.Join(dir, "styles.xml")); f != nil {
		b, err := readPart(f, lim)
		if err != nil {
			return "", err
		}
		var lists map[string]string
		if styles, lists, err = parseStyles(b); err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
		}
		num.linkStyles(lists)
	}
	b, err := readPart(main, lim)
	if err != nil {
		return "", err
	}
	text, err := render(b, num, styles)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrMalformed, main.Name, err)
	}
	return text, nil
}

// mainPart finds the main document part: the officeDocument target of
// _rels/.rels, else word/document.xml.
func mainPart(zr *zip.Reader) *zip.File {
	if rels := find(zr, "_rels/.rels"); rels != nil && rels.UncompressedSize64 < 1<<20 {
		if b, err := readPart(rels, Limits{MaxPart: 1 << 20, MaxRatio: 1000}); err == nil {
			var r struct {
				Rel []struct {
					Type   string `xml:"Type,attr"`
					Target string `xml:"Target,attr"`
				} `xml:"Relationship"`
			}
			if xml.Unmarshal(b, &r) == nil {
				for _, rel := range r.Rel {
					if strings.HasSuffix(rel.Type, "/officeDocument") {
						if f := find(zr, strings.TrimPrefix(path.Clean("/"+rel.Target), "/")); f != nil {
							return f
						}
					}
				}
			}
		}
	}
	return find(zr, "word/document.xml")
}

// find returns the archive member with the given name (case-insensitively,
// as Word does), or nil.
func find(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// readPart decompresses one member within the limits. The declared size
// is checked first and the actual size enforced while reading, since a
// crafted archive can lie about it.
func readPart(f *zip.File, lim Limits) ([]byte, error) {
	limit := lim.MaxPart
	if ratio := int64(f.CompressedSize64) * lim.MaxRatio; ratio > 1<<20 && ratio < limit {
		limit = ratio
	} else if ratio <= 1<<20 && limit > 1<<20 {
		limit = 1 << 20
	}
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%w: %s declares %d bytes (limit %d)", ErrTooLarge, f.Name, f.UncompressedSize64, limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s decompresses beyond %d bytes", ErrTooLarge, f.Name, limit)
	}
	return b, nil
}
