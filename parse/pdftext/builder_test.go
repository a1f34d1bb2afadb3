package pdftext

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"crypto/rc4"
	"fmt"
	"strings"
)

// pdfDoc builds small PDFs by hand for tests: objects are numbered from 1
// in the order added, the cross-reference table is computed.
type pdfDoc struct {
	header  string
	objs    []string
	trailer string // extra trailer entries
	noXref  bool   // the caller writes its own xref and trailer
	tail    string // bytes after %%EOF
	prefix  string // bytes before the header
	enc     *rc4Enc
}

// rc4Enc encrypts strings and streams with RC4-128 (V 2, R 3).
type rc4Enc struct {
	key []byte
	id  string
}

func newDoc() *pdfDoc { return &pdfDoc{header: "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"} }

// add appends an object body and returns its number.
func (d *pdfDoc) add(body string) int {
	d.objs = append(d.objs, body)
	return len(d.objs)
}

// set replaces object n's body.
func (d *pdfDoc) set(n int, body string) { d.objs[n-1] = body }

// stream makes a stream object body, Flate-compressed unless raw.
func stream(dict string, data []byte, raw bool) string {
	if !raw {
		var b bytes.Buffer
		w, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
		w.Write(data)
		w.Close()
		data = b.Bytes()
		dict += " /Filter /FlateDecode"
	}
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// bytes renders the file.
func (d *pdfDoc) bytes() []byte {
	var b bytes.Buffer
	b.WriteString(d.prefix)
	base := b.Len()
	b.WriteString(d.header)
	offs := make([]int, len(d.objs))
	for i, o := range d.objs {
		offs[i] = b.Len() - base
		if d.enc != nil && strings.Contains(o, "stream\n") && !strings.Contains(o, "/Type /XRef") {
			o = d.enc.stream(i+1, o)
		}
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	if !d.noXref {
		xref := b.Len() - base
		fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(d.objs)+1)
		for _, o := range offs {
			fmt.Fprintf(&b, "%010d 00000 n \n", o)
		}
		fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(d.objs)+1, d.trailer, xref)
	}
	b.WriteString(d.tail)
	return b.Bytes()
}

// catalog adds a catalog (object 1), a page tree (2) and one page per
// content stream, all sharing res. It returns the page object numbers.
func (d *pdfDoc) catalog(res string, contents ...[]byte) []int {
	d.add("<< /Type /Catalog /Pages 2 0 R >>")
	d.add("")
	var pages, kids []string
	var nums []int
	for _, c := range contents {
		cs := d.add(stream("", c, false))
		p := d.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>", res, cs))
		nums = append(nums, p)
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
		pages = append(pages, "")
	}
	d.set(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	return nums
}

// hexString writes b as a PDF hex string.
func hexString(b []byte) string { return fmt.Sprintf("<%X>", b) }

// encryptRC4 sets up RC4-128 encryption with an empty user password
// (PDF 32000-1 algorithms 2 and 5, revision 3).
func (d *pdfDoc) encryptRC4() {
	pad := []byte{0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
		0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A}
	id := "0123456789abcdef"
	O := bytes.Repeat([]byte{0x5A}, 32)
	P := int32(-4)
	h := md5.New()
	h.Write(pad)
	h.Write(O)
	h.Write([]byte{byte(P), byte(P >> 8), byte(P >> 16), byte(P >> 24)})
	h.Write([]byte(id))
	key := h.Sum(nil)
	for i := 0; i < 50; i++ {
		s := md5.Sum(key[:16])
		key = s[:]
	}
	key = key[:16]
	h.Reset()
	h.Write(pad)
	h.Write([]byte(id))
	u := h.Sum(nil)
	c, _ := rc4.NewCipher(key)
	c.XORKeyStream(u, u)
	for i := 1; i <= 19; i++ {
		k := make([]byte, len(key))
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		c, _ := rc4.NewCipher(k)
		c.XORKeyStream(u, u)
	}
	U := append(u, make([]byte, 16)...)
	e := d.add(fmt.Sprintf("<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O %s /U %s >>", P, hexString(O), hexString(U)))
	d.trailer += fmt.Sprintf(" /Encrypt %d 0 R /ID [%s %s]", e, hexString([]byte(id)), hexString([]byte(id)))
	d.enc = &rc4Enc{key: key, id: id}
}

// stream encrypts the data of stream object n.
func (e *rc4Enc) stream(n int, body string) string {
	i := strings.Index(body, "stream\n") + len("stream\n")
	j := strings.LastIndex(body, "\nendstream")
	data := []byte(body[i:j])
	h := md5.New()
	h.Write(e.key)
	h.Write([]byte{byte(n), byte(n >> 8), byte(n >> 16), 0, 0})
	c, _ := rc4.NewCipher(h.Sum(nil))
	c.XORKeyStream(data, data)
	return body[:i] + string(data) + body[j:]
}
