package parse

import (
	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// FinishInput holds one notice parsed up to its tree, so that the
// benchmarks of package parse_test (finish_bench_test.go) can time the
// stages after the tree one at a time: readCommitments, citations and
// quality.Assess.
type FinishInput struct {
	text string
	src  *source.Source
	doc  *model.Document
	ev   quality.Evidence
}

// NewFinishInput parses text as Text does and keeps what the later
// stages read.
func NewFinishInput(text string) *FinishInput {
	in := &FinishInput{text: text, src: source.New(text)}
	in.ev.Text = text
	in.doc = buildNoting(text, &in.ev)
	in.doc.Citations = citations(text, in.doc)
	in.doc.Warnings = append(in.doc.Warnings, noStructure(in.doc)...)
	return in
}

// Commitments reads the commitments of every item of every plan again.
func (in *FinishInput) Commitments() {
	for _, p := range in.doc.AllPlans() {
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				items := p.Goals[gi].Tasks[ti].Items
				for ii := range items {
					it := &items[ii]
					it.Deadlines, it.Frequency, it.Targets = nil, nil, nil
				}
			}
		}
		readCommitments(in.src, p, &in.doc.Meta)
	}
}

// Citations reads the citations again.
func (in *FinishInput) Citations() {
	citations(in.text, in.doc)
}

// Assess assesses the document again, its flags cleared first.
func (in *FinishInput) Assess() {
	for _, p := range in.doc.AllPlans() {
		for gi := range p.Goals {
			g := &p.Goals[gi]
			g.Flags = nil
			for ti := range g.Tasks {
				t := &g.Tasks[ti]
				t.Flags = nil
				for ii := range t.Items {
					it := &t.Items[ii]
					it.Flags = nil
					for ui := range it.Units {
						it.Units[ui].Flags = nil
					}
				}
			}
		}
	}
	quality.Assess(in.doc, &in.ev)
}
