package parse

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
)

// sentinels are the errors Bytes may wrap.
var sentinels = []error{ErrUnsupportedFormat, ErrEncoding, ErrEmpty, ErrTooLarge, ErrMalformed, ErrNoTextLayer, ErrEncrypted}

// checkResult fails on results that break Bytes' contract: an error that
// is not an *Error wrapping a sentinel, or a Document without its source
// format or with invalid UTF-8.
func checkResult(t *testing.T, format model.Format, data []byte) {
	t.Helper()
	want := format
	if d, err := decode(data, newConfig([]Option{WithFormat(format)})); err == nil && !utf8.ValidString(d.text) {
		t.Fatal("the input stage produced invalid UTF-8")
	}
	doc, err := Bytes(data, WithFormat(format), WithName("fuzz."+string(format)), WithMaxBytes(1<<20))
	if err != nil {
		var pe *Error
		if !errors.As(err, &pe) {
			t.Fatalf("error is not a *parse.Error: %T %v", err, err)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error wraps no sentinel: %v", err)
	}
	if doc == nil {
		t.Fatal("nil Document without error")
	}
	if doc.Source.Format != want {
		t.Fatalf("Source.Format = %q, want %q", doc.Source.Format, want)
	}
	if doc.Source.Encoding == "" {
		t.Fatal("Source.Encoding not set")
	}
	if doc.Source.Size < 0 {
		t.Fatal("negative Source.Size")
	}
}

// FuzzBytesSniffed lets Bytes sniff the format itself, seeded with one
// fixture of each kind, so that sniffing and every reader behind it see
// each other's inputs.
func FuzzBytesSniffed(f *testing.F) {
	for _, name := range []string{"enc/short_003.big5.txt", "enc/short_001.gbk.txt", "docx/004.numbered.docx"} {
		b, err := os.ReadFile(filepath.Join(inputsDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>一、</p>\r\n--b--\r\n"))
	f.Add([]byte("<!DOCTYPE html><meta charset=gbk><p>\xd2\xbb\xa1\xa2</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Bytes(data, WithMaxBytes(1<<20))
		if err == nil {
			return
		}
		var pe *Error
		if !errors.As(err, &pe) {
			t.Fatalf("error is not a *parse.Error: %T %v", err, err)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error wraps no sentinel: %v", err)
	})
}

// addFiles seeds the corpus with the fixtures matching pattern, cut to
// limit bytes (small seeds mutate and minimise faster).
func addFiles(f *testing.F, pattern string, limit int) {
	m, err := filepath.Glob(filepath.Join(inputsDir, pattern))
	if err != nil || len(m) == 0 {
		f.Fatalf("no fixtures match %s", pattern)
	}
	for _, p := range m {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > limit {
			b = b[:limit]
		}
		f.Add(b)
	}
}

// FuzzBytesText feeds arbitrary bytes, seeded with the encoded fixtures,
// through encoding detection, decoding and the text parser.
func FuzzBytesText(f *testing.F) {
	addFiles(f, "enc/*.txt", 2<<10)
	f.Add([]byte("\xff\xfe\x00\xd8"))
	f.Add([]byte("一、\t（一）\t\t市人社局牵头"))
	f.Fuzz(func(t *testing.T, data []byte) { checkResult(t, "text", data) })
}

// FuzzBytesHTML feeds arbitrary pages, seeded with the HTML fixtures,
// through charset handling, article extraction and the parser.
func FuzzBytesHTML(f *testing.F) {
	addFiles(f, "html/*.html", 2<<10)
	f.Add([]byte(`<meta charset="big5"><table><tr><td rowspan=0 colspan=1000>一、</td><td rowspan=3>x</td></tr><tr><td>y</td></tr></table>`))
	f.Add([]byte(`<table><tr><td><table><tr><td>a<br>b</td></tr></table></td></tr></table>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkResult(t, "html", data) })
}

// mhtmlSeed builds a small web archive: a multipart/related envelope
// around one part with the given header lines and body.
func mhtmlSeed(partHeader string, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"=_b\"; type=\"text/html\"\r\n\r\n--=_b\r\n")
	b.WriteString(partHeader)
	b.WriteString("\r\n\r\n")
	b.Write(body)
	b.WriteString("\r\n--=_b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--=_b--\r\n")
	return b.Bytes()
}

// FuzzBytesMHTML feeds web archives (.mht). Its seeds are small archives
// built here, one per shape the reader handles (the .mht fixtures, up to
// a megabyte each, made it crawl; they stay inputs of TestBytesInputs):
// quoted-printable and base64 HTML parts, a GBK charset, no boundary.
func FuzzBytesMHTML(f *testing.F) {
	page := "<html><body><p>关于印发工作方案的通知</p><p>一、总体要求</p><p>（一）完善机制。市人社局牵头。</p></body></html>"
	f.Add(mhtmlSeed("Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable",
		[]byte("<html><body><p>=E4=B8=80=E3=80=81=E6=80=BB=E4=BD=93=\r\n=E8=A6=81=E6=B1=82</p><p class=3D\"a\">x</p></body></html>")))
	f.Add(mhtmlSeed("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
		[]byte(base64.StdEncoding.EncodeToString([]byte(page)))))
	f.Add(mhtmlSeed("Content-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: 8bit",
		[]byte("<p>\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xd2\xaa\xc7\xf3</p>")))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>一、</p>\r\n--b--\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkResult(t, "mhtml", data) })
}

// FuzzBytesDOCX builds a DOCX from fuzzed document.xml and numbering.xml
// parts (so the mutations reach the XML reader instead of dying in the
// zip checksum) and parses it.
func FuzzBytesDOCX(f *testing.F) {
	for _, name := range []string{"docx/004.numbered.docx", "docx/000.docx", "docx/003.numbered.docx"} {
		data, err := os.ReadFile(filepath.Join(inputsDir, name))
		if err != nil {
			f.Fatal(err)
		}
		doc, num := docxParts(f, data)
		if len(doc) > 4<<10 { // keep the first paragraphs, well-formed
			if i := bytes.LastIndex(doc[:4<<10], []byte("</w:p>")); i > 0 {
				doc = append(doc[:i+len("</w:p>"):i+len("</w:p>")], "</w:body></w:document>"...)
			}
		}
		f.Add(doc, num)
	}
	f.Add([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="64"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>一</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`), []byte(""))
	f.Fuzz(func(t *testing.T, doc, num []byte) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, p := range []struct {
			name string
			data []byte
		}{{"word/document.xml", doc}, {"word/numbering.xml", num}} {
			if p.name == "word/numbering.xml" && len(p.data) == 0 {
				continue
			}
			w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write(p.data); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		checkResult(t, "docx", buf.Bytes())
	})
}

// FuzzBytesZip feeds raw mutated DOCX bytes: damaged archives.
func FuzzBytesZip(f *testing.F) {
	for _, name := range []string{"docx/004.numbered.docx", "docx/004.docx"} {
		data, err := os.ReadFile(filepath.Join(inputsDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkResult(t, "docx", data) })
}

// docxParts returns the document.xml and numbering.xml of a DOCX.
func docxParts(tb testing.TB, data []byte) (doc, num []byte) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" && f.Name != "word/numbering.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			tb.Fatal(err)
		}
		rc.Close()
		if f.Name == "word/document.xml" {
			doc = b.Bytes()
		} else {
			num = b.Bytes()
		}
	}
	return doc, num
}
