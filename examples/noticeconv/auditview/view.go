package auditview

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
)

// view is what page.tmpl renders.
type view struct {
	Title     string
	File      string
	Kind      string
	DocType   string  // 文种, when the parser gives one
	Review    bool    // the parser's quality check asks for a human look
	Score     float64 // the parser's quality score
	Reasons   []warnView
	Lines     []line
	Meta      []metaRow
	Plans     []planView
	Citations []chipView
	Report    *reportView
	Keywords  []string
	Warnings  []warnView
	Counts    Counts
}

// line is one source line cut into chunks.
type line struct {
	No     int
	Chunks []chunk
}

// chunk is a run of source bytes [Start, End) inside which no span begins
// or ends.
type chunk struct {
	Start, End int
	Text       string
	Unplaced   bool
}

// ref is a clickable element: its byte range in the source and a label.
type ref struct {
	Start, End int
	Has        bool
}

func refOf(s model.Span) ref {
	return ref{Start: s.Start, End: s.End, Has: !s.IsZero() && s.End > s.Start}
}

// metaRow is one GB/T 9704 element; repeated elements (主送机关, 抄送)
// share a row, each value clickable on its own.
type metaRow struct {
	Label  string
	Values []metaValue
}

type metaValue struct {
	Value string
	Ref   ref
}

// planView is one attached plan: its title and tree.
type planView struct {
	Title string
	Ref   ref
	Goals []goalView
}

// chipView is a small clickable fact: a deadline, a frequency, a target,
// a cited document.
type chipView struct {
	Label string
	Title string // shown on hover: the resolved value
	Ref   ref
}

type goalView struct {
	Flags     []string
	No, Title string
	Mark      string // the ordinal as a reader writes it: 一、
	Ref       ref
	Text      string
	Tasks     []taskView
}

type taskView struct {
	Flags     []string
	No, Title string
	Mark      string // （一） or 1.
	Ref       ref
	Items     []itemView
}

type itemView struct {
	Flags     []string
	No        string
	Mark      string
	Text      string
	Ref       ref
	Units     []unitView
	UnitsRef  ref
	Inherited bool
	Deadline  string
	Schedule  []chipView // typed deadlines, frequency and targets
}

type unitView struct {
	Flags                 []string
	Name, Role, RoleLabel string
	Ref                   ref
}

type reportView struct {
	Title    string
	Sections []sectionView
	Stats    []statView
	Tables   []tableView
}

type sectionView struct {
	Level   int
	No      string
	Mark    string
	Heading string
	Ref     ref
}

type statView struct {
	Label string
	Value string
	Unit  string
	Ref   ref
}

type tableView struct {
	Title   string
	Columns []string
	Rows    []tableRowView
}

type tableRowView struct {
	Label string
	Cells []string
	Ref   ref
}

type warnView struct {
	Code, Message string
	Ref           ref
}

// Counts summarises a document for the index page.
type Counts struct {
	Goals, Tasks, Items, Units, Stats, Warnings int
}

// CountsOf counts the elements of doc.
func CountsOf(doc *model.Document) Counts {
	var c Counts
	if doc == nil {
		return c
	}
	if p := doc.Plan; p != nil {
		c.Goals = len(p.Goals)
		for _, g := range p.Goals {
			c.Tasks += len(g.Tasks)
			for _, t := range g.Tasks {
				c.Items += len(t.Items)
				for _, it := range t.Items {
					c.Units += len(it.Units)
				}
			}
		}
	}
	if doc.Report != nil {
		c.Stats = len(doc.Report.Stats)
	}
	c.Warnings = len(doc.Warnings)
	return c
}

// RoleLabels names the roles in Chinese, as a clerk reads them.
var roleLabels = map[model.Role]string{
	model.RoleLead:        "牵头",
	model.RoleCooperate:   "配合",
	model.RoleParticipate: "参与",
	model.RoleResponsible: "负责",
}

// build turns a document and its text into the view.
func build(doc *model.Document, text, file string) *view {
	v := &view{File: file, Kind: string(doc.Kind), Counts: CountsOf(doc)}
	m := doc.Meta
	if m.Title != nil {
		v.Title = m.Title.Value
	}
	if m.DocType != nil {
		v.DocType = m.DocType.Value
	}
	if v.Title == "" {
		v.Title = file
	}
	addField := func(label string, f *model.Field) {
		if f == nil || f.Value == "" {
			return
		}
		mv := metaValue{Value: f.Value, Ref: refOf(f.Span)}
		if n := len(v.Meta); n > 0 && v.Meta[n-1].Label == label {
			v.Meta[n-1].Values = append(v.Meta[n-1].Values, mv)
			return
		}
		v.Meta = append(v.Meta, metaRow{Label: label, Values: []metaValue{mv}})
	}
	addFields := func(label string, fs []model.Field) {
		for _, f := range fs {
			addField(label, &f)
		}
	}
	addField("发文机关标志", m.IssuerMark)
	addField("发文字号", m.DocNumber)
	addField("标题", m.Title)
	addFields("主送机关", m.Recipients)
	addField("文种", m.DocType)
	if len(m.Issuers) > 0 {
		addFields("发文机关", m.Issuers)
	} else {
		addField("发文机关署名", m.Issuer)
	}
	addField("成文日期", m.SignedDate)
	addField("附注", m.Publicity)
	addFields("抄送", m.CC)
	addField("印发机关", m.PrintedBy)
	addField("印发日期", m.PrintedDate)
	addField("印发的文件", m.IssuedTitle)
	var spans []model.Span
	plans := doc.Plans
	if len(plans) == 0 && doc.Plan != nil {
		plans = []*model.Plan{doc.Plan}
	}
	for _, p := range plans {
		pv := planView{}
		if p.Title != nil {
			pv.Title, pv.Ref = p.Title.Value, refOf(p.Title.Span)
			spans = append(spans, p.Title.Span)
		}
		for _, g := range p.Goals {
			gv := goalView{Flags: g.Flags, No: g.No, Mark: mark(g.No, "", "、"), Title: g.Title, Ref: refOf(g.Span)}
			spans = append(spans, g.Span)
			if g.Text != nil {
				gv.Text = g.Text.Value
			}
			for _, t := range g.Tasks {
				tv := taskView{Flags: t.Flags, No: t.No, Mark: mark(t.No, "（", "）"), Title: t.Title, Ref: refOf(t.Span)}
				spans = append(spans, t.Span)
				for _, it := range t.Items {
					iv := itemView{Flags: it.Flags, No: it.No, Mark: mark(it.No, "（", "）"), Text: it.Text, Ref: refOf(it.Span), Inherited: it.UnitsInherited, Deadline: it.Deadline}
					spans = append(spans, it.Span)
					if it.UnitsSpan != nil {
						iv.UnitsRef = refOf(*it.UnitsSpan)
					}
					for _, u := range it.Units {
						iv.Units = append(iv.Units, unitView{Flags: u.Flags, Name: u.Name, Role: string(u.Role), RoleLabel: roleLabels[u.Role], Ref: refOf(u.Span)})
						spans = append(spans, u.Span)
					}
					iv.Schedule = scheduleOf(&it)
					for _, c := range iv.Schedule {
						spans = append(spans, model.Span{Start: c.Ref.Start, End: c.Ref.End})
					}
					tv.Items = append(tv.Items, iv)
				}
				gv.Tasks = append(gv.Tasks, tv)
			}
			pv.Goals = append(pv.Goals, gv)
		}
		v.Plans = append(v.Plans, pv)
	}
	for _, c := range doc.Citations {
		label := "《" + c.Title + "》"
		if c.DocNumber != "" {
			label += "（" + c.DocNumber + "）"
		}
		v.Citations = append(v.Citations, chipView{Label: label, Ref: refOf(c.Span)})
		spans = append(spans, c.Span)
	}
	if r := doc.Report; r != nil {
		rv := &reportView{Title: r.Title}
		for _, s := range r.Sections {
			open, close := "（", "）"
			if s.Level == 1 {
				open, close = "", "、"
			}
			rv.Sections = append(rv.Sections, sectionView{Level: s.Level, No: s.No, Mark: mark(s.No, open, close), Heading: s.Heading, Ref: refOf(s.Span)})
			spans = append(spans, s.Span)
		}
		for _, s := range r.Stats {
			rv.Stats = append(rv.Stats, statView{Label: s.Label, Value: formatNumber(s.Value), Unit: s.Unit, Ref: refOf(s.Span)})
			spans = append(spans, s.Span)
		}
		if ts := r.Tables; ts != nil {
			for i := range ts.Proactive {
				rv.Tables = append(rv.Tables, tableOf(&ts.Proactive[i]))
			}
			if ts.Requests != nil {
				rv.Tables = append(rv.Tables, tableOf(ts.Requests))
			}
			if ts.Review != nil {
				rv.Tables = append(rv.Tables, tableOf(ts.Review))
			}
		}
		v.Report = rv
	}
	for _, k := range doc.Keywords {
		v.Keywords = append(v.Keywords, k.Term)
	}
	var unplaced []model.Span
	for _, w := range doc.Warnings {
		wv := warnView{Code: w.Code, Message: w.Message}
		if w.Span != nil {
			wv.Ref = refOf(*w.Span)
			spans = append(spans, *w.Span)
			if w.Code == model.WarnUnplaced {
				unplaced = append(unplaced, *w.Span)
			}
		}
		v.Warnings = append(v.Warnings, wv)
	}
	for _, row := range v.Meta {
		for _, mv := range row.Values {
			if mv.Ref.Has {
				spans = append(spans, model.Span{Start: mv.Ref.Start, End: mv.Ref.End})
			}
		}
	}
	v.Lines = cut(text, spans, unplaced)
	fillView(v, doc)
	return v
}

func tableOf(t *model.Table) tableView {
	tv := tableView{Title: t.Title, Columns: t.Columns}
	for _, r := range t.Rows {
		rv := tableRowView{Label: r.Label, Ref: refOf(r.Span)}
		for _, c := range r.Cells {
			if c == nil {
				rv.Cells = append(rv.Cells, "")
				continue
			}
			rv.Cells = append(rv.Cells, formatNumber(*c))
		}
		tv.Rows = append(tv.Rows, rv)
	}
	return tv
}

func formatNumber(f float64) string {
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprintf("%g", f)
}

// cut splits text into lines and each line into chunks at every span
// boundary, so that a span is always a whole number of chunks. Offsets
// that fall inside a UTF-8 sequence or outside the text are moved to the
// nearest rune start inside it. Chunks inside an unplaced span are marked.
func cut(text string, spans, unplaced []model.Span) []line {
	bounds := map[int]bool{0: true, len(text): true}
	fix := func(i int) int {
		if i < 0 {
			return 0
		}
		if i > len(text) {
			return len(text)
		}
		for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	for _, s := range spans {
		bounds[fix(s.Start)] = true
		bounds[fix(s.End)] = true
	}
	cuts := make([]int, 0, len(bounds))
	for b := range bounds {
		cuts = append(cuts, b)
	}
	sort.Ints(cuts)
	isUnplaced := func(a, b int) bool {
		for _, u := range unplaced {
			if a >= u.Start && b <= u.End {
				return true
			}
		}
		return false
	}
	var lines []line
	cur := line{No: 1}
	ci := 0
	pos := 0
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		// chunks of [pos, end)
		for ci < len(cuts) && cuts[ci] <= pos {
			ci++
		}
		start := pos
		for j := ci; start < end; j++ {
			stop := end
			if j < len(cuts) && cuts[j] < end {
				stop = cuts[j]
			}
			if stop > start {
				cur.Chunks = append(cur.Chunks, chunk{Start: start, End: stop, Text: strings.TrimSuffix(text[start:stop], "\r"), Unplaced: isUnplaced(start, stop)})
			}
			start = stop
		}
		lines = append(lines, cur)
		cur = line{No: cur.No + 1}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	if len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// mark writes an ordinal as a reader expects it: a Chinese numeral between
// open and close (一、 （一）), an arabic one followed by a full stop (1.),
// anything else (① ●) as it is.
func mark(no, open, close string) string {
	if no == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(no)
	switch {
	case r >= '0' && r <= '9':
		return no + "."
	case strings.ContainsRune("一二三四五六七八九十百零〇", r):
		return open + no + close
	}
	return no
}

// scheduleOf lists an item's typed deadlines, frequency and targets as
// chips; the hover title gives the resolved value.
func scheduleOf(it *model.Item) []chipView {
	var cs []chipView
	for _, d := range it.Deadlines {
		title := string(d.Kind)
		switch {
		case d.Start != "" && d.End != "" && d.Start != d.End:
			title += " " + d.Start + " – " + d.End
		case d.End != "":
			title += " " + d.End
		}
		if d.Duration != nil {
			title += fmt.Sprintf(" %s %s", formatNumber(float64(d.Duration.Value)), d.Duration.Unit)
		}
		cs = append(cs, chipView{Label: "时限 " + d.Text, Title: title, Ref: refOf(d.Span)})
	}
	if f := it.Frequency; f != nil {
		cs = append(cs, chipView{Label: "频次 " + f.Text, Title: string(f.Every), Ref: refOf(f.Span)})
	}
	for _, t := range it.Targets {
		cs = append(cs, chipView{Label: "目标 " + t.Text, Title: fmt.Sprintf("%s %s%s", t.Op, formatNumber(t.Value), t.Unit), Ref: refOf(t.Span)})
	}
	return cs
}
