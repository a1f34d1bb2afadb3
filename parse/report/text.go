package report

import (
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// Text is one text as the report stage reads it, often twice: for the
// parser's kind decision (Evidence), then as a report (Build). The text is
// folded once for both, and its marks are counted once.
type Text struct {
	src    *source.Source
	n      *norm
	marks  int // -1 until counted
	tables int // the template tables among the marks, once counted
}

// NewText prepares src for the report stage; nothing is read yet. The
// stage reads src's lines through src.Lines(), the slice the Source splits
// once for every stage.
func NewText(src *source.Source) *Text { return &Text{src: src, marks: -1} }

// Source returns the text's source.
func (t *Text) Source() *source.Source { return t.src }

// Evidence counts the text's report marks (see Evidence), once.
func (t *Text) Evidence() int {
	if t.marks >= 0 {
		return t.marks
	}
	if len(t.src.Text) > evidenceBytes {
		cut := evidenceBytes
		for cut > 0 && !utf8.RuneStart(t.src.Text[cut]) {
			cut--
		}
		head := source.New(t.src.Text[:cut])
		n := normalize(head.Text)
		t.marks, t.tables = evidence(head, n)
		n.release()
		head.Release()
	} else {
		t.marks, t.tables = evidence(t.src, t.norm())
	}
	return t.marks
}

// TemplateTables returns how many of the national template's tables
// (section 二's 第二十条 blocks, section 三's request rows, section 四's
// result columns) Evidence found standing in the text's first 64 KiB:
// marks no other kind of document holds.
func (t *Text) TemplateTables() int {
	t.Evidence()
	return t.tables
}

// Fold returns the text's first limit bytes in Fold's form: the norm
// itself when Evidence or Build has folded the whole text already.
func (t *Text) Fold(limit int) string {
	if t.n != nil && len(t.src.Text) <= limit {
		return t.n.s
	}
	return Fold(t.src.Text[:min(len(t.src.Text), limit)])
}

// Build reads the text as a report (see Build).
func (t *Text) Build(title string) (*model.Report, []model.Warning) {
	return build(t.src, t.norm(), title)
}

// Release gives the arrays of the text's norm back for the next text to
// reuse, once nothing reads t (nothing Build returns points into them).
func (t *Text) Release() {
	if t.n != nil {
		t.n.release()
		t.n = nil
	}
}

// norm returns the norm of the whole text, built on first use.
func (t *Text) norm() *norm {
	if t.n == nil {
		t.n = normalize(t.src.Text)
	}
	return t.n
}
