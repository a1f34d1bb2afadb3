package htmltext

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

// maxMHTMLParts bounds how many MIME parts IsMHTML/MHTMLPage look through
// for the page (the others are images and style sheets).
const maxMHTMLParts = 10000

// IsMHTML reports whether data starts like a web archive saved as a single
// file (.mht, .mhtml): MIME headers announcing multipart/related.
func IsMHTML(data []byte) bool {
	head := data[:min(len(data), 4096)]
	end := bytes.Index(head, []byte("\r\n\r\n"))
	if e := bytes.Index(head, []byte("\n\n")); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 {
		return false
	}
	h := bytes.ToLower(head[:end])
	return bytes.Contains(h, []byte("mime-version")) && bytes.Contains(h, []byte("multipart/related"))
}

// MHTMLPage returns the HTML page inside a web archive (the first
// text/html part, transfer-decoded) and the charset its part header
// declares ("" when none).
func MHTMLPage(data []byte) (page []byte, charset string, err error) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(data)))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && len(hdr) == 0 {
		return nil, "", fmt.Errorf("%w: web archive headers: %v", ErrMalformed, err)
	}
	mt, params, err := mime.ParseMediaType(hdr.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil, "", fmt.Errorf("%w: web archive without a multipart boundary", ErrMalformed)
	}
	body := data
	if i := bytes.Index(data, []byte("\r\n\r\n")); i >= 0 {
		body = data[i+4:]
	} else if i := bytes.Index(data, []byte("\n\n")); i >= 0 {
		body = data[i+2:]
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for n := 0; n < maxMHTMLParts; n++ {
		p, err := mr.NextRawPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, "", fmt.Errorf("%w: web archive part: %v", ErrMalformed, err)
		}
		pt, pp, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if pt != "text/html" {
			continue
		}
		var r io.Reader = p
		switch strings.ToLower(strings.TrimSpace(p.Header.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			r = quotedprintable.NewReader(p)
		case "base64":
			r = base64.NewDecoder(base64.StdEncoding, newlineStripper{p})
		}
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, "", fmt.Errorf("%w: web archive HTML part: %v", ErrMalformed, err)
		}
		return b, pp["charset"], nil
	}
	return nil, "", fmt.Errorf("%w: web archive without an HTML part", ErrMalformed)
}

// newlineStripper drops CR and LF, which base64 bodies wrap lines with.
type newlineStripper struct{ r io.Reader }

func (s newlineStripper) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}
