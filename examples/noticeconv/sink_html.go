package main

import (
	"bytes"
	"path/filepath"
	"sort"
	"sync"

	"github.com/zwgk/gongwen/examples/noticeconv/auditview"
)

// htmlSink writes the audit view (-format html): one self-contained page
// per input under -o (in.out), rendered by the workers, and index.html
// listing every converted document, written when the batch ends.
type htmlSink struct {
	dir     string
	mu      sync.Mutex
	entries []auditview.Entry
}

func (s *htmlSink) render(r *result) error {
	var b bytes.Buffer
	if err := auditview.Page(&b, r.doc, r.doc.Source.Text, r.in.name()); err != nil {
		return err
	}
	href, err := filepath.Rel(s.dir, r.in.out)
	if err != nil {
		href = filepath.Base(r.in.out)
	}
	e := auditview.EntryOf(r.doc, r.in.name(), filepath.ToSlash(href))
	s.mu.Lock()
	s.entries = append(s.entries, e)
	s.mu.Unlock()
	r.doc = nil
	return writeFileAtomic(r.in.out, b.Bytes())
}

func (s *htmlSink) write(*result) error { return nil }

// close writes the index of the documents converted, in name order, also
// after an aborted run (the pages written so far stay, as with -o json).
func (s *htmlSink) close(bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sort.Slice(s.entries, func(i, j int) bool { return s.entries[i].File < s.entries[j].File })
	var b bytes.Buffer
	if err := auditview.Index(&b, "gongwen 核对索引", s.entries); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(s.dir, "index.html"), b.Bytes())
}
