package archivegen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/gongwen/model"
)

// The good variants.
const (
	VariantCopy    = "copy"    // the seed as is
	VariantNumber  = "number"  // the serial of the 发文字号 changed
	VariantCRLF    = "crlf"    // Windows line endings
	VariantGB18030 = "gb18030" // re-encoded as GB18030, as older archives are
)

// The corruptions; each must make parsing fail.
var corruptions = []struct {
	name, ext string
	data      func(rng *rand.Rand) []byte
}{
	{"empty", ".txt", func(*rand.Rand) []byte { return nil }},
	{"blank", ".txt", func(*rand.Rand) []byte { return []byte(" \r\n\t\u3000\r\n\n") }},
	{"empty_html", ".html", func(*rand.Rand) []byte { return []byte("<html><body><p> </p></body></html>") }},
	{"truncated_pdf", ".pdf", func(rng *rand.Rand) []byte {
		return []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Kids [3 0 R]"[:12+rng.IntN(60)])
	}},
	{"broken_docx", ".docx", func(rng *rand.Rand) []byte { return append([]byte("PK\x03\x04\x14\x00"), junk(rng, 200)...) }},
	{"legacy_doc", ".txt", func(rng *rand.Rand) []byte {
		return append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), junk(rng, 500)...)
	}},
}

// junk returns n random bytes that include NUL and bytes invalid in UTF-8.
func junk(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	b[0], b[n/2] = 0, 0xff
	return b
}

// Entry describes one generated file.
type Entry struct {
	Path    string // where it was written
	Seed    int    // index of the seed it derives from, -1 when corrupt
	Variant string // a Variant* constant, or the corruption's name
	Corrupt bool   // parsing it must fail
	// Number is the 发文字号 as changed by VariantNumber, as written in
	// the seed (OldNumber) and in the variant (NewNumber).
	OldNumber, NewNumber string
}

// numberRe finds a 发文字号 serial: 〔2017〕141号.
var numberRe = regexp.MustCompile(`〔(\d{4})〕(\d+)号`)

// Generate writes n files under dir, derived round-robin from seeds, and
// returns them in the order written (sorted by path). Every corruptEvery-th
// file (10 for 10 %) is corrupt; 0 means none. The same arguments always
// produce the same archive.
func Generate(dir string, seeds [][]byte, n, corruptEvery int, seed uint64) ([]Entry, error) {
	if len(seeds) == 0 {
		return nil, fmt.Errorf("archivegen: no seeds")
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	variants := []string{VariantCopy, VariantNumber, VariantCRLF, VariantGB18030}
	entries := make([]Entry, 0, n)
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%04d", 2015+i/1000%10), fmt.Sprintf("%02d", 1+i/100%10))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return nil, err
		}
		var e Entry
		var data []byte
		if corruptEvery > 0 && i%corruptEvery == corruptEvery-1 {
			c := corruptions[(i/corruptEvery)%len(corruptions)]
			e = Entry{Path: filepath.Join(sub, fmt.Sprintf("n%05d_%s%s", i, c.name, c.ext)), Seed: -1, Variant: c.name, Corrupt: true}
			data = c.data(rng)
		} else {
			s := i % len(seeds)
			v := variants[(i/len(seeds))%len(variants)]
			e = Entry{Path: filepath.Join(sub, fmt.Sprintf("n%05d_s%d_%s.txt", i, s, v)), Seed: s, Variant: v}
			var err error
			if data, err = makeVariant(&e, seeds[s], i); err != nil {
				return nil, err
			}
		}
		if err := os.WriteFile(e.Path, data, 0o644); err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// makeVariant derives the variant e.Variant of text.
func makeVariant(e *Entry, text []byte, i int) ([]byte, error) {
	switch e.Variant {
	case VariantNumber:
		loc := numberRe.FindSubmatchIndex(text)
		if loc == nil {
			e.Variant = VariantCopy
			return text, nil
		}
		e.OldNumber = string(text[loc[0]:loc[1]])
		e.NewNumber = fmt.Sprintf("〔%s〕%d号", text[loc[2]:loc[3]], 1000+i)
		return bytes.Replace(text, []byte(e.OldNumber), []byte(e.NewNumber), 1), nil
	case VariantCRLF:
		return bytes.ReplaceAll(bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n")), nil
	case VariantGB18030:
		return simplifiedchinese.GB18030.NewEncoder().Bytes(text)
	}
	return text, nil
}

// Signature is what must be equal between a variant's Document and its
// seed's: the kind, the 发文字号, the plan's shape, and a digest of every
// goal, task and item title or text with its units and roles. Spans are
// left out, since line endings and encodings move byte offsets.
type Signature struct {
	Kind      model.Kind
	DocNumber string
	Goals     int
	Tasks     int
	Items     int
	Units     int
	Stats     int
	Digest    string
}

// Sign computes doc's signature.
func Sign(doc *model.Document) Signature {
	s := Signature{Kind: doc.Kind}
	if doc.Meta.DocNumber != nil {
		s.DocNumber = doc.Meta.DocNumber.Value
	}
	h := sha256.New()
	if p := doc.Plan; p != nil {
		for _, g := range p.Goals {
			s.Goals++
			fmt.Fprintf(h, "G%s|%s\n", g.No, g.Title)
			for _, t := range g.Tasks {
				s.Tasks++
				fmt.Fprintf(h, "T%s|%s\n", t.No, t.Title)
				for _, it := range t.Items {
					s.Items++
					fmt.Fprintf(h, "I%s|%s|%v\n", it.No, it.Text, it.UnitsInherited)
					for _, u := range it.Units {
						s.Units++
						fmt.Fprintf(h, "U%s|%s\n", u.Name, u.Role)
					}
				}
			}
		}
	}
	if r := doc.Report; r != nil {
		for _, st := range r.Stats {
			s.Stats++
			fmt.Fprintf(h, "S%s|%v|%s\n", st.Label, st.Value, strings.Join(st.Path, "/"))
		}
	}
	s.Digest = hex.EncodeToString(h.Sum(nil))[:16]
	return s
}

// Expect is the signature e's Document must have, given the signature of
// its seed's Document.
func Expect(e Entry, seed Signature) Signature {
	if e.Variant == VariantNumber && e.OldNumber != "" && strings.HasSuffix(seed.DocNumber, e.OldNumber) {
		seed.DocNumber = strings.TrimSuffix(seed.DocNumber, e.OldNumber) + e.NewNumber
	}
	return seed
}
