package pdftext

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// codespace is one codespace range of a CMap: codes of n bytes whose
// bytes each lie between lo and hi.
type codespace struct {
	n      int
	lo, hi [4]byte
}

// toUnicode is a parsed ToUnicode CMap, precomputed into a hash map
// (the library scans its bfchar/bfrange lists linearly for every code).
type toUnicode struct {
	spaces []codespace
	m      map[uint64]string // key: n<<32 | code
}

// maxCMapEntries bounds the entries expanded from bfrange operators.
const maxCMapEntries = 1 << 20

func cmapKey(n int, code uint32) uint64 { return uint64(n)<<32 | uint64(code) }

// lookup returns the text for a code of n bytes.
func (t *toUnicode) lookup(n int, code uint32) (string, bool) {
	if t == nil {
		return "", false
	}
	s, ok := t.m[cmapKey(n, code)]
	return s, ok
}

// codeLen returns the length of the code starting s, from the codespace
// ranges, or 0 when none matches.
func (t *toUnicode) codeLen(s string) int {
	if t == nil {
		return 0
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, cs := range t.spaces {
			if cs.n != n {
				continue
			}
			ok := true
			for i := 0; i < n; i++ {
				if s[i] < cs.lo[i] || s[i] > cs.hi[i] {
					ok = false
					break
				}
			}
			if ok {
				return n
			}
		}
	}
	return 0
}

// parseToUnicode reads a ToUnicode CMap stream. Its decompressed size is
// checked first against limit.
func parseToUnicode(v pdf.Value, limit int64) *toUnicode {
	if v.Kind() != pdf.Stream {
		return nil
	}
	if n, err := streamSize(v, limit, nil); err != nil || n > limit {
		return nil
	}
	t := &toUnicode{m: make(map[uint64]string)}
	defer func() {
		// A damaged CMap keeps the mappings read before the damage.
		_ = recover()
	}()
	pdf.Interpret(v, func(stk *pdf.Stack, op string) {
		args := popArgs(stk)
		switch op {
		case "findresource":
			// "/CIDInit /ProcSet findresource begin" needs a dictionary
			// on the stack; pdf.Interpret offers no way to make one.
			if d := freshDict(); d.Kind() == pdf.Dict {
				stk.Push(d)
			}
		case "endcodespacerange":
			for i := 0; i+1 < len(args); i += 2 {
				lo, hi := args[i].RawString(), args[i+1].RawString()
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				cs := codespace{n: len(lo)}
				copy(cs.lo[:], lo)
				copy(cs.hi[:], hi)
				t.spaces = append(t.spaces, cs)
			}
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				src := args[i].RawString()
				if len(src) == 0 || len(src) > 4 || len(t.m) >= maxCMapEntries {
					continue
				}
				t.m[cmapKey(len(src), codeOf(src))] = utf16BE(args[i+1].RawString())
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi := args[i].RawString(), args[i+1].RawString()
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				a, b := codeOf(lo), codeOf(hi)
				if b < a || b-a > 0xFFFF {
					continue
				}
				dst := args[i+2]
				var base []uint16
				if dst.Kind() == pdf.String {
					base = utf16Units(dst.RawString())
				}
				for c := a; c <= b && len(t.m) < maxCMapEntries; c++ {
					k := cmapKey(len(lo), c)
					switch dst.Kind() {
					case pdf.String:
						if len(base) == 0 {
							continue
						}
						u := append([]uint16(nil), base...)
						u[len(u)-1] += uint16(c - a)
						t.m[k] = string(utf16.Decode(u))
					case pdf.Array:
						t.m[k] = utf16BE(dst.Index(int(c - a)).RawString())
					}
				}
			}
		}
	})
	if len(t.m) == 0 && len(t.spaces) == 0 {
		return nil
	}
	return t
}

// dictSource is a minimal in-memory PDF whose object 1 is an empty
// dictionary; resolving it yields a new dictionary value every time.
var dictSource = func() *pdf.Reader {
	const head = "%PDF-1.4\n"
	obj := "1 0 obj\n<< >>\nendobj\n"
	xref := fmt.Sprintf("xref\n0 2\n0000000000 65535 f \n%010d 00000 n \n", len(head))
	trailer := fmt.Sprintf("trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(head)+len(obj))
	doc := head + obj + xref + trailer
	r, err := pdf.NewReader(strings.NewReader(doc), int64(len(doc)))
	if err != nil {
		return nil
	}
	return r
}()

// freshDict returns a new, empty dictionary value.
func freshDict() pdf.Value {
	if dictSource == nil {
		return pdf.Value{}
	}
	return dictSource.Trailer().Key("Root")
}

// popArgs pops every operand, bottom of the stack first.
func popArgs(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	if n == 0 {
		return nil
	}
	args := make([]pdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

// codeOf reads a big-endian code of up to 4 bytes.
func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

// utf16BE decodes big-endian UTF-16 (the ToUnicode destination format).
func utf16BE(s string) string {
	if len(s) == 1 { // a few producers write single bytes
		return string(rune(s[0]))
	}
	return string(utf16.Decode(utf16Units(s)))
}

// streamSize decompresses v (a stream or an array of streams) to count its
// bytes, stopping after limit+1. If scan is not nil every chunk is passed
// to it (used to check nesting depth).
func streamSize(v pdf.Value, limit int64, scan func([]byte) error) (int64, error) {
	if v.Kind() == pdf.Array {
		var total int64
		for i := 0; i < v.Len() && i < 10000; i++ {
			n, err := streamSize(v.Index(i), limit-total, scan)
			total += n
			if err != nil || total > limit {
				return total, err
			}
		}
		return total, nil
	}
	if v.Kind() != pdf.Stream {
		return 0, nil
	}
	if err := checkFilters(v); err != nil {
		return 0, err
	}
	rd := v.Reader()
	defer rd.Close()
	buf := make([]byte, 32<<10)
	var total int64
	lr := io.LimitReader(rd, limit+1)
	for {
		n, err := lr.Read(buf)
		if n > 0 {
			total += int64(n)
			if scan != nil {
				if err := scan(buf[:n]); err != nil {
					return total, err
				}
			}
		}
		if err != nil {
			// A truncated or corrupt stream still yields what it had.
			return total, nil
		}
	}
}

// checkFilters rejects filters and parameters the library cannot decode
// (it would panic) or that would make it allocate without bound.
func checkFilters(v pdf.Value) error {
	f := v.Key("Filter")
	p := v.Key("DecodeParms")
	check := func(name string, parm pdf.Value) error {
		switch name {
		case "FlateDecode", "ASCII85Decode":
		default:
			return malformed("unsupported stream filter /%s", name)
		}
		if parm.Kind() == pdf.Dict {
			if pr := parm.Key("Predictor"); pr.Kind() != pdf.Null && pr.Int64() != 12 {
				return malformed("unsupported predictor %d", pr.Int64())
			}
			if c := parm.Key("Columns").Int64(); c < 0 || c > 1<<16 {
				return malformed("bad predictor /Columns %d", c)
			}
		}
		return nil
	}
	switch f.Kind() {
	case pdf.Null:
		return nil
	case pdf.Name:
		return check(f.Name(), p)
	case pdf.Array:
		if f.Len() > 8 {
			return malformed("too many stream filters")
		}
		for i := 0; i < f.Len(); i++ {
			if err := check(f.Index(i).Name(), p.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	return malformed("bad stream filter")
}
