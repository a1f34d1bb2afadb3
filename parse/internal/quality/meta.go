package quality

import "github.com/zwgk/gongwen/model"

// checkMetaMissing reports metadata fields that the layout implies but the
// header recognisers did not fill: a line shaped like a 发文字号 with no
// doc_number, a 发文字号 or 发文机关标志 with no title, a 附注 (此件公开发布)
// with no signed_date above it, a signed date with no issuer, an issuing
// title with no plan title.
func checkMetaMissing(a *assessor) {
	m := a.doc.Meta
	n := 0
	missing := func(field string, span *model.Span, why string) {
		n++
		a.document(model.ReasonMetaMissing, span, "%s missing: %s", field, why)
	}
	for _, im := range a.ev.Implied {
		if present(a.doc, im.Field) {
			continue
		}
		sp := im.Span
		missing(im.Field, &sp, "the line here implies one")
	}
	if m.Title == nil && (m.DocNumber != nil || m.IssuerMark != nil) && !implied(a.ev, "title") {
		f := m.DocNumber
		if f == nil {
			f = m.IssuerMark
		}
		sp := f.Span
		missing("title", &sp, "the notice has a header but no title was found")
	}
	if m.SignedDate == nil && m.Publicity != nil && !implied(a.ev, "signed_date") {
		sp := m.Publicity.Span
		missing("signed_date", &sp, "a 附注 stands under the 成文日期, and none was found above it")
	}
	if m.Issuer == nil && m.SignedDate != nil && !implied(a.ev, "issuer") {
		sp := m.SignedDate.Span
		missing("issuer", &sp, "a signed date without the office signing it")
	}
	if n > 0 {
		a.penalise(model.ReasonMetaMissing, penaltyMeta*float64(n))
	}
}

// checkMetaDoubt reports the metadata fields that other evidence in the
// notice contradicts: those the parser noted (Evidence.Doubted) and those
// the portal's metadata box gives otherwise (WarnMetaConflict: one of the
// two is wrong). Each is a field a reader would take as read, so one alone
// sends the document to review.
func checkMetaDoubt(a *assessor) {
	n := 0
	for _, d := range a.ev.Doubted {
		n++
		sp := d.Span
		a.document(model.ReasonMetaDoubt, &sp, "%s doubtful: %s", d.Field, d.Why)
	}
	for _, w := range a.doc.Warnings {
		if w.Code == model.WarnMetaConflict {
			n++
			a.document(model.ReasonMetaDoubt, w.Span, "%s", w.Message)
		}
	}
	if n > 0 {
		a.penalise(model.ReasonMetaDoubt, penaltyMetaDoubt+penaltyMore*float64(n-1))
	}
}

func implied(ev *Evidence, field string) bool {
	for _, im := range ev.Implied {
		if im.Field == field {
			return true
		}
	}
	return false
}

// present tells whether the Document has the field of the given JSON name.
func present(d *model.Document, field string) bool {
	m := d.Meta
	switch field {
	case "doc_number":
		return m.DocNumber != nil
	case "title":
		return m.Title != nil
	case "signed_date":
		return m.SignedDate != nil
	case "issuer":
		return m.Issuer != nil
	case "plan_title":
		return d.Plan == nil || d.Plan.Title != nil // only a plan has one to miss
	}
	return true
}
