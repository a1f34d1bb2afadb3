package textenc

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks, for every encoding, that strict decoding either
// succeeds or names an offset inside the input, and that replacing
// decoding always succeeds with valid UTF-8 and agrees with strict
// decoding on valid input.
func FuzzDecode(f *testing.F) {
	m, _ := filepath.Glob(filepath.Join(inputs, "short_*"))
	for _, p := range m {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("\xff\xfe\x00\xd8a\x00"))
	f.Add([]byte("\x84\x31\xa4\x37\x81\x30"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, enc := range []string{Detect(data), UTF8, UTF16LE, UTF16BE, GB18030, GBK, Big5, "windows-1252"} {
			strict, err := Decode(data, enc, false)
			var ie *InvalidError
			if err != nil {
				if !errors.As(err, &ie) {
					t.Fatalf("%s: unexpected error %v", enc, err)
				}
				if ie.Offset < 0 || ie.Offset >= int64(len(data)) {
					t.Fatalf("%s: offset %d outside %d bytes", enc, ie.Offset, len(data))
				}
			}
			lax, err := Decode(data, enc, true)
			if err != nil {
				t.Fatalf("%s: replacing decode failed: %v", enc, err)
			}
			if !utf8.ValidString(lax.Text) {
				t.Fatalf("%s: invalid UTF-8 output", enc)
			}
			if ie == nil && (lax.Text != strict.Text || lax.Replaced != 0) {
				t.Fatalf("%s: strict and replacing decodes differ on valid input", enc)
			}
			if ie != nil && lax.First != ie.Offset {
				t.Fatalf("%s: first replacement at %d, strict error at %d", enc, lax.First, ie.Offset)
			}
		}
	})
}
