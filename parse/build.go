package parse

import (
	"crypto/sha1"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/report"
)

// planWords mark the title of an attached plan.
var planWords = []string{"方案", "要点", "要點", "计划", "計劃", "清单", "清單", "分工", "安排", "任务", "任務", "措施", "规划", "規劃", "细则", "細則", "意见", "意見", "办法", "辦法", "情况表", "情況表", "一览表", "分解表", "台账", "臺賬"}

var (
	yearRe  = regexp.MustCompile(`(19|20)\d{2}`)
	quoteRe = regexp.MustCompile(`《([^《》]{4,80})》`)
)

// build runs the text stages over decoded text, in order: lines → cleaning
// → metadata recognisers → kind → plan region → blocks → tree.
func build(text string) *model.Document {
	src := source.New(text)
	lines := cleanLines(src.Lines())
	h := readHeader(src, lines)
	doc := &model.Document{Kind: model.KindUnknown, Meta: h.meta}

	if isReport(&h, lines) {
		doc.Kind = model.KindAnnualReport
		title := ""
		if h.meta.Title != nil {
			title = h.meta.Title.Value
		}
		rep, warns := report.Build(src, title)
		doc.Report = rep
		doc.Warnings = append(doc.Warnings, warns...)
		doc.ID = docID(doc, text)
		return doc
	}

	start := planStart(&h, lines)
	planTitle, afterTitle := findPlanTitle(src, &h, lines, start)
	blocks := assembleBlocks(lines, afterTitle, h.tail)
	doc.ID = docIDFrom(h.meta, planTitle, text)
	tb := newTreeBuilder(src, blocks)
	for _, bl := range blocks {
		switch bl.kind {
		case blockHeader:
			l := layoutFromHeader(bl.cells)
			tb.lay = &l
		case blockRow:
			tb.tableRow(bl)
		case blockPara:
			tb.para(bl.s)
		}
	}
	plan := tb.finish(doc.ID)
	applyLeadRule(text, plan)
	plan.Title = planTitle
	if planTitle != nil {
		if y := yearRe.FindString(planTitle.Value); y != "" {
			plan.Year, _ = strconv.Atoi(y)
		}
	}
	if plan.Year == 0 && h.meta.SignedDate != nil {
		plan.Year, _ = strconv.Atoi(h.meta.SignedDate.Value[:4])
	}
	doc.Warnings = append(doc.Warnings, tb.warnings...)
	hasTasks := false
	for _, g := range plan.Goals {
		if len(g.Tasks) > 0 {
			hasTasks = true
		}
	}
	switch {
	case hasTasks:
		doc.Kind = model.KindWorkPlan
		doc.Plan = plan
	case h.meta.Title != nil || h.meta.DocNumber != nil:
		doc.Kind = model.KindNotice
	}
	return doc
}

// isReport recognises an annual report by its title.
func isReport(h *header, lines []line) bool {
	if h.meta.Title != nil && isReportTitle(h.meta.Title.Value) {
		return true
	}
	for i, n := 0, 0; i < len(lines) && n < 6; i++ {
		if lines[i].kind == lineText {
			n++
			if utf8.RuneCountInString(lines[i].s.S) < 60 && isReportTitle(lines[i].s.S) {
				return true
			}
		}
	}
	return false
}

// planStart decides where the plan region begins: after the signature when
// a plan is attached below the notice, else after the title and recipients.
func planStart(h *header, lines []line) int {
	start := h.bodyStart
	if h.signature >= 0 {
		for i := h.signature + 1; i < h.tail; i++ {
			ln := lines[i]
			if ln.used {
				continue
			}
			if ln.kind == lineTabRow || ln.kind == linePipeRow {
				return h.signature + 1
			}
			if ln.kind == lineText {
				if _, ok := readOrdinal(ln.s.S); ok {
					return h.signature + 1
				}
			}
		}
	}
	return start
}

// findPlanTitle looks for the attached plan's title in the first lines of
// the region: a short line without sentence punctuation that names a plan
// (possibly broken over two lines), or the name quoted in the notice title.
func findPlanTitle(src *source.Source, h *header, lines []line, start int) (*model.Field, int) {
	quoted := ""
	var quotedStr source.Str
	if h.meta.Title != nil && h.title >= 0 {
		t := lines[h.title].s
		if m := quoteRe.FindStringSubmatchIndex(t.S); m != nil {
			quotedStr = t.Slice(m[2], m[3])
			quoted = squeeze(quotedStr.S)
		}
	}
	for i, n := start, 0; i < len(lines) && n < 3; i++ {
		ln := lines[i]
		if ln.used || ln.kind == lineBlank || ln.kind == lineNoise {
			continue
		}
		if ln.kind != lineText {
			break
		}
		n++
		t := ln.s.S
		if _, ok := readOrdinal(t); ok {
			break
		}
		if !titleLike(t) {
			continue
		}
		s, end := ln.s, i
		if j := nextText(lines, i+1); j > 0 && j-i <= 3 && titleLike(lines[j].s.S) && !hasPlanWord(t) && hasPlanWord(lines[j].s.S) {
			s, end = source.Concat(ln.s, lines[j].s), j
		}
		v := squeeze(s.S)
		if hasPlanWord(v) || (quoted != "" && v == quoted) || ln.md > 0 {
			for k := i; k <= end; k++ {
				lines[k].used = true
			}
			return &model.Field{Value: v, Span: src.SpanAll(s)}, end + 1
		}
	}
	if quoted != "" {
		return &model.Field{Value: quoted, Span: src.SpanAll(quotedStr)}, start
	}
	if h.meta.Title != nil {
		// 关于印发X的通知 names the plan X.
		t := lines[h.title].s
		if k := strings.Index(t.S, "印发"); k >= 0 {
			rest := t.From(k + len("印发"))
			if e := strings.LastIndex(rest.S, "的"); e > 0 {
				x := rest.Slice(0, e).TrimSpace()
				if hasPlanWord(x.S) {
					return &model.Field{Value: squeeze(x.S), Span: src.SpanAll(x)}, start
				}
			}
		}
	}
	return nil, start
}

func titleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 4 && n <= 60 && !strings.ContainsAny(s, "。，；：:,;")
}

func hasPlanWord(s string) bool {
	for _, w := range planWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// docIDFrom derives a stable document ID from its number and titles, or
// from its text when it has neither.
func docIDFrom(m model.Meta, planTitle *model.Field, text string) string {
	var key []string
	if m.DocNumber != nil {
		key = append(key, m.DocNumber.Value)
	}
	if m.Title != nil {
		key = append(key, m.Title.Value)
	}
	if planTitle != nil {
		key = append(key, planTitle.Value)
	}
	if len(key) == 0 {
		key = append(key, text)
	}
	sum := sha1.Sum([]byte(strings.Join(key, "\x00")))
	return hex.EncodeToString(sum[:6])
}

func docID(doc *model.Document, text string) string { return docIDFrom(doc.Meta, nil, text) }

// detectScript tells simplified from traditional text by counting
// characters that exist in only one of the two scripts.
func detectScript(text string) model.Script {
	simp, trad := 0, 0
	for _, r := range text {
		if r < 0x4E00 {
			continue
		}
		if strings.ContainsRune(simplifiedOnly, r) {
			simp++
		} else if strings.ContainsRune(traditionalOnly, r) {
			trad++
		}
	}
	if trad > simp {
		return model.ScriptTraditional
	}
	return model.ScriptSimplified
}

// Frequent characters of official prose that differ between the scripts.
const (
	simplifiedOnly  = "发务关于为开这进对实们经动过说时会来个国学应现将员与级门问题长发关区县单织级头责协调认导议护报检设务产业经济标项转设计统让参见过华实运类环层还规则总办处网书场众责术条热节严济农权点费让监负资传顺"
	traditionalOnly = "發務關於為開這進對實們經動過說時會來個國學應現將員與級門問題長區縣單織頭責協調認導議護報檢設產業濟標項轉計統讓參見華運類環層還規則總辦處網書場眾術條熱節嚴農權點費監負資傳順"
)
