package pdftext

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/pdf/crafted from the generators")

// craftedDir holds the hand-written PDFs, shared with the parse package's
// tests and fuzz seeds.
const craftedDir = "../../testdata/pdf/crafted"

// The texts of the hand-written CJK PDF, one per predefined CMap.
const (
	gbkLine   = "关于印发2017年政务公开工作要点的通知"
	ucs2Line  = "各区人民政府，市各有关部门："
	utf16Line = "现印发给你们，请认真贯彻执行。𠮷"
)

// cjkFont is a non-embedded Type0 font with a predefined CMap and no
// ToUnicode, as official-document typesetting systems write them.
func cjkFont(d *pdfDoc, enc string) int {
	desc := d.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>")
	cid := d.add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 >>", desc))
	return d.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-%s /Encoding /%s /DescendantFonts [%d 0 R] >>", enc, enc, cid))
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func utf16be(s string) []byte {
	b, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// cjkContent shows the three lines with fonts F1 (GBK-EUC-H), F2
// (UniGB-UCS2-H) and F3 (UniGB-UTF16-H).
func cjkContent() []byte {
	return []byte(fmt.Sprintf("BT /F1 16 Tf 72 750 Td %s Tj ET\nBT /F2 12 Tf 72 720 Td %s Tj ET\nBT /F3 12 Tf 72 700 Td %s Tj ET\n",
		hexString(gbk(gbkLine)), hexString(utf16be(ucs2Line)), hexString(utf16be(utf16Line))))
}

// cjkDoc is a one-page document in the three predefined CMaps.
func cjkDoc() *pdfDoc {
	d := newDoc()
	pages := d.catalog("", cjkContent())
	f1, f2, f3 := cjkFont(d, "GBK-EUC-H"), cjkFont(d, "UniGB-UCS2-H"), cjkFont(d, "UniGB-UTF16-H")
	res := fmt.Sprintf("<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >>", f1, f2, f3)
	for _, p := range pages {
		d.set(p, strings.Replace(d.objs[p-1], "/Resources ", "/Resources "+res, 1))
	}
	return d
}

// withPages builds a CJK document with the given content streams.
func withPages(contents ...[]byte) *pdfDoc {
	d := newDoc()
	pages := d.catalog("", contents...)
	f1 := cjkFont(d, "GBK-EUC-H")
	res := fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f1)
	for _, p := range pages {
		d.set(p, strings.Replace(d.objs[p-1], "/Resources ", "/Resources "+res, 1))
	}
	return d
}

func textOp(s string) string {
	return fmt.Sprintf("BT /F1 14 Tf 72 700 Td %s Tj ET\n", hexString(gbk(s)))
}

var startxrefRE = regexp.MustCompile(`startxref\n(\d+)`)

func lastStartxref(b []byte) int {
	m := startxrefRE.FindAllSubmatch(b, -1)
	n, _ := strconv.Atoi(string(m[len(m)-1][1]))
	return n
}

var (
	craftedOnce sync.Once
	craftedData map[string][]byte
)

// craftedFiles generates the hand-written and hostile PDFs (once).
func craftedFiles() map[string][]byte {
	craftedOnce.Do(func() { craftedData = genCrafted() })
	return craftedData
}

func genCrafted() map[string][]byte {
	out := map[string][]byte{}
	out["cjk_predefined_cmaps.pdf"] = cjkDoc().bytes()

	// Header and trailer quirks the library refuses although the files
	// are valid.
	d := cjkDoc()
	d.header = "%PDF-2.0\n"
	out["quirk_pdf20_header.pdf"] = d.bytes()
	d = cjkDoc()
	d.prefix = "\xef\xbb\xbfjunk before the header\n"
	out["quirk_junk_before_header.pdf"] = d.bytes()
	d = cjkDoc()
	d.tail = strings.Repeat("trailing garbage after the end marker ", 10)
	out["quirk_trailing_bytes.pdf"] = d.bytes()

	// Encryption.
	d = cjkDoc()
	d.encryptRC4()
	out["encrypted_empty_user_password.pdf"] = d.bytes()
	d = cjkDoc()
	d.encryptRC4()
	b := d.bytes()
	i := bytes.Index(b, []byte("/U <")) + 4
	copy(b[i:], bytes.Repeat([]byte("A"), 64)) // a /U that the empty password does not produce
	out["encrypted_user_password.pdf"] = b

	// xref /Prev loops: to itself, and between two sections.
	d = cjkDoc()
	b = d.bytes()
	d.trailer = fmt.Sprintf("/Prev %d", lastStartxref(b))
	out["hostile_prev_self_loop.pdf"] = d.bytes()
	d = cjkDoc()
	d.trailer = "/Prev 0000000000"
	b = d.bytes()
	first := lastStartxref(b)
	second := len(b)
	upd := fmt.Sprintf("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size %d /Root 1 0 R /Prev %010d >>\nstartxref\n%d\n%%%%EOF\n", len(d.objs)+1, first, second)
	b = bytes.Replace(b, []byte("/Prev 0000000000"), []byte(fmt.Sprintf("/Prev %010d", second)), 1)
	out["hostile_prev_two_loop.pdf"] = append(b, upd...)

	// Huge cross-reference sizes: fatal out-of-memory inside Open.
	d = cjkDoc()
	b = d.bytes()
	b = bytes.Replace(b, []byte("xref\n0 "), []byte("xref\n900000000 6\n0000000000 65535 f \n0000000000 65535 f \n0000000000 65535 f \n0000000000 65535 f \n0000000000 65535 f \n0000000000 65535 f \n0 "), 1)
	b = regexp.MustCompile(`startxref\n\d+`).ReplaceAll(b, []byte(fmt.Sprintf("startxref\n%d", bytes.Index(b, []byte("xref\n900000000")))))
	out["hostile_xref_subsection_huge.pdf"] = b
	d = cjkDoc()
	d.noXref = true
	b = d.bytes()
	xs := len(b)
	n := len(d.objs) + 1
	b = append(b, fmt.Sprintf("%d 0 obj\n%s\nendobj\nstartxref\n%d\n%%%%EOF\n", n,
		stream("/Type /XRef /Size 100000000 /W [1 4 2] /Root 1 0 R", make([]byte, 7*3), true), xs)...)
	out["hostile_xref_stream_size_huge.pdf"] = b

	// Page tree hazards.
	d = newDoc()
	d.add("<< /Type /Catalog /Pages 2 0 R >>")
	d.add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
	out["hostile_pagetree_cycle.pdf"] = d.bytes()
	d = withPages([]byte(textOp("页面树循环中的一页正文")))
	d.set(2, strings.Replace(d.objs[1], "/Kids [", "/Kids [2 0 R ", 1))
	out["hostile_pagetree_cycle_with_page.pdf"] = d.bytes()
	d = withPages([]byte(textOp("页数声明为二十亿的文件")))
	d.set(2, regexp.MustCompile(`/Count \d+`).ReplaceAllString(d.objs[1], "/Count 2000000000"))
	out["hostile_count_huge.pdf"] = d.bytes()
	d = newDoc()
	d.add("<< /Type /Catalog /Pages 2 0 R >>")
	d.add("<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R 4 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [6 0 R 6 0 R 6 0 R 6 0 R 6 0 R 6 0 R 6 0 R 6 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [7 0 R 7 0 R 7 0 R 7 0 R 7 0 R 7 0 R 7 0 R 7 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [8 0 R 8 0 R 8 0 R 8 0 R 8 0 R 8 0 R 8 0 R 8 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [9 0 R 9 0 R 9 0 R 9 0 R 9 0 R 9 0 R 9 0 R 9 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [10 0 R 10 0 R 10 0 R 10 0 R 10 0 R 10 0 R 10 0 R 10 0 R] /Count 8 >>")
	d.add("<< /Type /Pages /Kids [] /Count 0 >>")
	out["hostile_pagetree_fanout.pdf"] = d.bytes()

	// Content bombs.
	bomb := append(bytes.Repeat([]byte(" "), 100<<20), textOp("炸弹之后的正文")...)
	out["hostile_flate_bomb.pdf"] = withPages(bomb, []byte(textOp("第二页正文完好"))).bytes()
	qs := append(bytes.Repeat([]byte("q\n"), 5_000_000), textOp("五百万个保存状态之后的正文")...)
	out["hostile_many_q.pdf"] = withPages(qs).bytes()
	deep := append(bytes.Repeat([]byte("["), 1_000_000), textOp("深层嵌套")...)
	out["hostile_deep_nesting_content.pdf"] = withPages(deep, []byte(textOp("第二页正文完好"))).bytes()
	d = withPages([]byte(textOp("对象深层嵌套")))
	d.add(strings.Repeat("[", 5000) + strings.Repeat("]", 5000))
	out["hostile_deep_nesting_object.pdf"] = d.bytes()
	d = withPages([]byte(textOp("对象流条目数量巨大")))
	d.add(stream("/Type /ObjStm /N 2000000000 /First 10", []byte("1 0       << >>"), true))
	out["hostile_objstm_n_huge.pdf"] = d.bytes()
	d = withPages([]byte(textOp("不支持的过滤器")), []byte(textOp("第二页正文完好")))
	d.set(3, strings.Replace(d.objs[2], "/FlateDecode", "/LZWDecode", 1))
	out["hostile_unsupported_filter.pdf"] = d.bytes()

	// Scanned and garbled pages.
	img := "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
	scan := []byte("q 595 0 0 842 0 0 cm /Im0 Do Q\n")
	d = newDoc()
	pages := d.catalog("", scan, scan)
	im := d.add(img)
	for _, p := range pages {
		d.set(p, strings.Replace(d.objs[p-1], "/Resources ", fmt.Sprintf("/Resources << /XObject << /Im0 %d 0 R >> >>", im), 1))
	}
	out["scanned_only.pdf"] = d.bytes()
	d = withPages([]byte(textOp("第一页是正常的中文正文")), []byte("BT /F9 14 Tf 72 700 Td <0102030405060708090A0B0C0D0E0F101112131415161718191A> Tj ET\n"))
	id := cjkFont(d, "Identity-H")
	for _, p := range []int{4, 6} {
		d.set(p, strings.Replace(d.objs[p-1], "/F1 ", fmt.Sprintf("/F9 %d 0 R /F1 ", id), 1))
	}
	out["garbled_page2.pdf"] = d.bytes()
	return out
}

// TestCraftedFilesUpToDate keeps testdata/pdf/crafted in step with the
// generators (run with -update to rewrite).
func TestCraftedFilesUpToDate(t *testing.T) {
	files := craftedFiles()
	if *update {
		require.NoError(t, os.MkdirAll(craftedDir, 0o755))
		for name, b := range files {
			require.NoError(t, os.WriteFile(filepath.Join(craftedDir, name), b, 0o644))
		}
	}
	for name, b := range files {
		got, err := os.ReadFile(filepath.Join(craftedDir, name))
		require.NoError(t, err, "run go test -run TestCraftedFilesUpToDate -update")
		require.True(t, bytes.Equal(b, got), "%s is stale; run with -update", name)
	}
}
