package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zwgk/gongwen/parse/internal/errs"
)

const inputs = "../../testdata/inputs/enc"

func seed(t testing.TB, prefix string) string {
	t.Helper()
	m, err := filepath.Glob("../../testdata/seeds/" + prefix + "_*.txt")
	require.NoError(t, err)
	require.Len(t, m, 1)
	b, err := os.ReadFile(m[0])
	require.NoError(t, err)
	return string(b)
}

// TestFixtures decodes every iconv-made fixture, detecting its encoding,
// and checks the text is byte-identical to the UTF-8 seed.
func TestFixtures(t *testing.T) {
	tests := []struct {
		file, seed, enc string
	}{
		{"000.gbk.txt", "000", GB18030},
		{"002.gbk.txt", "002", GB18030},
		{"004.gbk.txt", "004", GB18030},
		{"001.gb18030.txt", "001", GB18030},
		{"003.gb18030.txt", "003", GB18030},
		{"003.big5.txt", "003", Big5},
		{"000.utf16le.txt", "000", UTF16LE},
		{"003.utf16le.txt", "003", UTF16LE},
		{"004.utf16be.txt", "004", UTF16BE},
		{"002.utf8bom.txt", "002", UTF8},
		{"short_000.gbk.txt", "short_000", GB18030},
		{"short_001.gbk.txt", "short_001", GB18030},
		{"short_002.gbk.txt", "short_002", GB18030},
		{"short_003.gbk.txt", "short_003", GB18030},
		{"short_004.gbk.txt", "short_004", GB18030},
		{"short_003.big5.txt", "short_003", Big5},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(inputs, tt.file))
			require.NoError(t, err)
			var want string
			if strings.HasPrefix(tt.seed, "short_") {
				b, err := os.ReadFile(filepath.Join(inputs, tt.seed+".utf8.txt"))
				require.NoError(t, err)
				want = string(b)
			} else {
				want = seed(t, tt.seed)
			}
			got := Detect(data)
			require.Equal(t, tt.enc, got)
			res, err := Decode(data, got, false)
			require.NoError(t, err)
			assert.Equal(t, want, res.Text)
			assert.Zero(t, res.Replaced)
		})
	}
}

// TestShortWindows slides windows of 200 and 60 characters over every seed,
// encodes each with GBK (and seed 003, which is traditional, also with
// Big5) and checks detection never confuses the two.
func TestShortWindows(t *testing.T) {
	type enc struct {
		name string
		e    encoding.Encoding
	}
	gbk := enc{GB18030, simplifiedchinese.GBK}
	big5 := enc{Big5, traditionalchinese.Big5}
	for _, size := range []int{200, 60} {
		for _, p := range []string{"000", "001", "002", "003", "004"} {
			runes := []rune(seed(t, p))
			encs := []enc{gbk}
			if p == "003" {
				encs = append(encs, big5)
			}
			for _, e := range encs {
				total, wrong := 0, 0
				for i := 0; i+size <= len(runes); i += size / 2 {
					s := string(runes[i : i+size])
					b, err := e.e.NewEncoder().Bytes([]byte(s))
					if err != nil {
						continue // a character the encoding lacks
					}
					if utf8.Valid(b) {
						continue // an ASCII-only window
					}
					total++
					if got := Detect(b); got != e.name {
						wrong++
						if wrong <= 3 {
							t.Errorf("seed %s, %d chars at %d as %s: detected %s: %q", p, size, i, e.name, got, s)
						}
					}
				}
				t.Logf("seed %s, %d-char windows, %s: %d/%d right", p, size, e.name, total-wrong, total)
				assert.Positive(t, total)
			}
		}
	}
}

func TestInvalidOffsets(t *testing.T) {
	gbk, err := os.ReadFile(filepath.Join(inputs, "short_001.gbk.txt"))
	require.NoError(t, err)
	nl := strings.IndexByte(string(gbk), '\n') + 1 // a character boundary
	bad := append(append(append([]byte{}, gbk[:nl]...), 0xFF), gbk[nl:]...)
	require.Equal(t, GB18030, Detect(bad))
	_, err = Decode(bad, GB18030, false)
	var ie *InvalidError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, int64(nl), ie.Offset)
	assert.Contains(t, err.Error(), fmt.Sprintf("byte offset %d", nl))

	res, err := Decode(bad, GB18030, true)
	require.NoError(t, err)
	assert.Equal(t, 1, res.Replaced)
	assert.Equal(t, int64(nl), res.First)
	assert.Equal(t, 1, strings.Count(res.Text, "\uFFFD"))

	// A lead byte followed by an ASCII byte is invalid too.
	lead := append(append(append([]byte{}, gbk[:nl]...), 0xB0, ' '), gbk[nl:]...)
	_, err = Decode(lead, GB18030, false)
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, int64(nl), ie.Offset)

	// Big5: a trail byte outside 40–7E/A1–FE.
	b5, err := os.ReadFile(filepath.Join(inputs, "short_003.big5.txt"))
	require.NoError(t, err)
	nl5 := strings.IndexByte(string(b5), '\n') + 1
	badb5 := append(append(append([]byte{}, b5[:nl5]...), 0xA4, 0x20), b5[nl5:]...)
	_, err = Decode(badb5, Big5, false)
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, int64(nl5), ie.Offset)

	// GB18030's own code for U+FFFD is valid.
	res, err = Decode([]byte("a\x84\x31\xA4\x37b"), GB18030, false)
	require.NoError(t, err)
	assert.Equal(t, "a\uFFFDb", res.Text)
}

func TestUTF16(t *testing.T) {
	le, err := os.ReadFile(filepath.Join(inputs, "003.utf16le.txt"))
	require.NoError(t, err)
	_, err = Decode(le[:len(le)-1], UTF16LE, false)
	var ie *InvalidError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, int64(len(le)-2), ie.Offset)
	assert.Contains(t, err.Error(), "truncated UTF-16")

	// An unpaired high surrogate.
	_, err = Decode([]byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, UTF16LE, false)
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, int64(4), ie.Offset)
	res, err := Decode([]byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, UTF16LE, true)
	require.NoError(t, err)
	assert.Equal(t, "a\uFFFDb", res.Text)

	// A surrogate pair decodes to one rune; BOM-less UTF-16 is detected by NULs.
	res, err = Decode([]byte{0x3D, 0xD8, 0x00, 0xDE}, UTF16LE, false)
	require.NoError(t, err)
	assert.Equal(t, "\U0001F600", res.Text)
	assert.Equal(t, UTF16BE, Detect([]byte{0, 'a', 0, 'b', 0x4E, 0x2D, 0, 'c', 0, '\n'}))
}

func TestUTF8(t *testing.T) {
	s := seed(t, "001")
	cut := []byte(s)[:101] // mid-character
	require.False(t, utf8.Valid(cut))
	assert.Equal(t, UTF8, Detect(cut), "cut-off UTF-8 stays UTF-8")
	_, err := Decode(cut, UTF8, false)
	var ie *InvalidError
	require.True(t, errors.As(err, &ie))
	assert.EqualValues(t, validLen(cut), ie.Offset)
	assert.Equal(t, UTF8, Detect([]byte("plain ascii")))
	assert.Equal(t, UTF8, Detect(nil))
}

func validLen(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func TestCanonical(t *testing.T) {
	for label, want := range map[string]string{
		"GB2312": GBK, "gbk": GBK, "x-gbk": GBK, "GB18030": GB18030, "BIG5": Big5, "big5-hkscs": Big5,
		"UTF-8": UTF8, "utf8": UTF8, "UTF-16LE": UTF16LE, "utf-16be": UTF16BE, "windows-1252": "windows-1252",
		"iso-8859-1": "windows-1252", `"gb2312"`: GBK,
	} {
		got, ok := Canonical(label)
		assert.True(t, ok, label)
		assert.Equal(t, want, got, label)
	}
	for _, label := range []string{"hz-gb-2312", "klingon", ""} {
		_, ok := Canonical(label)
		assert.False(t, ok, label)
	}
	_, err := Decode([]byte("x"), "klingon", false)
	assert.ErrorIs(t, err, ErrUnknownEncoding)
	assert.ErrorIs(t, err, errs.Encoding, "one set of sentinels: parse.ErrEncoding holds too")
}

func TestPlausible(t *testing.T) {
	gbk, err := os.ReadFile(filepath.Join(inputs, "short_001.gbk.txt"))
	require.NoError(t, err)
	ok, better := Plausible(gbk, "big5")
	assert.False(t, ok)
	assert.Equal(t, GB18030, better)
	ok, better = Plausible(gbk, "windows-1252")
	assert.False(t, ok)
	assert.Equal(t, GB18030, better)
	ok, _ = Plausible(gbk, "gb2312")
	assert.True(t, ok)
}

func BenchmarkDetectDecodeGBK(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(inputs, "002.gbk.txt"))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, Detect(data), false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDetectDecodeBig5(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(inputs, "003.big5.txt"))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, Detect(data), false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDetectDecodeLarge measures archive-scale throughput: detection
// looks at a fixed-size sample, so decoding dominates.
func BenchmarkDetectDecodeLarge(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(inputs, "002.gbk.txt"))
	require.NoError(b, err)
	data = bytes.Repeat(data, 50)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, Detect(data), false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDetectValid holds DetectValid to Detect's answer, and its valid to
// "all of data is UTF-8 without a BOM, and detection read all of it".
func TestDetectValid(t *testing.T) {
	s := seed(t, "001")
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s[:600]))
	require.NoError(t, err)
	long := []byte(strings.Repeat("通知\n", SampleSize/7+1))
	require.Greater(t, len(long), SampleSize)
	for _, tc := range []struct {
		name  string
		data  []byte
		valid bool
	}{
		{"notice", []byte(s[:strings.LastIndexByte(s[:min(len(s), 2000)], '\n')+1]), true},
		{"ascii", []byte("plain ascii"), true},
		{"empty", nil, true},
		{"longer than the sample", long, false},
		{"invalid at the end", append([]byte("通知"), 0xE9), false},
		{"byte order mark", append([]byte{0xEF, 0xBB, 0xBF}, "通知"...), false},
		{"gbk", gbk, false},
		{"utf-16 by NULs", []byte("a\x00b\x00c\x00d\x00"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name, valid := DetectValid(tc.data)
			assert.Equal(t, Detect(tc.data), name)
			assert.Equal(t, tc.valid, valid)
			if valid {
				assert.Equal(t, UTF8, name)
				assert.True(t, utf8.Valid(tc.data))
			}
		})
	}
}
