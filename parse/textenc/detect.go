package textenc

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// SampleSize bounds the bytes that detection decodes and scores, so that
// detection costs the same on a 100 MB archive member as on a page. Data
// no longer than it is read whole: DetectValid tells whether it is valid
// UTF-8 throughout.
const SampleSize = 16 << 10

// Detect returns the canonical name of the encoding data is most likely
// in: the BOM's, else UTF-8 when the data is (almost entirely) valid
// UTF-8, else UTF-16 when NUL bytes show it, else GB18030 or Big5,
// whichever decodes the data into more plausible Chinese. Pure ASCII and
// empty data are UTF-8.
func Detect(data []byte) string {
	name, _ := DetectValid(data)
	return name
}

// DetectValid is Detect that also reports whether it found the whole of
// data valid UTF-8 without a byte order mark (data no longer than the
// sample detection reads): decoding it as UTF-8 would only read it again,
// and string(data) is the text.
func DetectValid(data []byte) (name string, valid bool) {
	if name, _ := bomLen(data); name != "" {
		return name, false
	}
	sample := data
	if len(sample) > SampleSize {
		sample = sample[:SampleSize]
	}
	if name := utf16ByNULs(sample); name != "" {
		return name, false
	}
	if utf8.Valid(sample) {
		return UTF8, len(sample) == len(data)
	}
	if mostlyUTF8(sample) {
		return UTF8, false
	}
	name, _, _ = gbOrBig5(sample)
	return name, false
}

// gbOrBig5 decodes sample as GB18030 and as Big5 and returns the more
// plausible one with both scores.
func gbOrBig5(sample []byte) (string, float64, float64) {
	gb, b5 := scoreAs(sample, GB18030), scoreAs(sample, Big5)
	if b5 > gb {
		return Big5, gb, b5
	}
	return GB18030, gb, b5
}

// scoreAs decodes sample (leniently) with the named encoding and scores it.
func scoreAs(sample []byte, name string) float64 {
	var out []byte
	switch name {
	case UTF8:
		out = sample
	case UTF16LE, UTF16BE:
		r, _ := decodeUTF16(sample, name == UTF16BE, true)
		out = []byte(r.Text)
	default:
		enc := lookup(name)
		if enc == nil {
			return -3
		}
		var err error
		out, _, err = transform.Bytes(enc.NewDecoder(), sample)
		if err != nil {
			return -3
		}
	}
	return Score(out)
}

// Plausible reports whether decoding data as the declared encoding gives
// text at least about as Chinese-looking as the detected encoding does. It
// returns the detected encoding when that one is clearly better, so that a
// page declaring the wrong charset is caught instead of becoming garbage.
func Plausible(data []byte, declared string) (ok bool, better string) {
	canon, known := Canonical(declared)
	if !known {
		return false, Detect(data)
	}
	det := Detect(data)
	if det == canon || (det == GB18030 && canon == GBK) || (det == GBK && canon == GB18030) {
		return true, ""
	}
	sample := data
	if len(sample) > SampleSize {
		sample = sample[:SampleSize]
	}
	if scoreAs(sample, canon)+0.3 < scoreAs(sample, det) {
		return false, det
	}
	return true, ""
}

// mostlyUTF8 reports whether data is UTF-8 with a few damaged bytes (a
// cut-off file, a stray byte) rather than text in a legacy encoding: valid
// multi-byte sequences outnumber invalid bytes four to one.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good >= 8 && good >= 4*bad
}

// utf16ByNULs recognises BOM-less UTF-16 with ASCII in it: NUL bytes
// concentrated at odd (little-endian) or even (big-endian) offsets.
func utf16ByNULs(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	even, odd := 0, 0
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	switch {
	case odd*10 >= half && even*3 < odd:
		return UTF16LE
	case even*10 >= half && odd*3 < even:
		return UTF16BE
	}
	return ""
}
