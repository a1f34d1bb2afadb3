package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// citationEdge is an edge of the citation graph written by -citations:
// the citing document (its file, id, number and title) and the cited one
// (its title and, when the text gives it, its number).
type citationEdge struct {
	FromFile      string `json:"from_file"`
	FromID        string `json:"from_id"`
	FromDocNumber string `json:"from_doc_number"`
	FromTitle     string `json:"from_title"`
	ToTitle       string `json:"to_title"`
	ToDocNumber   string `json:"to_doc_number"`
}

// citationColumns are the CSV columns, the JSON names of citationEdge.
var citationColumns = []string{"from_file", "from_id", "from_doc_number", "from_title", "to_title", "to_doc_number"}

func (e citationEdge) record() []string {
	return []string{e.FromFile, e.FromID, e.FromDocNumber, e.FromTitle, e.ToTitle, e.ToDocNumber}
}

// citationEdges lists the edges from doc to the documents it cites.
func citationEdges(name string, doc *model.Document) []citationEdge {
	edges := make([]citationEdge, 0, len(doc.Citations))
	for _, c := range doc.Citations {
		edges = append(edges, citationEdge{name, doc.ID, doc.Meta.DocNumber.Text(), doc.Meta.Title.Text(), c.Title, c.DocNumber})
	}
	return edges
}

// citationWriter writes the edges of an archive's citation graph to one
// file, as CSV or as JSON Lines by the file's extension, atomically: the
// file appears complete or not at all.
type citationWriter struct {
	f     *atomicFile
	csv   *csv.Writer // nil for JSON Lines
	jsonl bool
}

// validCitationFile tells whether a -citations file names a format.
func validCitationFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".csv" || ext == ".jsonl" || ext == ".ndjson"
}

func newCitationWriter(path string) (*citationWriter, error) {
	if !validCitationFile(path) {
		return nil, fmt.Errorf("-citations %s: the file name must end in .csv or .jsonl", path)
	}
	jsonl := strings.ToLower(filepath.Ext(path)) != ".csv"
	f, err := createAtomic(path)
	if err != nil {
		return nil, err
	}
	w := &citationWriter{f: f, jsonl: jsonl}
	if !jsonl {
		f.WriteString(utf8BOM) // like every CSV output, for Excel
		w.csv = csv.NewWriter(f)
		if err := w.csv.Write(citationColumns); err != nil {
			f.Abort()
			return nil, err
		}
	}
	return w, nil
}

// write appends edges to the file.
func (w *citationWriter) write(edges []citationEdge) error {
	for _, e := range edges {
		if !w.jsonl {
			if err := w.csv.Write(e.record()); err != nil {
				return err
			}
			continue
		}
		data, err := encodeJSON(e, "", "")
		if err != nil {
			return err
		}
		if _, err := w.f.Write(data); err != nil {
			return err
		}
	}
	return nil
}

// close commits the file when ok, else discards it.
func (w *citationWriter) close(ok bool) error {
	if w.csv != nil {
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			w.f.Abort()
			return err
		}
	}
	if !ok {
		w.f.Abort()
		return nil
	}
	return w.f.Commit()
}

// citationSink writes the citation edges of every converted document to
// the -citations file beside the output of the sink it wraps. The edges
// are taken in the worker, before the inner sink may drop the document.
type citationSink struct {
	sink
	w *citationWriter
}

func (s *citationSink) render(r *result) error {
	r.citations = citationEdges(r.in.name(), r.doc)
	return s.sink.render(r)
}

func (s *citationSink) write(r *result) error {
	if err := s.sink.write(r); err != nil {
		return err
	}
	return s.w.write(r.citations)
}

func (s *citationSink) close(ok bool) error {
	err := s.sink.close(ok)
	if cerr := s.w.close(ok && err == nil); err == nil {
		err = cerr
	}
	return err
}
