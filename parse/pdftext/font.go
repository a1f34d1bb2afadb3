package pdftext

import (
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// cmapKind is how a font's byte strings split into codes and, lacking a
// ToUnicode map, how codes become text.
type cmapKind int

const (
	cmapSimple   cmapKind = iota // one byte per code (simple and Type 3 fonts)
	cmapIdentity                 // Identity-H/V: two-byte CIDs
	cmapGBK                      // GBK-EUC, GB-EUC, GBK2K (GB 18030)
	cmapBig5                     // B5pc, ETen-B5, HKscs-B5
	cmapUCS2                     // Uni*-UCS2: two-byte UCS-2
	cmapUTF16                    // Uni*-UTF16: UTF-16BE
	cmapEmbedded                 // an embedded CMap stream: codespace from it
)

// font is what the walker needs of a PDF font: how to split a string into
// codes, each code's text and its advance in text space per unit of font
// size.
type font struct {
	kind     cmapKind
	uni      *toUnicode
	spaces   *toUnicode // codespaces of an embedded encoding CMap
	simple   [256]string
	widths   map[uint32]float64 // CID or code → advance (text space / size)
	dw       float64            // default advance
	vscale   float64            // vertical glyph scale (1 except Type 3)
	dec      *encoding.Decoder  // for GBK / Big5 predefined CMaps
	encoding string             // name of a predefined CMap, for Source.Encoding
}

// defaultFont is used when Tf names a font that does not exist.
var defaultFont = func() *font {
	f := &font{kind: cmapSimple, dw: 0.5, vscale: 1}
	for i := 32; i < 127; i++ {
		f.simple[i] = string(rune(i))
	}
	return f
}()

// loadFont reads a font dictionary.
func loadFont(v pdf.Value, lim Limits) *font {
	if v.Kind() != pdf.Dict {
		return defaultFont
	}
	f := &font{vscale: 1}
	f.uni = parseToUnicode(v.Key("ToUnicode"), lim.MaxCMapBytes)
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.loadType0(v, lim)
	case "Type3":
		f.loadSimple(v)
		fm := v.Key("FontMatrix")
		a, d := fm.Index(0).Float64(), fm.Index(3).Float64()
		if a == 0 || math.IsNaN(a) || math.Abs(a) > 1 {
			a = 0.001
		}
		for c, w := range f.widths { // widths are in glyph space
			f.widths[c] = w * 1000 * math.Abs(a)
		}
		f.dw = 0
		if d != 0 && !math.IsNaN(d) && math.Abs(d) < 1 {
			f.vscale = math.Abs(d) * 1000
			// A glyph space of other than 1000 units an em (Skia draws
			// 256) makes that scale too large: lines a line apart would
			// share a baseline. The glyphs' own box bounds their height.
			bb := v.Key("FontBBox")
			if h := math.Abs(bb.Index(3).Float64()-bb.Index(1).Float64()) * math.Abs(d); h > 0 && h < f.vscale {
				f.vscale = h
			}
		}
	default:
		f.loadSimple(v)
	}
	return f
}

// loadSimple reads the widths and the code → text table of a simple font.
func (f *font) loadSimple(v pdf.Value) {
	f.kind = cmapSimple
	f.widths = make(map[uint32]float64)
	first := v.Key("FirstChar").Int64()
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		c := first + int64(i)
		if c >= 0 && c < 256 {
			f.widths[uint32(c)] = ws.Index(i).Float64() / 1000
		}
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64() / 1000
	if ws.Len() == 0 {
		f.dw = 0.5
		if strings.Contains(v.Key("BaseFont").Name(), "Courier") {
			f.dw = 0.6
		}
	}
	// Base encoding, then /Differences, then ToUnicode.
	enc := v.Key("Encoding")
	base := enc
	if enc.Kind() == pdf.Dict {
		base = enc.Key("BaseEncoding")
	}
	var cm *charmap.Charmap = charmap.Windows1252
	if base.Name() == "MacRomanEncoding" {
		cm = charmap.Macintosh
	}
	for i := 0; i < 256; i++ {
		if i < 32 {
			continue
		}
		f.simple[i] = string(cm.DecodeByte(byte(i)))
	}
	if enc.Kind() == pdf.Dict {
		diffs := enc.Key("Differences")
		code := -1
		for i := 0; i < diffs.Len() && i < 1024; i++ {
			x := diffs.Index(i)
			switch x.Kind() {
			case pdf.Integer:
				code = int(x.Int64())
			case pdf.Name:
				if code >= 0 && code < 256 {
					if s := glyphText(x.Name()); s != "" {
						f.simple[code] = s
					} else {
						f.simple[code] = "\uFFFD"
					}
				}
				code++
			}
		}
	}
	for i := 0; i < 256; i++ {
		if s, ok := f.uni.lookup(1, uint32(i)); ok {
			f.simple[i] = s
		}
	}
}

// loadType0 reads a composite font: its encoding CMap and CID widths.
func (f *font) loadType0(v pdf.Value, lim Limits) {
	enc := v.Key("Encoding")
	name := enc.Name()
	f.encoding = name
	switch {
	case enc.Kind() == pdf.Stream:
		f.kind = cmapEmbedded
		f.spaces = parseToUnicode(enc, lim.MaxCMapBytes)
		if f.spaces == nil || len(f.spaces.spaces) == 0 {
			f.kind = cmapIdentity
		}
	case strings.HasPrefix(name, "Identity"):
		f.kind = cmapIdentity
	case strings.HasPrefix(name, "GBK2K"):
		f.kind, f.dec = cmapGBK, simplifiedchinese.GB18030.NewDecoder()
	case strings.HasPrefix(name, "GBK") || strings.HasPrefix(name, "GB-EUC") || strings.HasPrefix(name, "GBpc-EUC"):
		f.kind, f.dec = cmapGBK, simplifiedchinese.GBK.NewDecoder()
	case strings.HasPrefix(name, "B5pc") || strings.HasPrefix(name, "ETen-B5") || strings.HasPrefix(name, "HKscs-B5") || strings.HasPrefix(name, "ETenms-B5"):
		f.kind, f.dec = cmapBig5, traditionalchinese.Big5.NewDecoder()
	case strings.Contains(name, "-UCS2-"):
		f.kind = cmapUCS2
	case strings.Contains(name, "-UTF16-"):
		f.kind = cmapUTF16
	default:
		f.kind = cmapIdentity
	}
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64() / 1000
	}
	f.widths = make(map[uint32]float64)
	w := desc.Key("W")
	for i := 0; i < w.Len() && len(f.widths) < maxCMapEntries; {
		c := w.Index(i)
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			start := uint32(c.Int64())
			for j := 0; j < next.Len() && j < 65536; j++ {
				f.widths[start+uint32(j)] = next.Index(j).Float64() / 1000
			}
			i += 2
			continue
		}
		lo, hi, wd := c.Int64(), next.Int64(), w.Index(i+2).Float64()
		for k := lo; k <= hi && k-lo < 65536 && len(f.widths) < maxCMapEntries; k++ {
			if k >= 0 {
				f.widths[uint32(k)] = wd / 1000
			}
		}
		i += 3
	}
}

// next splits the first code off s and returns its length in bytes, its
// text and its advance per unit of font size.
func (f *font) next(s string) (n int, code uint32, text string, adv float64) {
	switch f.kind {
	case cmapSimple:
		c := uint32(s[0])
		w, ok := f.widths[c]
		if !ok {
			w = f.dw
		}
		t := f.simple[c]
		if t == "" && c >= 32 {
			t = "\uFFFD"
		}
		return 1, c, t, w
	case cmapIdentity, cmapEmbedded:
		n = 2
		if f.kind == cmapEmbedded {
			if k := f.spaces.codeLen(s); k > 0 {
				n = k
			}
		}
		if n > len(s) {
			n = len(s)
		}
		c := codeOf(s[:n])
		t, ok := f.uni.lookup(n, c)
		if !ok {
			t = "\uFFFD"
		}
		w, ok := f.widths[c]
		if !ok {
			w = f.dw
		}
		return n, c, t, w
	}
	// Predefined CMaps: the code is a character in a known encoding. The
	// CID (and so the width) is unknown without the CMap file: one-byte
	// codes are half width, others take the default width.
	n = f.predefLen(s)
	c := codeOf(s[:n])
	t, ok := f.uni.lookup(n, c)
	if !ok {
		t = f.predefText(s[:n])
	}
	w := f.dw
	if n == 1 {
		w = f.dw / 2
	}
	return n, c, t, w
}

// predefLen is the byte length of the code starting s in a predefined CMap.
func (f *font) predefLen(s string) int {
	n := 2
	switch f.kind {
	case cmapGBK, cmapBig5:
		if s[0] < 0x80 {
			n = 1
		} else if f.kind == cmapGBK && len(s) >= 4 && s[1] >= 0x30 && s[1] <= 0x39 {
			n = 4 // GB 18030 four-byte sequence
		}
	case cmapUTF16:
		if len(s) >= 4 && s[0] >= 0xD8 && s[0] <= 0xDB {
			n = 4
		}
	}
	if n > len(s) {
		n = len(s)
	}
	return n
}

// predefText decodes one code of a predefined CMap.
func (f *font) predefText(code string) string {
	switch f.kind {
	case cmapUCS2, cmapUTF16:
		if len(code) < 2 {
			return "\uFFFD"
		}
		return string(utf16.Decode(utf16Units(code)))
	}
	if len(code) == 1 {
		return string(rune(code[0]))
	}
	out, err := f.dec.String(code)
	if err != nil || !utf8.ValidString(out) {
		return "\uFFFD"
	}
	return out
}
