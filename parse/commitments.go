package parse

import (
	"strconv"
	"strings"
	"sync"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docno"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/timex"
)

// readCommitments gives every item of the plan what it commits to beyond
// its units: typed deadlines, a frequency and quantitative targets (package
// timex). They are read from the source text under the item's own span,
// its unit clause and its 时限 column, so every phrase keeps its span.
//
// A plan without a year of its own is dated by the notice's number
// (国发〔2020〕6号 is of 2020), the year it was issued.
func readCommitments(src *source.Source, plan *model.Plan, meta *model.Meta) {
	ref := timex.Ref{Year: plan.Year}
	if meta.SignedDate != nil {
		ref.Date = meta.SignedDate.Value
	}
	if ref.Year == 0 && meta.DocNumber != nil {
		if n, ok := docno.Read(meta.DocNumber.Value); ok {
			ref.Year, _ = strconv.Atoi(n.Year)
		}
	}
	folder := folders.Get().(*timex.Folder)
	defer folders.Put(folder)
	for gi := range plan.Goals {
		for ti := range plan.Goals[gi].Tasks {
			items := plan.Goals[gi].Tasks[ti].Items
			for ii := range items {
				readItemCommitments(src, &items[ii], ref, folder)
			}
		}
	}
}

// folders keeps the folders of readCommitments between documents: a
// Folder's buffers grow to the longest item it has read, and a document
// that gets one back allocates none. What the finders return holds no
// part of them.
var folders = sync.Pool{New: func() any { return new(timex.Folder) }}

// itemPart is a piece of source text an item's commitments are read from.
type itemPart struct {
	start int    // offset of text in the source
	text  string // the text
	cell  bool   // a deadline cell or unit clause, where a bare 6月 is a deadline
	// at, when set, is the span of every phrase found: the text could not
	// be placed in the source (a cell the table stage rewrote).
	at *model.Span
}

// span locates the phrase at bytes [i, j) of the part.
func (p itemPart) span(src *source.Source, i, j int) model.Span {
	if p.at != nil {
		return *p.at
	}
	return src.Span(p.start+i, p.start+j)
}

func readItemCommitments(src *source.Source, it *model.Item, ref timex.Ref, folder *timex.Folder) {
	if it.Span.Start < 0 || it.Span.Start > it.Span.End || it.Span.End > len(src.Text) {
		return
	}
	var buf [3]itemPart
	parts := append(buf[:0], itemPart{start: it.Span.Start, text: src.Text[it.Span.Start:it.Span.End]})
	if us := it.UnitsSpan; us != nil && !it.UnitsInherited && (us.Start >= it.Span.End || us.End <= it.Span.Start) {
		parts = append(parts, itemPart{start: us.Start, text: src.Text[us.Start:us.End], cell: true})
	}
	if it.Deadline != "" {
		parts = append(parts, deadlineCell(src, it))
	}
	var fbuf [4]timex.Match[model.Frequency]
	freqs := fbuf[:0] // what each part says of how often: copied, the finder's list is reused
	for i, p := range parts {
		f := folder.Fold(p.text)
		for _, m := range f.Deadlines(ref, p.cell) {
			m.Value.Span = p.span(src, m.Start, m.End)
			if !overlaps(it.Deadlines, m.Value.Span) {
				it.Deadlines = append(it.Deadlines, m.Value)
			}
		}
		for _, m := range f.Frequencies() {
			m.Value.Span = p.span(src, m.Start, m.End)
			freqs = append(freqs, m)
		}
		if i == 0 { // targets are read from the item's own text only
			for _, m := range f.Targets() {
				m.Value.Span = p.span(src, m.Start, m.End)
				it.Targets = append(it.Targets, m.Value)
			}
		}
	}
	if f, ok := timex.MainFrequency(freqs); ok {
		v := f.Value
		it.Frequency = &v
	}
}

// overlaps reports whether a deadline already read covers part of sp: the
// 时限 cell the table stage gives may be the note of the unit clause.
func overlaps(ds []model.Deadline, sp model.Span) bool {
	for _, d := range ds {
		if d.Span.Start < sp.End && sp.Start < d.Span.End {
			return true
		}
	}
	return false
}

// cellWindow bounds the search for an item's deadline cell around the item.
const cellWindow = 4 << 10

// deadlineCell finds the item's 时限 cell (Item.Deadline, as the table
// stage gives it) in the source near the item: the nearest occurrence after
// the start of the item's line, else before it. A cell the table stage
// rewrote beyond recognition is read as it is, placed at the item.
func deadlineCell(src *source.Source, it *model.Item) itemPart {
	text := src.Text
	lo := strings.LastIndexByte(text[:it.Span.Start], '\n') + 1
	hi := min(len(text), it.Span.End+cellWindow)
	if k := source.Index(text[lo:hi], it.Deadline); k >= 0 {
		return itemPart{start: lo + k, text: it.Deadline, cell: true}
	}
	from := max(0, lo-cellWindow)
	if k := strings.LastIndex(text[from:lo], it.Deadline); k >= 0 {
		return itemPart{start: from + k, text: it.Deadline, cell: true}
	}
	return itemPart{text: it.Deadline, cell: true, at: &it.Span}
}
