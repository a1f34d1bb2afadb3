package parse

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/docno"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/quality"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/parse/report"
)

// ReviewThreshold is the quality score below which a Document is marked
// for review (Document.Quality.Review). The figures it was calibrated on
// are in the doc of package parse/internal/quality.
const ReviewThreshold = quality.Threshold

// tableEvidence notes, for the quality assessment, what the tree builder
// did with table rows: the spans of tables whose columns were typed by
// guess — by their cells' content or their count — rather than by a header
// (from the first row so read to the last before the next header), and the
// cells it reads into fields without spans (时限, 序号) or drops by design
// (进展情况, 备注 …), which are not text left unplaced.
type tableEvidence struct {
	src   *source.Source
	ev    *quality.Evidence
	by    string // how the current table's columns were guessed, "" when by header
	odd   bool   // the current table's guessed columns are laid out as no table is (oddLayout)
	roles uint64 // the current table's units columns whose role no header named (guessedRoles)
	start bool   // the next row opens a new guessed table
	two   int8   // 1: the current header names a task and a content column by name; 2: a row was noted since
	shift shiftedUnits
}

// header notes a header block's layout: a synthetic header (a table
// without one) or a column of content whose role was not read from its
// name makes the rows below a guessed table.
func (g *tableEvidence) header(l layout) {
	g.by, g.start = "", false
	for _, c := range l.cols {
		switch c.Role {
		case table.Goal, table.Task, table.Content, table.Units:
			if c.By != table.ByHeader && (g.by == "" || c.By == table.ByPosition) {
				g.by = c.By.String()
			}
		}
	}
	g.start = g.by != ""
	g.odd = g.start && oddLayout(l.cols)
	g.shift.header(l.cols)
	g.two = 0
	if twoTexts(l.cols) {
		g.two = 1
	}
	g.roles = 0
	if g.start {
		g.roles = guessedRoles(l.cols)
	}
}

// guessedRoles returns the units columns typed by guess, as a set of
// column indexes, that give their units a role a header would have named:
// a column whose name the vocabulary does not know (参加部门 before it was
// known — the name states a role, it was not read), or a units column left
// at the default responsible beside another units column (a 牵头单位 or
// 配合单位 name lost: two unit columns part lead and partner). A column
// with no name right of a lead column (settlePartner's 配合) and a
// table's only units column, responsible, are read as notices write them.
// Columns past the 64th are not watched.
func guessedRoles(cols []table.Column) uint64 {
	units := 0
	for _, c := range cols {
		if c.Role == table.Units {
			units++
		}
	}
	var set uint64
	for i, c := range cols {
		if i >= 64 || c.Role != table.Units || c.By == table.ByHeader || c.Marks {
			continue
		}
		if c.Name.Len() > 0 || units > 1 && c.Unit == model.RoleResponsible {
			set |= 1 << i
		}
	}
	return set
}

// twoTexts reports whether the header names a task column and a content
// column, each by its name.
func twoTexts(cols []table.Column) bool {
	task, content := false, false
	for _, c := range cols {
		if c.By != table.ByHeader {
			continue
		}
		task = task || c.Role == table.Task
		content = content || c.Role == table.Content
	}
	return task && content
}

// emptyContent reports whether a row under a header naming a task and a
// content column leaves its content cell empty (a task with nothing more
// to say: the tree reads its title as its one item, by design), in a
// rendering that keeps empty cells, its cells aligned with the columns.
func emptyContent(bl block, lay *layout) bool {
	if lay == nil || bl.lostEmpty || len(bl.cells) != len(lay.roles) {
		return false
	}
	for i, r := range lay.roles {
		if r == table.Content && bl.cells[i].Len() == 0 {
			return true
		}
	}
	return false
}

// saysRole reports whether a unit cell names its units' role itself (牵头
// 单位：X, X牵头，Y配合): the column's role is not what the units take.
func saysRole(cell string) bool {
	return role.HoldsVerb(cell) || role.HoldsLabelHead(cell)
}

// oddLayout reports whether the columns, some typed by guess, give a row
// two cells for one field the tree holds once — two goal or task columns,
// one read over the other — or three content columns, or put a guessed
// task or content column right of the deadline: a row's text cells stand
// before its deadline, the cells after it are remarks or progress (备注,
// 进展情况) or the next row's. The columns were counted or typed wrong (a
// wrapped cell's lines taken for columns, a remarks column for the
// content). Two content columns are read together (问题 | 整改措施), two
// unit columns lead and cooperate.
func oddLayout(cols []table.Column) bool {
	var n [table.Ignore + 1]int
	deadline := false
	for _, c := range cols {
		if c.Role > table.Ignore {
			continue
		}
		n[c.Role]++
		switch {
		case c.Role == table.Deadline:
			deadline = true
		case deadline && (c.Role == table.Task || c.Role == table.Content) && c.By != table.ByHeader:
			return true
		}
	}
	return n[table.Goal] > 1 || n[table.Task] > 1 || n[table.Content] > 2
}

// row notes a table row after the tree builder read it through lay;
// guessed is true when no layout was known before the row, so the tree
// builder typed the columns by their count.
func (g *tableEvidence) row(bl block, guessed bool, lay *layout) {
	sp := rowSpan(g.src, bl.cells)
	if guessed {
		g.by, g.start = table.ByPosition.String(), true
	}
	switch {
	case g.start:
		g.ev.GuessedTables = append(g.ev.GuessedTables, quality.GuessedTable{Span: sp, By: g.by, Odd: g.odd && !guessed})
		g.start = false
	case g.by != "":
		last := &g.ev.GuessedTables[len(g.ev.GuessedTables)-1]
		last.Span.End = max(last.Span.End, sp.End)
	}
	switch {
	case guessed:
		g.two = 0
	case g.two != 0 && emptyContent(bl, lay):
		// its item is its title by design: no span covers it, the next
		// row opens one
		g.two = 1
	case g.two == 1:
		g.ev.TwoTextTables = append(g.ev.TwoTextTables, sp)
		g.two = 2
	case g.two == 2:
		last := &g.ev.TwoTextTables[len(g.ev.TwoTextTables)-1]
		last.End = max(last.End, sp.End)
	}
	if g.roles != 0 && !guessed && len(g.ev.GuessedTables) > 0 {
		g.noteRoles(bl.cells)
	}
	if bl.unitDoubt {
		g.ev.UnitDoubts = append(g.ev.UnitDoubts, sp)
	}
	if lay != nil {
		g.shift.row(g.ev, bl.cells, sp)
	}
	if lay == nil {
		return
	}
	for i, c := range bl.cells {
		if i >= len(lay.roles) || c.Len() == 0 {
			continue
		}
		if r := lay.roles[i]; r == table.Ignore || r == table.Deadline || r == table.Seq {
			g.ev.Consumed = append(g.ev.Consumed, g.src.SpanAll(c))
		}
	}
}

// noteRoles marks the current guessed table as giving its units a role
// no header named when a cell of a column guessedRoles watches holds
// units without a word saying their role.
func (g *tableEvidence) noteRoles(cells []source.Str) {
	last := &g.ev.GuessedTables[len(g.ev.GuessedTables)-1]
	for i, c := range cells {
		if i < 64 && g.roles&(1<<i) != 0 && c.Len() > 0 && !saysRole(c.S) {
			last.Roles = true
			return
		}
	}
}

// rowSpan runs from a row's first non-empty cell to its last.
func rowSpan(src *source.Source, cells []source.Str) model.Span {
	var sp model.Span
	for _, c := range cells {
		if c.Len() == 0 {
			continue
		}
		cs := src.SpanAll(c)
		if sp.IsZero() {
			sp = cs
		}
		sp.End = max(sp.End, cs.End)
	}
	return sp
}

// looksLikeDocNumber is true for a line holding a 发文字号, at its start or
// with a bracketed year anywhere, or one that lost a part (docno.Broken).
func looksLikeDocNumber(s string) bool {
	if _, ok := docno.Read(s); ok {
		return true
	}
	_, ok := docno.Find(s)
	return ok || docno.Broken(s)
}

// maxNumberLine is the longest line, in characters, that is taken to be a
// 发文字号 standing on its own rather than one cited in running text.
const maxNumberLine = 40

// impliedMeta lists the metadata fields the header's layout implies and
// the lines implying them, for fields the recognisers left empty: a short
// line among the first ones shaped like a 发文字号, and an issuing title
// (关于印发…的通知) that names an attached plan.
func impliedMeta(src *source.Source, h *header, lines []line) []quality.Implied {
	var out []quality.Implied
	if h.meta.DocNumber == nil {
		for i, seen := 0, 0; i < len(lines) && seen < 15; i++ {
			ln := lines[i]
			if ln.kind != lineText || ln.used {
				continue
			}
			seen++
			if !source.MoreRunes(ln.s.S, maxNumberLine) && looksLikeDocNumber(ln.s.S) {
				out = append(out, quality.Implied{Field: "doc_number", Span: src.SpanAll(ln.s)})
				break
			}
		}
	}
	if t := h.meta.Title; t != nil && isIssuingTitle(t.Value) && hasPlanWord(t.Value) {
		out = append(out, quality.Implied{Field: "plan_title", Span: t.Span})
	}
	return out
}

// doubtedMeta lists the metadata fields the header filled that other
// evidence contradicts: a 发文字号 that starts with its own label (文号…,
// a box whose label ran into the value), a title whose author names a
// different number of organs than the signature when either names several
// (a joint signature read in part, or lines above a signature taken for
// organs), and a signing organ the 发文机关标志 does not name (when the
// mark names organs: a column name such as 政策文件 is no mark).
func doubtedMeta(src *source.Source, h *header) []quality.Doubt {
	var out []quality.Doubt
	if n := h.meta.DocNumber; n != nil {
		if p := docmeta.BoxLineGlued(n.Value); p != nil && p[0].Key == docmeta.BoxDocNumber {
			out = append(out, quality.Doubt{Field: "doc_number", Span: n.Span, Why: "it starts with the label 文号"})
		}
	}
	if mark := h.meta.IssuerMark; mark != nil && org.HasEnding(strings.TrimSuffix(mark.Value, "文件")) {
		for _, iss := range h.meta.Issuers {
			if !source.Contains(foldForCompare(mark.Value), foldForCompare(iss.Value)) {
				out = append(out, quality.Doubt{Field: "issuer", Span: iss.Span,
					Why: fmt.Sprintf("the 发文机关标志 %s does not name %s", mark.Value, iss.Value)})
				break
			}
		}
	}
	if t := h.meta.IssuedTitle; t != nil && isIssuingTitle(t.Value) {
		if typ, _, ok := docmeta.DocType(t.Value); ok && typ == "通知" {
			// issuedDocument unwraps …关于印发X的通知; one it could not
			// (no 关于, a notice forwarding a forward) names a notice, not X
			out = append(out, quality.Doubt{Field: "issued_title", Span: t.Span,
				Why: "it is the title of a notice that issues another document, not that document's"})
		}
	}
	if h.title >= 0 && len(h.meta.Issuers) > 0 {
		if author, ok := titleAuthor(h.titleStr); ok {
			named, signed := len(docmeta.Issuers(author.S)), len(h.meta.Issuers)
			if named != signed && max(named, signed) > 1 && !spellsOut(author.S, h.meta.Issuers) {
				out = append(out, quality.Doubt{Field: "issuer", Span: src.SpanAll(author),
					Why: fmt.Sprintf("the title names %d organs, the signature %d", named, signed)})
			}
		}
	}
	return out
}

// spellsOut reports whether the organs spell out author exactly, once
// white space and separators are dropped: a title broken over lines may
// glue two organs (某厅某局关于…), which then count as one.
func spellsOut(author string, organs []model.Field) bool {
	rest := foldForCompare(author)
	names := make([]string, len(organs))
	for i, o := range organs {
		names[i] = foldForCompare(o.Value)
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	for _, n := range names {
		k := source.Index(rest, n)
		if n == "" || k < 0 {
			return false
		}
		rest = rest[:k] + rest[k+len(n):]
	}
	return strings.Trim(rest, "、，,") == ""
}

// noteKind records what the kind settled by settleKind rests on. A report
// found there no longer has the plan read before it (its tables, its
// style): it is weighed by the title it was found to have, or by the marks
// of the genre package report counts.
func noteKind(ev *quality.Evidence, doc *model.Document, rt *report.Text) {
	switch doc.Kind {
	case model.KindAnnualReport:
		if doc.Report != nil && isReportTitle(doc.Report.Title) {
			// named by the notice issuing or publishing it, or in its
			// preamble, once the text was read as a plan
			ev.DropPlan()
			ev.Kind = quality.KindByReportTitle
			return
		}
		ev.ReadAsReport(rt.Evidence())
	case model.KindWorkPlan:
		ev.Kind = quality.KindByPlan
	case model.KindNotice:
		ev.Kind = quality.KindByHeader
	}
}

// ReviewQueue lists what a person should check in doc, in the order of
// doc.Quality.Reasons: every reason that flags an element, and the
// document-wide reasons of a document marked for review. It is the queue
// the converter's -review and the Beam pipeline's review output write.
func ReviewQueue(doc *model.Document) []model.Reason {
	if doc == nil || doc.Quality == nil {
		return nil
	}
	var out []model.Reason
	for _, r := range doc.Quality.Reasons {
		if r.Element != "" || doc.Quality.Review {
			out = append(out, r)
		}
	}
	return out
}
