package textenc

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

// ErrUnknownEncoding is returned by Decode for an encoding name it cannot
// decode; errors.Is matches it to parse.ErrEncoding too (errs.Sub).
var ErrUnknownEncoding = errs.Sub(errs.Encoding, "unknown encoding")

// InvalidError reports the first byte sequence that is not valid in the
// encoding. Offset counts bytes from the start of the input, BOM included.
type InvalidError struct {
	Encoding string // canonical encoding name
	Offset   int64  // byte offset of the first invalid sequence
	Bytes    []byte // up to four bytes starting at Offset
	Reason   string // e.g. "truncated UTF-16 code unit"; "" for a plain invalid sequence
}

// Error describes the invalid sequence.
func (e *InvalidError) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("%s at byte offset %d", e.Reason, e.Offset)
	}
	return fmt.Sprintf("invalid %s byte sequence % X at byte offset %d", e.Encoding, e.Bytes, e.Offset)
}

// Result is the outcome of a successful Decode.
type Result struct {
	Text     string // the decoded UTF-8 text, without BOM
	Replaced int    // invalid sequences replaced by U+FFFD (only with replace)
	First    int64  // byte offset of the first replaced sequence, or -1
}

// Decode converts data from the named encoding to UTF-8. A BOM matching
// the encoding is dropped. The first invalid sequence gives an
// *InvalidError unless replace is true, in which case every invalid
// sequence becomes U+FFFD and Result counts them.
func Decode(data []byte, name string, replace bool) (Result, error) {
	canon, ok := Canonical(name)
	if !ok {
		return Result{}, fmt.Errorf("%w: %q", ErrUnknownEncoding, name)
	}
	switch canon {
	case UTF8:
		return decodeUTF8(data, replace)
	case UTF16LE, UTF16BE:
		return decodeUTF16(data, canon == UTF16BE, replace)
	}
	enc := lookup(canon)
	if enc == nil {
		return Result{}, fmt.Errorf("%w: %q", ErrUnknownEncoding, name)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil { // x/text decoders replace rather than fail; be safe anyway
		return Result{}, &InvalidError{Encoding: canon, Offset: 0, Reason: err.Error()}
	}
	res := Result{First: -1}
	if !strings.Contains(string(out), "\uFFFD") {
		res.Text = string(out)
		return res, nil
	}
	// Slow path, taken only when the output holds U+FFFD: walk the input
	// one character at a time to find the invalid sequences' offsets.
	n, first := invalidSequences(enc, canon, data)
	if n == 0 {
		res.Text = string(out)
		return res, nil
	}
	if !replace {
		return Result{}, &InvalidError{Encoding: canon, Offset: int64(first), Bytes: window(data, first)}
	}
	res.Text, res.Replaced, res.First = string(out), n, int64(first)
	return res, nil
}

// window returns up to four bytes of data at off.
func window(data []byte, off int) []byte {
	end := min(off+4, len(data))
	return append([]byte(nil), data[off:end]...)
}

// invalidSequences counts the sequences of data that enc decodes to U+FFFD
// without them encoding U+FFFD, and returns the offset of the first.
func invalidSequences(enc encoding.Encoding, canon string, data []byte) (count, first int) {
	dec := enc.NewDecoder()
	var dst [16]byte
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf && canon != UTF16LE && canon != UTF16BE {
			i++
			continue
		}
		size, bad := 0, false
		// The smallest window that yields output holds exactly one character.
		for k := 1; k <= 4 && size == 0; k++ {
			end := i + k
			atEOF := end >= len(data) || k == 4
			if end > len(data) {
				end = len(data)
			}
			dec.Reset()
			nDst, nSrc, _ := dec.Transform(dst[:], data[i:end], atEOF)
			if nSrc > 0 {
				size = nSrc
				bad = strings.Contains(string(dst[:nDst]), "\uFFFD") && !encodesFFFD(canon, data[i:i+nSrc])
			}
			if atEOF {
				break
			}
		}
		if size == 0 {
			size, bad = 1, true
		}
		if bad {
			if first < 0 {
				first = i
			}
			count++
		}
		i += size
	}
	return count, first
}

// encodesFFFD reports whether seq is the encoding's own code for U+FFFD.
func encodesFFFD(canon string, seq []byte) bool {
	return (canon == GB18030 || canon == GBK) && string(seq) == "\x84\x31\xA4\x37"
}
