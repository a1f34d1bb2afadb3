package main

import (
	"encoding"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/zwgk/gongwen/examples/noticeconv/internal/jsongen"
	"github.com/zwgk/gongwen/model"
)

//go:generate go test -run ^TestDocJSONGenerated$ -update-docjson

// appendCompact appends v as encoding/json's Encoder writes it with
// SetEscapeHTML(false) and no indent, without the final newline: the same
// bytes, for the kinds a Document is made of (structs of tagged fields,
// pointers, slices, strings, numbers, booleans). A batch of small notices
// spent about an eighth of its CPU in encoding/json, most of it checking
// the UTF-8 of Chinese strings rune by rune through a call; here a
// three-byte rune is checked inline and a struct's fields are written by
// a plan made once per type.
//
// errNotCompact comes back, and nothing is appended, when v holds what
// the plan does not write (a map, an interface, a type with its own
// MarshalJSON or MarshalText, an embedded field, a NaN, a cycle): the
// caller then encodes v with encoding/json, which writes it or reports
// its error as before.
//
// A *model.Document, what a batch writes, is written by the code
// generated for its types (docjson.go), without reflection.
func appendCompact(b []byte, v any) ([]byte, error) {
	if d, ok := v.(*model.Document); ok && d != nil {
		out, err := jsonDocument(b, d, 0)
		if err != nil {
			return b, err
		}
		return out, nil
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return append(b, "null"...), nil
	}
	enc := encoderOf(rv.Type())
	if enc == nil {
		return b, errNotCompact
	}
	out, err := enc(b, rv, 0)
	if err != nil {
		return b, err
	}
	return out, nil
}

// errNotCompact is appendCompact's answer for a value it leaves to
// encoding/json.
var errNotCompact = errors.New("value not written by appendCompact")

// maxDepth bounds the pointers and slices appendCompact follows into each
// other: deeper, it gives the value to encoding/json, which detects cycles.
const maxDepth = 500

// encoderFunc appends the JSON of v, a value of the type it was made
// for, at the given depth of nesting.
type encoderFunc func(b []byte, v reflect.Value, depth int) ([]byte, error)

// encoders caches encoderOf's plans by type: an encoderFunc, nil for a
// type appendCompact does not write.
var encoders sync.Map

// encoderOf returns the plan for t, or nil when appendCompact does not
// write t.
func encoderOf(t reflect.Type) encoderFunc {
	if e, ok := encoders.Load(t); ok {
		return e.(encoderFunc)
	}
	// A recursive type reaches itself while its plan is made: it finds
	// this placeholder, which calls the plan once it is there.
	var (
		wait sync.WaitGroup
		fn   encoderFunc
	)
	wait.Add(1)
	placeholder := encoderFunc(func(b []byte, v reflect.Value, depth int) ([]byte, error) {
		wait.Wait()
		if fn == nil {
			return b, errNotCompact
		}
		return fn(b, v, depth)
	})
	if e, loaded := encoders.LoadOrStore(t, placeholder); loaded {
		return e.(encoderFunc)
	}
	fn = newEncoder(t)
	wait.Done()
	encoders.Store(t, fn)
	return fn
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// newEncoder makes the plan for t, or returns nil. A type whose pointer
// marshals itself is refused (*t's methods include t's); a pointer to
// one is refused with its element.
func newEncoder(t reflect.Type) encoderFunc {
	if p := reflect.PointerTo(t); p.Implements(jsonMarshaler) || p.Implements(textMarshaler) {
		return nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) { return strconv.AppendBool(b, v.Bool()), nil }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) { return strconv.AppendInt(b, v.Int(), 10), nil }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) {
			return strconv.AppendUint(b, v.Uint(), 10), nil
		}
	case reflect.Float32:
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) { return appendFloat(b, v.Float(), 32) }
	case reflect.Float64:
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) { return appendFloat(b, v.Float(), 64) }
	case reflect.String:
		if t == reflect.TypeFor[json.Number]() {
			return nil
		}
		return func(b []byte, v reflect.Value, _ int) ([]byte, error) { return appendString(b, v.String()), nil }
	case reflect.Pointer:
		return pointerEncoder(t)
	case reflect.Slice:
		return sliceEncoder(t)
	case reflect.Struct:
		return structEncoder(t)
	}
	return nil // maps, arrays, interfaces, channels, functions
}

// pointerEncoder writes null for a nil pointer, else what it points to.
func pointerEncoder(t reflect.Type) encoderFunc {
	elem := encoderOf(t.Elem())
	if elem == nil {
		return nil
	}
	return orNull(func(b []byte, v reflect.Value, depth int) ([]byte, error) {
		return elem(b, v.Elem(), depth)
	})
}

// sliceEncoder writes null for a nil slice, else its elements in
// brackets; a byte slice, which encoding/json writes in base64, is left
// to it.
func sliceEncoder(t reflect.Type) encoderFunc {
	if t.Elem().Kind() == reflect.Uint8 {
		return nil
	}
	elem := encoderOf(t.Elem())
	if elem == nil {
		return nil
	}
	return orNull(func(b []byte, v reflect.Value, depth int) ([]byte, error) {
		b = append(b, '[')
		var err error
		for i, n := 0, v.Len(); i < n; i++ {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = elem(b, v.Index(i), depth); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	})
}

// orNull wraps write, the encoder of a pointer or slice that is not nil,
// one level deeper: a nil one is null, and one nested beyond maxDepth is
// left to encoding/json.
func orNull(write encoderFunc) encoderFunc {
	return func(b []byte, v reflect.Value, depth int) ([]byte, error) {
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		if depth >= maxDepth {
			return b, errNotCompact
		}
		return write(b, v, depth+1)
	}
}

// field is a struct field as encoding/json writes it (jsongen.Field)
// with the plan for its value.
type field struct {
	jsongen.Field
	key string // the name with quotes and colon
	enc encoderFunc
}

// structEncoder writes the exported fields in order under their json
// names. Embedded fields, the string and omitzero options and two fields
// of one name (encoding/json's rules of dominance) are left to
// encoding/json (jsongen.Fields refuses them).
func structEncoder(t reflect.Type) encoderFunc {
	jf, err := jsongen.Fields(t)
	if err != nil {
		return nil
	}
	fields := make([]field, len(jf))
	for i, f := range jf {
		if fields[i].enc = encoderOf(f.Type); fields[i].enc == nil {
			return nil
		}
		fields[i].Field, fields[i].key = f, `"`+f.Name+`":`
	}
	return func(b []byte, v reflect.Value, depth int) ([]byte, error) {
		b = append(b, '{')
		first := true
		var err error
		for i := range fields {
			f := &fields[i]
			fv := v.Field(f.Index)
			if f.OmitEmpty && isEmpty(fv) {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, f.key...)
			if b, err = f.enc(b, fv, depth); err != nil {
				return b, err
			}
		}
		return append(b, '}'), nil
	}
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// appendFloat writes f as encoding/json does (as ES6 converts a number to
// a string); NaN and the infinities are left to it, which refuses them.
func appendFloat(b []byte, f float64, bits int) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, errNotCompact
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-09 becomes e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// Bytes of eight-byte words, for plainRun's tests of eight bytes at once.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainRun returns where the run of bytes appendString writes as they
// are (plainStep), from i, ends; the last two bytes of s are left to
// appendString's reading of one rune. Eight bytes are read at once: all
// printable ASCII but " and \ (no high bit, no byte below 0x20, none
// equal to either) pass together; else one or two three-byte runes
// whose lead bytes plainStep takes and whose next two bytes continue
// them (10xxxxxx).
func plainRun(s string, i int) int {
	for i+8 <= len(s) {
		w := load64(s[i : i+8])
		if w&highs == 0 && (w-0x20*ones)&highs == 0 && !hasZeroByte(w^'"'*ones) && !hasZeroByte(w^'\\'*ones) {
			i += 8
			continue
		}
		if plainStep[byte(w)] == 3 && w&0xC0C000 == 0x808000 {
			if plainStep[byte(w>>24)] == 3 && w&0xC0C000000000 == 0x808000000000 {
				i += 6
			} else {
				i += 3
			}
			continue
		}
		if plainStep[byte(w)] != 1 {
			return i
		}
		i++
	}
	for i+2 < len(s) {
		switch plainStep[s[i]] {
		case 1:
			i++
			continue
		case 3:
			if (uint16(s[i+1])|uint16(s[i+2])<<8)&0xC0C0 == 0x8080 {
				i += 3
				continue
			}
		}
		break
	}
	return i
}

// load64 reads the eight bytes of s, little-endian, in one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasZeroByte tells whether a byte of w is 0.
func hasZeroByte(w uint64) bool { return (w-ones)&^w&highs != 0 }

// plainStep is 1 for a byte appendString writes as it is (printable
// ASCII but " and \), 3 for the lead byte of a three-byte rune it writes
// as it is when two continuation bytes follow (E3–EF but ED: no overlong
// form, surrogate or U+2028/U+2029 starts so), 0 for the rest.
var plainStep = func() (t [256]uint8) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		if c != '"' && c != '\\' {
			t[c] = 1
		}
	}
	for c := 0xE3; c <= 0xEF; c++ {
		if c != 0xED {
			t[c] = 3
		}
	}
	return t
}()

// appendString writes s quoted as encoding/json does without HTML
// escaping: ", \ and the control characters escaped (\b \f \n \r \t or
// \u00XX), an invalid byte as \ufffd, U+2028 and U+2029 as \u2028 and
// \u2029. The printable ASCII and the valid three-byte runes of lead
// bytes E3–EF (the CJK marks, ideographs and full-width forms: nearly all
// of Chinese text) are passed over by plainRun without decoding;
// anything else is read as encoding/json reads it.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		i = plainRun(s, i)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c >= 0x20 && c != '"' && c != '\\' {
				continue
			}
			b = append(b, s[start:i-1]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
