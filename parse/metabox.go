package parse

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// boxLines bounds the lines searched for a portal's metadata box: it
// stands above the notice, after at most the page's own heading lines.
const boxLines = 40

// readBox reads the metadata box a portal prints above a notice (索引号,
// 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期), as label–value
// lines or table rows, into meta.Portal and marks its lines used. A box
// needs two recognised entries, so a lone 发布时间 line is not one.
func (h *header) readBox(src *source.Source, lines []line) {
	var box model.PortalBox // on the stack: most notices have no box
	var boxed []int
	entries := 0
	for i := 0; i < len(lines) && i < boxLines; i++ {
		ln := lines[i]
		var pairs []boxValue
		switch ln.kind {
		case lineText, lineTabRow:
			if !docmeta.MayOpenBox(ln.s.S) {
				continue // no box line, read or glued
			}
			inBox := len(boxed) > 0 && boxed[len(boxed)-1] == i-1
			pairs = boxPairs(ln.s, inBox)
			if pairs == nil && ln.kind == lineText && (inBox || gluedNext(lines, i)) {
				pairs = pairsOf(ln.s, docmeta.BoxLineGlued)
			}
		case linePipeRow:
			pairs = boxCells(ln.cells)
		}
		if pairs == nil {
			continue
		}
		boxed = append(boxed, i)
		if v, ok := valueBelow(lines, i, pairs); ok {
			// 成文日期： / 2024-02-27: a <dt>/<dd> box gives the value its own line.
			pairs[0].v = v
			i++
			boxed = append(boxed, i)
		}
		for _, p := range pairs {
			entries++
			if p.v.Len() > 0 {
				h.boxEntry(src, &box, p.key, p.v)
				if p.key == docmeta.BoxTitle {
					h.boxTitle, h.boxLine = p.v, i
				}
			}
		}
	}
	if entries < 2 {
		return
	}
	for _, i := range boxed {
		lines[i].used = true
	}
	h.meta.Portal = &model.PortalBox{}
	*h.meta.Portal = box
}

// maxValueBelow bounds, in runes, a box value written on the line below
// its label.
const maxValueBelow = 40

// valueBelow returns the line below line i as the value of its box label
// when line i is that label alone (成文日期：, its value blank) and the
// line below is a short value of its own (no box line, no sentence) of
// the label's kind: a date, number or index holds a digit; an organ or a
// category holds none and no 关于, so that the notice's title under a
// blank last entry stays the title.
func valueBelow(lines []line, i int, pairs []boxValue) (source.Str, bool) {
	if len(pairs) != 1 || pairs[0].v.Len() > 0 || lines[i].kind != lineText || i+1 >= len(lines) {
		return source.Str{}, false
	}
	next := lines[i+1]
	v := strings.TrimSpace(next.s.S)
	if next.kind != lineText || v == "" || source.MoreRunes(v, maxValueBelow) || strings.ContainsAny(v, "。；;：:") ||
		docmeta.BoxLine(v) != nil || docmeta.BoxLineGlued(v) != nil {
		return source.Str{}, false
	}
	digit := strings.ContainsAny(v, "0123456789０１２３４５６７８９")
	switch pairs[0].key {
	case docmeta.BoxSignedDate, docmeta.BoxPublishedDate, docmeta.BoxDocNumber, docmeta.BoxIndexNo:
		return next.s, digit
	case docmeta.BoxIssuer, docmeta.BoxPublisher, docmeta.BoxCategory:
		return next.s, !digit && !strings.Contains(script.ToSimplified(v), "关于")
	case docmeta.BoxTitle:
		return next.s, true
	}
	return source.Str{}, false
}

// boxValue is one entry of the box with its value.
type boxValue struct {
	key docmeta.BoxKey
	v   source.Str
}

// boxPairs reads a box line of label–value pairs; inBox relaxes the test
// for a line right after a box line (docmeta.BoxLineAfter).
func boxPairs(s source.Str, inBox bool) []boxValue {
	if inBox {
		return pairsOf(s, docmeta.BoxLineAfter)
	}
	return pairsOf(s, docmeta.BoxLine)
}

// pairsOf reads the pairs of the box line s with read.
func pairsOf(s source.Str, read func(string) []docmeta.BoxPair) []boxValue {
	var out []boxValue
	for _, p := range read(s.S) {
		out = append(out, boxValue{p.Key, s.Slice(p.Start, p.End)})
	}
	return out
}

// gluedNext reports whether the lines i and i+1 are both box lines with
// their labels glued to the values (docmeta.BoxLineGlued): two such lines
// make a box where one could be a sentence starting with a label's word
// (分类推进…).
func gluedNext(lines []line, i int) bool {
	return i+1 < len(lines) && lines[i+1].kind == lineText &&
		docmeta.BoxLineGlued(lines[i].s.S) != nil && docmeta.BoxLineGlued(lines[i+1].s.S) != nil
}

// boxCells reads a box rendered as a pipe table: a label cell (索引号:)
// followed by its value cell, or a cell holding both.
func boxCells(cells []source.Str) []boxValue {
	var out []boxValue
	for k := 0; k < len(cells); k++ {
		pairs := boxPairs(cells[k], false)
		if pairs == nil {
			continue
		}
		last := &pairs[len(pairs)-1]
		if last.v.Len() == 0 && k+1 < len(cells) && docmeta.BoxLine(cells[k+1].S) == nil {
			last.v = cells[k+1]
			k++
		}
		out = append(out, pairs...)
	}
	return out
}

// boxEntry stores one value of the box under its key.
func (h *header) boxEntry(src *source.Source, box *model.PortalBox, key docmeta.BoxKey, v source.Str) {
	switch key {
	case docmeta.BoxIndexNo:
		box.IndexNo = field(src, v, v.S)
	case docmeta.BoxCategory:
		box.Category = field(src, v, v.S)
	case docmeta.BoxIssuer:
		box.Issuers = issuerFields(src, v)
	case docmeta.BoxPublisher:
		box.Publisher = field(src, v, squeeze(v.S))
	case docmeta.BoxSignedDate:
		if iso, ok := anyDate(v.S); ok {
			box.SignedDate = field(src, v, iso)
		}
	case docmeta.BoxPublishedDate:
		if iso, ok := anyDate(v.S); ok {
			box.PublishedDate = field(src, v, iso)
		}
	case docmeta.BoxTitle:
		if !isRecipientsLine(strings.TrimSpace(v.S)) { // a 名称 holding the 主送机关 names no title
			box.Title = field(src, v, squeeze(v.S))
		}
	case docmeta.BoxDocNumber:
		if n, end, ok := readNumberAt(v.S); ok {
			box.DocNumber = field(src, v.Slice(0, end), n)
		} else if source.ContainsRune(script.ToSimplified(v.S), '号') && strings.ContainsAny(v.S, "0123456789") {
			box.DocNumber = field(src, v, v.S) // 国令第707号: kept as printed
		} // 无, —: the box says there is none
	}
}

// issuerFields splits the issuing authorities named in s, each without a
// seal note (某局（印章）).
func issuerFields(src *source.Source, s source.Str) []model.Field {
	var out []model.Field
	for _, sp := range docmeta.Issuers(s.S) {
		part := s.Slice(sp.Start, sp.End)
		part = part.Slice(0, docmeta.WithoutSeal(part.S))
		out = append(out, *field(src, part, squeeze(part.S)))
	}
	return out
}

// crossCheckBox compares the box with the notice's own header. A field
// the header lacks is taken from the box; a field both give differently
// is kept from the header and reported as a WarnMetaConflict warning.
func (h *header) crossCheckBox() {
	box := h.meta.Portal
	if box == nil {
		return
	}
	check := func(name string, own **model.Field, boxed *model.Field, same func(a, b string) bool) {
		switch {
		case boxed == nil:
		case *own == nil:
			f := *boxed
			*own = &f
		case !same((*own).Value, boxed.Value):
			h.conflict(name, (*own).Value, boxed)
		}
	}
	sameText := func(a, b string) bool { return foldForCompare(a) == foldForCompare(b) }
	if h.meta.Title == nil && box.Title != nil {
		h.title, h.titleStr = h.boxLine, h.boxTitle
	}
	check("title", &h.meta.Title, box.Title, sameTitle)
	check("doc_number", &h.meta.DocNumber, box.DocNumber, sameText)
	check("signed_date", &h.meta.SignedDate, box.SignedDate, func(a, b string) bool { return a == b })
	if len(box.Issuers) > 0 {
		if len(h.meta.Issuers) == 0 {
			h.meta.Issuers = append([]model.Field(nil), box.Issuers...)
			if h.meta.Issuer == nil {
				h.meta.Issuer = joinedIssuer(h.meta.Issuers)
			}
		} else if own, boxed := fieldValues(h.meta.Issuers), fieldValues(box.Issuers); foldForCompare(own) != foldForCompare(boxed) {
			h.conflict("issuers", own, &box.Issuers[0])
		}
	}
}

// sameTitle reports whether the notice's title (own) and the box's name
// one document: the same words once the book-title marks are off (a box
// often drops 《》), the box's perhaps without the issuing authority the
// notice's starts with (关于印发…的通知 under 某局关于印发《…》的通知).
func sameTitle(own, boxed string) bool {
	unmarked := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '《' || r == '》' || r == '〈' || r == '〉' {
				return -1
			}
			return r
		}, foldForCompare(s))
	}
	a, b := unmarked(own), unmarked(boxed)
	return a == b || strings.HasPrefix(b, "关于") && strings.HasSuffix(a, b) && !hasAbout(a[:len(a)-len(b)])
}

// conflict records a disagreement between the header and the box.
func (h *header) conflict(name, own string, boxed *model.Field) {
	sp := boxed.Span
	h.warnings = append(h.warnings, model.Warning{
		Code:    model.WarnMetaConflict,
		Message: fmt.Sprintf("%s: the notice gives %q, the portal's metadata box %q", name, own, boxed.Value),
		Span:    &sp,
	})
}

// foldForCompare drops white space and folds traditional script, so that
// the box and the header compare on their words.
func foldForCompare(s string) string {
	return script.ToSimplified(strings.Join(strings.Fields(squeeze(s)), ""))
}

func fieldValues(fs []model.Field) string {
	vs := make([]string, len(fs))
	for i, f := range fs {
		vs[i] = f.Value
	}
	return strings.Join(vs, "、")
}

// joinedIssuer is the single Issuer field of a list of issuers: their
// names joined with 、, spanning from the first to the last.
func joinedIssuer(fs []model.Field) *model.Field {
	if len(fs) == 0 {
		return nil
	}
	sp := fs[0].Span
	if last := fs[len(fs)-1].Span; last.End > sp.End {
		sp.End = last.End
	}
	return &model.Field{Value: fieldValues(fs), Span: sp}
}
