package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
)

// preflightResult is what the raw-byte checks learned about a file.
type preflightResult struct {
	view      []byte // from the %PDF- header to the end of the last %%EOF
	encrypted bool   // a trailer names an /Encrypt dictionary
}

// maxHeaderOffset is how far into the file the %PDF- header may start
// (junk, a BOM or a mail header before it is tolerated).
const maxHeaderOffset = 1024

// preflight checks the raw bytes before the PDF library sees them. The
// library hangs on a /Prev loop and dies with an unrecoverable
// out-of-memory on a huge /Size or subsection start, recurses without limit
// on deeply nested arrays, and refuses valid files with a %PDF-2.0 header,
// junk before the header or trailing bytes after %%EOF; preflight turns the
// former into errors and repairs the latter by returning a view of the
// file that starts at the header and ends at the last %%EOF.
func preflight(data []byte, lim Limits) (*preflightResult, error) {
	head := data
	if len(head) > maxHeaderOffset {
		head = head[:maxHeaderOffset]
	}
	h := bytes.Index(head, []byte("%PDF-"))
	if h < 0 {
		return nil, malformed("no %%PDF- header")
	}
	e := bytes.LastIndex(data, []byte("%%EOF"))
	if e < h {
		return nil, malformed("no %%%%EOF marker")
	}
	view := data[h : e+5]
	if len(view) < 9 {
		return nil, malformed("file too short")
	}
	if !(view[5] == '1' && view[6] == '.' && view[7] >= '0' && view[7] <= '7' && (view[8] == '\r' || view[8] == '\n')) {
		// The library accepts only "%PDF-1.[0-7]" followed by an end of
		// line; the header is a comment, so rewriting it is harmless.
		fixed := make([]byte, len(view))
		copy(fixed, view)
		copy(fixed, "%PDF-1.7\n")
		view = fixed
	}
	if err := checkNesting(view, lim.MaxNesting); err != nil {
		return nil, err
	}
	if err := checkObjectStreams(view); err != nil {
		return nil, err
	}
	sx := bytes.LastIndex(view, []byte("startxref"))
	if sx < 0 {
		return nil, malformed("no startxref")
	}
	off, _, ok := readInt(view, sx+len("startxref"))
	if !ok {
		return nil, malformed("startxref not followed by an offset")
	}
	res := &preflightResult{view: view}
	seen := make(map[int64]bool)
	var newest []byte  // the newest trailer, whose /Size the library obeys
	listed := int64(0) // one more than the highest object number any table lists
	for n := 0; ; n++ {
		if n >= lim.MaxXrefSections {
			return nil, tooLarge("more than %d cross-reference sections", lim.MaxXrefSections)
		}
		if off <= 0 || off >= int64(len(view)) {
			return nil, malformed("cross-reference offset %d outside the file", off)
		}
		if seen[off] {
			return nil, malformed("cross-reference /Prev loop at byte offset %d", off)
		}
		seen[off] = true
		dict, end, err := xrefSection(view, int(off), lim)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			newest = dict
		}
		listed = max(listed, end)
		if size, ok := dictInt(dict, "Size"); ok && (size < 0 || size > lim.MaxObjects) {
			return nil, tooLarge("cross-reference /Size %d exceeds the limit of %d objects", size, lim.MaxObjects)
		}
		if bytes.Contains(dict, []byte("/Encrypt")) {
			res.encrypted = true
		}
		prev, ok := dictInt(dict, "Prev")
		if !ok {
			break
		}
		off = prev
	}
	res.view = repairSize(res.view, newest, listed)
	return res, nil
}

// repairSize raises a trailer /Size that is smaller than the objects its
// cross-reference tables list. pdfunite (poppler 22) writes such files:
// the catalogue is numbered past /Size, and the library, which cuts its
// table at /Size, then finds no page tree. The number is rewritten in a
// copy of view when it keeps its length or the trailer is the file's last;
// otherwise view is returned unchanged.
func repairSize(view, trailer []byte, listed int64) []byte {
	size, ok := dictInt(trailer, "Size")
	if !ok || listed <= size || len(trailer) == 0 {
		return view
	}
	t := bytes.LastIndex(view, trailer)
	k := bytes.Index(trailer, []byte("/Size"))
	if t < 0 || k < 0 {
		return view
	}
	numStart := skipSpace(view, t+k+len("/Size"))
	_, numEnd, ok := readInt(view, numStart)
	if !ok {
		return view
	}
	digits := []byte(strconv.FormatInt(listed, 10))
	if len(digits) != numEnd-numStart && bytes.Contains(view[numEnd:], []byte("trailer")) {
		return view // a later section's offsets would shift
	}
	fixed := make([]byte, 0, len(view)+len(digits))
	fixed = append(fixed, view[:numStart]...)
	fixed = append(fixed, digits...)
	return append(fixed, view[numEnd:]...)
}

// xrefSection checks the cross-reference section at off (a classic table
// or a cross-reference stream) and returns its trailer dictionary text and,
// for a classic table, one more than the highest object number it lists.
func xrefSection(view []byte, off int, lim Limits) (dict []byte, listed int64, err error) {
	p := skipSpace(view, off)
	if bytes.HasPrefix(view[p:], []byte("xref")) {
		p += 4
		for {
			p = skipSpace(view, p)
			if p >= len(view) {
				return nil, 0, malformed("cross-reference table at byte offset %d has no trailer", off)
			}
			if bytes.HasPrefix(view[p:], []byte("trailer")) {
				d, _ := dictAt(view, p+len("trailer"))
				if d == nil {
					return nil, 0, malformed("cross-reference table at byte offset %d: bad trailer", off)
				}
				return d, listed, nil
			}
			start, q, ok1 := readInt(view, p)
			count, q2, ok2 := readInt(view, q)
			if !ok1 || !ok2 || start < 0 || count < 0 {
				return nil, 0, malformed("cross-reference table at byte offset %d: bad subsection header", off)
			}
			if start+count > lim.MaxObjects {
				return nil, 0, tooLarge("cross-reference subsection %d %d exceeds the limit of %d objects", start, count, lim.MaxObjects)
			}
			if count*6 > int64(len(view)-q2) {
				return nil, 0, malformed("cross-reference subsection %d %d is longer than the file", start, count)
			}
			listed = max(listed, start+count)
			p = q2
			for i := int64(0); i < count*3; i++ {
				p = skipSpace(view, p)
				for p < len(view) && !isSpace(view[p]) {
					p++
				}
			}
		}
	}
	// A cross-reference stream: "N G obj << ... >> stream".
	_, q, ok1 := readInt(view, p)
	_, q, ok2 := readInt(view, q)
	q = skipSpace(view, q)
	if !ok1 || !ok2 || !bytes.HasPrefix(view[q:], []byte("obj")) {
		return nil, 0, malformed("no cross-reference table or stream at byte offset %d", off)
	}
	d, _ := dictAt(view, q+3)
	if d == nil {
		return nil, 0, malformed("cross-reference stream at byte offset %d: bad dictionary", off)
	}
	if i := bytes.Index(d, []byte("/Index")); i >= 0 {
		nums := arrayInts(d[i+len("/Index"):])
		for j := 0; j+1 < len(nums); j += 2 {
			if nums[j] < 0 || nums[j+1] < 0 || nums[j]+nums[j+1] > lim.MaxObjects {
				return nil, 0, tooLarge("cross-reference stream /Index %d %d exceeds the limit of %d objects", nums[j], nums[j+1], lim.MaxObjects)
			}
		}
	}
	if c, ok := dictInt(d, "Columns"); ok && (c < 0 || c > 1<<16) {
		return nil, 0, malformed("cross-reference stream /Columns %d", c)
	}
	if _, ok := dictInt(d, "Size"); !ok {
		return nil, 0, malformed("cross-reference stream at byte offset %d has no /Size", off)
	}
	return d, 0, nil
}

// checkNesting rejects files whose arrays or dictionaries nest deeper than
// max outside streams and strings: the library parses them recursively and
// a stack overflow cannot be recovered.
func checkNesting(view []byte, max int) error {
	depth := 0
	for i := 0; i < len(view); i++ {
		switch c := view[i]; c {
		case '[':
			depth++
		case '<':
			if i+1 < len(view) && view[i+1] == '<' {
				depth++
				i++
			}
		case ']':
			if depth > 0 {
				depth--
			}
		case '>':
			if i+1 < len(view) && view[i+1] == '>' {
				if depth > 0 {
					depth--
				}
				i++
			}
		case '(':
			i = skipLiteral(view, i)
		case '%':
			for i < len(view) && view[i] != '\n' && view[i] != '\r' {
				i++
			}
		case 's':
			if bytes.HasPrefix(view[i:], []byte("stream")) && i+6 < len(view) && (view[i+6] == '\r' || view[i+6] == '\n') {
				end := bytes.Index(view[i+6:], []byte("endstream"))
				if end < 0 {
					return nil
				}
				i += 6 + end + len("endstream") - 1
			}
		}
		if depth > max {
			return malformed("arrays or dictionaries nested deeper than %d at byte offset %d", max, i)
		}
	}
	return nil
}

// skipLiteral returns the index of the parenthesis closing the literal
// string opened at i (or the end of view).
func skipLiteral(view []byte, i int) int {
	depth := 0
	for ; i < len(view); i++ {
		switch view[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(view)
}

// maxObjStmEntries bounds /N of an object stream: the library loops /N
// times looking for an object, even past the end of the stream.
const maxObjStmEntries = 1 << 20

// objHeader matches the "N G obj" before an object's dictionary.
var objHeader = regexp.MustCompile(`(\d+)\s+\d+\s+obj\s*$`)

// extendsRef matches an object stream's /Extends reference.
var extendsRef = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)

// checkObjectStreams rejects object streams whose /N would make the
// library loop for minutes, and /Extends chains that loop (the library
// follows them without end looking for an object).
func checkObjectStreams(view []byte) error {
	extends := map[string]string{}
	for p := 0; ; {
		i := bytes.Index(view[p:], []byte("/ObjStm"))
		if i < 0 {
			break
		}
		i += p
		p = i + len("/ObjStm")
		start := max(0, i-4096)
		lo := bytes.LastIndex(view[start:i], []byte("<<"))
		hi := bytes.Index(view[i:min(len(view), i+4096)], []byte("stream"))
		if lo < 0 || hi < 0 {
			continue
		}
		d := view[start+lo : i+hi]
		if n, ok := dictInt(d, "N"); ok && (n < 0 || n > maxObjStmEntries) {
			return malformed("object stream with /N %d at byte offset %d", n, i)
		}
		if m := extendsRef.FindSubmatch(d); m != nil {
			if h := objHeader.FindSubmatch(view[start : start+lo]); h != nil {
				extends[string(h[1])] = string(m[1])
			}
		}
	}
	for from := range extends {
		seen := map[string]bool{}
		for cur, ok := from, true; ok; cur, ok = extends[cur] {
			if seen[cur] {
				return malformed("object stream /Extends loop at object %s", cur)
			}
			seen[cur] = true
		}
	}
	return nil
}

// dictAt returns the text of the dictionary starting at the first "<<" at
// or after p, up to its matching ">>".
func dictAt(view []byte, p int) ([]byte, int) {
	p = skipSpace(view, p)
	if !bytes.HasPrefix(view[p:], []byte("<<")) {
		return nil, p
	}
	depth := 0
	for i := p; i+1 < len(view); i++ {
		switch {
		case view[i] == '(':
			i = skipLiteral(view, i)
		case view[i] == '<' && view[i+1] == '<':
			depth++
			i++
		case view[i] == '>' && view[i+1] == '>':
			depth--
			i++
			if depth == 0 {
				return view[p : i+1], i + 1
			}
		}
	}
	return nil, p
}

// dictInt finds "/Key <integer>" in raw dictionary text. The key must be
// followed by a delimiter so that /N does not match /Names.
func dictInt(d []byte, key string) (int64, bool) {
	k := []byte("/" + key)
	for p := 0; ; {
		i := bytes.Index(d[p:], k)
		if i < 0 {
			return 0, false
		}
		i += p + len(k)
		if i < len(d) && (isSpace(d[i]) || d[i] == '/' || d[i] == '[' || d[i] == '<' || d[i] == '(') || i == len(d) {
			if n, q, ok := readInt(d, i); ok {
				// An indirect reference "N G R" is not a direct integer.
				if _, q2, ok2 := readInt(d, q); ok2 {
					if r := skipSpace(d, q2); r < len(d) && d[r] == 'R' {
						return 0, false
					}
				}
				return n, true
			}
			return 0, false
		}
		p = i
	}
}

// arrayInts reads the integers of the array starting at the first '['.
func arrayInts(d []byte) []int64 {
	p := skipSpace(d, 0)
	if p >= len(d) || d[p] != '[' {
		return nil
	}
	p++
	var out []int64
	for {
		n, q, ok := readInt(d, p)
		if !ok {
			return out
		}
		out = append(out, n)
		p = q
	}
}

// readInt reads a non-negative or negative decimal integer after optional
// white space, returning it and the position after it.
func readInt(b []byte, p int) (int64, int, bool) {
	p = skipSpace(b, p)
	q := p
	if q < len(b) && (b[q] == '-' || b[q] == '+') {
		q++
	}
	for q < len(b) && b[q] >= '0' && b[q] <= '9' {
		q++
	}
	if q == p || (q == p+1 && (b[p] == '-' || b[p] == '+')) || q-p > 18 {
		return 0, p, false
	}
	n, err := strconv.ParseInt(string(b[p:q]), 10, 64)
	if err != nil {
		return 0, p, false
	}
	return n, q, true
}

// skipSpace skips PDF white space and comments.
func skipSpace(b []byte, p int) int {
	for p < len(b) {
		if isSpace(b[p]) {
			p++
			continue
		}
		if b[p] == '%' {
			for p < len(b) && b[p] != '\n' && b[p] != '\r' {
				p++
			}
			continue
		}
		break
	}
	return p
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}
