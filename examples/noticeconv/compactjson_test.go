package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// stdJSON is encoding/json's compact form of v, as encodeJSONTo wrote it
// before appendCompact.
func stdJSON(t *testing.T, v any, prefix, indent string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	require.NoError(t, enc.Encode(v))
	return buf.Bytes()
}

// requireSameJSON checks that appendCompact writes v and that
// encodeJSONTo's compact and indented forms are encoding/json's bytes.
func requireSameJSON(t *testing.T, v any) {
	t.Helper()
	_, err := appendCompact(nil, v)
	require.NoError(t, err, "appendCompact refused %T", v)
	for _, indent := range []string{"", "  "} {
		got, err := encodeJSON(v, "  ", indent)
		require.NoError(t, err)
		want := stdJSON(t, v, "  ", indent)
		require.Equal(t, string(want), string(got))
	}
}

// jsonPieces are the bytes appendString treats differently: every escape
// encoding/json writes, ASCII kept, the lead bytes of its three-byte path
// and their edges (E2's U+2028, E0's overlong forms, ED's surrogates),
// runes of two and four bytes, cut and stray bytes.
var jsonPieces = []string{
	"", "a", "~\x7f", "\"", "\\", "\b", "\f", "\n", "\r", "\t", "\x00", "\x1f", "<>&",
	"中", "。", "（", "\uff5e", "\uffff", "\u3000", "“", "—", "\u2028", "\u2029", "\u2027", "\u202a",
	"\xe0\xa0\x80", "\xe0\x80\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe3\x80", "\xe4", "\xef\xbf\xbd",
	"\xff", "\x80", "é", "😀", "\xf0\x9f\x98",
}

// TestAppendStringAsEncodingJSON walks every string of up to three pieces
// (the pieces side by side, a cut rune before a valid one, an escape at
// either end) and compares appendString with encoding/json.
func TestAppendStringAsEncodingJSON(t *testing.T) {
	n := 0
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		// json.Marshal escapes HTML; the Encoder used here does not.
		want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
		require.Equal(t, string(want), string(appendString(nil, s)), "%q", s)
		n++
		if depth == 3 {
			return
		}
		for _, p := range jsonPieces {
			walk(s+p, depth+1)
		}
	}
	walk("", 0)
	require.Greater(t, n, 50000)
}

// TestAppendFloatAsEncodingJSON compares the numbers of both widths at
// the edges of encoding/json's exponent form.
func TestAppendFloatAsEncodingJSON(t *testing.T) {
	type widths struct {
		F64 float64
		F32 float32
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -3.25, 0.1, 1e-6, 9.99999e-7, 1e-7, 1.5e-9, 123456789,
		1e20, 1e21, -1e21, 1e300, 5e-324, math.MaxFloat64, math.MaxFloat32, 1.0 / 3} {
		w := widths{F64: f, F32: float32(f)}
		if math.IsInf(float64(w.F32), 0) {
			w.F32 = math.MaxFloat32 // beyond float32: ∞, which both refuse
		}
		requireSameJSON(t, w)
	}
}

// TestDocumentsAsEncodingJSON parses every text of testdata and compares
// the Documents' JSON, and that of the hand-built fixtures.
func TestDocumentsAsEncodingJSON(t *testing.T) {
	requireSameJSON(t, planDoc())
	requireSameJSON(t, reportDoc())
	requireSameJSON(t, &model.Document{})
	docs := 0
	require.NoError(t, filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := parse.Bytes(data, parse.WithName(filepath.Base(p)))
		if err != nil {
			return nil
		}
		requireSameJSON(t, doc)
		docs++
		return nil
	}))
	require.Greater(t, docs, 50)
}

// TestRandomDocumentsAsEncodingJSON fills every field of Documents with
// random values — strings of jsonPieces, numbers at the edges, nil and
// empty slices and pointers — and compares their JSON.
func TestRandomDocumentsAsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 14))
	for range 300 {
		doc := new(model.Document)
		fill(r, reflect.ValueOf(doc).Elem(), 0)
		requireSameJSON(t, doc)
	}
}

// fill sets v to a random value of its type.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(jsonPieces[r.IntN(len(jsonPieces))])
		}
		v.SetString(b.String())
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt([]int64{0, 1, -7, 1 << 40}[r.IntN(4)])
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint([]uint64{0, 3, 255}[r.IntN(3)])
	case reflect.Float32, reflect.Float64:
		v.SetFloat([]float64{0, 2.5, -1e-7, 1e21, 0.1}[r.IntN(5)])
	case reflect.Pointer:
		if depth < 6 && r.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(r, v.Elem(), depth+1)
		}
	case reflect.Slice:
		if depth >= 6 {
			return
		}
		switch k := r.IntN(4); k {
		case 0: // nil
		default:
			s := reflect.MakeSlice(v.Type(), k-1, k-1)
			for i := range k - 1 {
				fill(r, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth)
			}
		}
	}
}

// chain is a recursive type: its plan refers to itself.
type chain struct {
	Name string `json:"name"`
	Next *chain `json:"next,omitempty"`
}

// TestRecursiveType compares a chain's JSON, written by the plan that
// waited for itself.
func TestRecursiveType(t *testing.T) {
	requireSameJSON(t, &chain{Name: "a", Next: &chain{Name: "b", Next: &chain{Name: "c"}}})
}

// oddValue holds what appendCompact leaves to encoding/json.
type oddValue struct {
	Name string
	M    map[string]int     `json:"m,omitempty"`
	Any  any                `json:"any"`
	Arr  [2]int             `json:"arr"`
	Raw  json.RawMessage    `json:"raw,omitempty"`
	Num  json.Number        `json:"num,omitempty"`
	Q    int                `json:"q,string"`
	B    []byte             `json:"b"`
	Odd  string             `json:"a-b"`
	Emb  struct{ embedded } `json:"emb"`
}

type embedded struct{ X int }

// textValue and textPointer write themselves as text, by a method on the
// value and on the pointer; jsonPointer as JSON, by a method on the
// pointer.
type (
	textValue   struct{ X int }
	textPointer struct{ X int }
	jsonPointer struct{ X int }
)

func (textValue) MarshalText() ([]byte, error)    { return []byte("text"), nil }
func (*textPointer) MarshalText() ([]byte, error) { return []byte("text"), nil }
func (*jsonPointer) MarshalJSON() ([]byte, error) { return []byte(`"json"`), nil }

// TestLeftToEncodingJSON checks that every kind appendCompact does not
// write is refused whole, so that encodeJSONTo gives it to encoding/json
// and writes the same bytes, and that NaN and ∞ fail as before.
func TestLeftToEncodingJSON(t *testing.T) {
	one := func(v any) {
		t.Helper()
		_, err := appendCompact(nil, v)
		require.ErrorIs(t, err, errNotCompact, "%T", v)
		got, err := encodeJSON(v, "", "")
		require.NoError(t, err)
		assert.Equal(t, string(stdJSON(t, v, "", "")), string(got))
	}
	one(struct{ M map[string]int }{M: map[string]int{"b": 1, "a": 2}})
	one(struct{ Any any }{Any: []int{1}})
	one(struct{ Arr [2]int }{})
	one(struct{ Raw json.RawMessage }{Raw: json.RawMessage(`{"x":1}`)})
	one(struct{ N json.Number }{N: "12"})
	one(struct {
		Q int `json:"q,string"`
	}{Q: 3})
	one(struct{ B []byte }{B: []byte("hi")})
	one(struct {
		Odd string `json:"a-b"`
	}{})
	one(struct{ embedded }{embedded{X: 1}})
	one(struct {
		Z int `json:"z,omitzero"`
	}{})
	one(struct {
		X int
		Y int `json:"X"`
	}{X: 1, Y: 2})
	one(struct{ T textValue }{})
	one(struct{ T textPointer }{})
	one(&struct{ T textPointer }{})
	one(struct{ J *jsonPointer }{J: &jsonPointer{}})
	one(struct{ J jsonPointer }{})
	one(oddValue{})
	cycle := &chain{Name: "a"}
	cycle.Next = cycle
	_, err := appendCompact(nil, cycle)
	require.ErrorIs(t, err, errNotCompact, "a cycle is left to encoding/json")
	_, err = encodeJSON(cycle, "", "")
	require.Error(t, err)
	for _, f := range []float64{math.NaN(), math.Inf(1)} {
		_, err := appendCompact(nil, struct{ F float64 }{f})
		require.ErrorIs(t, err, errNotCompact)
		_, err = encodeJSON(struct{ F float64 }{f}, "", "")
		require.Error(t, err)
	}
}

// TestDocumentHasAPlan checks that a Document is written by appendCompact,
// not handed to encoding/json: a field of a kind it leaves there would
// silently undo the speed-up.
func TestDocumentHasAPlan(t *testing.T) {
	for _, v := range []any{&model.Document{}, model.Document{}} {
		assert.NotNil(t, encoderOf(reflect.TypeOf(v)), "%T", v)
	}
}

// TestAppendStringLongAsEncodingJSON compares appendString with
// encoding/json on random strings of up to 24 pieces, among them runs of
// plain ASCII and Chinese text, so that every piece is met at every
// place of plainRun's eight-byte reads.
func TestAppendStringLongAsEncodingJSON(t *testing.T) {
	pieces := append([]string{"abcdefgh", "中文字符", "x", "，", "2025年"}, jsonPieces...)
	r := rand.New(rand.NewPCG(2026, 12))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(25) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want, err := json.Marshal(s)
		require.NoError(t, err)
		want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
		require.Equal(t, string(want), string(appendString(nil, s)), "%q", s)
	}
}
