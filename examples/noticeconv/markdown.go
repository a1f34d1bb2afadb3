package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// renderMarkdown writes a readable outline of doc: the notice's metadata,
// then the plan as headings 一、 → （一） with one list entry per item and
// its units by role, or the report's sections and statistics, and finally
// the warnings.
func renderMarkdown(name string, doc *model.Document) []byte {
	var b bytes.Buffer
	m := doc.Meta
	title := m.Title.Text()
	if title == "" {
		title = name
	}
	fmt.Fprintf(&b, "# %s\n\n", mdLine(title))
	fmt.Fprintf(&b, "- **文件**：%s\n", mdCode(name))
	meta := []struct{ label, value string }{
		{"类型", string(doc.Kind)},
		{"发文机关标志", m.IssuerMark.Text()},
		{"发文字号", m.DocNumber.Text()},
		{"主送机关", joinFields(m.Recipients)},
		{"发文机关署名", m.Issuer.Text()},
		{"成文日期", m.SignedDate.Text()},
		{"附注", m.Publicity.Text()},
		{"抄送", joinFields(m.CC)},
		{"印发机关", m.PrintedBy.Text()},
		{"印发日期", m.PrintedDate.Text()},
	}
	for _, kv := range meta {
		if kv.value != "" {
			fmt.Fprintf(&b, "- **%s**：%s\n", kv.label, mdLine(kv.value))
		}
	}
	if len(doc.Keywords) > 0 {
		terms := make([]string, len(doc.Keywords))
		for i, k := range doc.Keywords {
			terms[i] = mdLine(k.Term)
		}
		fmt.Fprintf(&b, "- **关键词**：%s\n", strings.Join(terms, "、"))
	}
	b.WriteByte('\n')
	if p := doc.Plan; p != nil {
		writePlanMarkdown(&b, p)
	}
	if r := doc.Report; r != nil {
		writeReportMarkdown(&b, r)
	}
	if len(doc.Warnings) > 0 {
		b.WriteString("## 提示 (warnings)\n\n")
		for _, w := range doc.Warnings {
			loc := ""
			if w.Span != nil && w.Span.Line > 0 {
				loc = fmt.Sprintf("（第 %d 行）", w.Span.Line)
			}
			fmt.Fprintf(&b, "- `%s` %s%s\n", w.Code, mdLine(w.Message), loc)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func writePlanMarkdown(b *bytes.Buffer, p *model.Plan) {
	if t := p.Title.Text(); t != "" {
		fmt.Fprintf(b, "## %s\n\n", mdLine(t))
	}
	if pre := p.Preamble.Text(); pre != "" {
		fmt.Fprintf(b, "%s\n\n", mdParagraph(pre))
	}
	for _, g := range p.Goals {
		if h := strings.TrimSpace(ordinal(g.No, "、") + g.Title); h != "" {
			fmt.Fprintf(b, "### %s\n\n", mdLine(h))
		}
		for _, t := range g.Tasks {
			if h := strings.TrimSpace(ordinal(t.No, "") + t.Title); h != "" {
				fmt.Fprintf(b, "#### %s\n\n", mdLine(h))
			}
			for _, it := range t.Items {
				no := ""
				if it.No != "" {
					no = mdLine(it.No) + " "
				}
				fmt.Fprintf(b, "- %s%s", no, mdLine(it.Text))
				if u := unitsByRole(it.Units); u != "" {
					inherited := ""
					if it.UnitsInherited {
						inherited = "（沿用上行）"
					}
					fmt.Fprintf(b, "  \n  责任单位%s：%s", inherited, u)
				}
				if it.Deadline != "" {
					fmt.Fprintf(b, "  \n  时限：%s", mdLine(it.Deadline))
				}
				b.WriteString("\n")
			}
			b.WriteString("\n")
		}
	}
	for _, c := range p.Closing {
		fmt.Fprintf(b, "%s\n\n", mdParagraph(c.Value))
	}
}

func writeReportMarkdown(b *bytes.Buffer, r *model.Report) {
	if r.Title != "" {
		fmt.Fprintf(b, "## %s\n\n", mdLine(r.Title))
	}
	for _, s := range r.Sections {
		level := min(max(s.Level, 1), 3) + 2
		fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", level), mdLine(strings.TrimSpace(ordinal(s.No, sectionSep(s.Level))+s.Heading)))
	}
	if len(r.Stats) > 0 {
		b.WriteString("### 统计数据\n\n| 分类 | 指标 | 数值 | 单位 | 范围 |\n| --- | --- | ---: | --- | --- |\n")
		for _, s := range r.Stats {
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", mdCell(strings.Join(s.Path, " / ")), mdCell(s.Label),
				strconv.FormatFloat(s.Value, 'f', -1, 64), mdCell(s.Unit), mdCell(s.Scope))
		}
		b.WriteByte('\n')
	}
}

// ordinal formats a heading number as written in notices: 一、 for goals
// (sep "、"), （一） for tasks (sep ""), 1. for arabic numbers.
func ordinal(no, sep string) string {
	switch {
	case no == "":
		return ""
	case no[0] >= '0' && no[0] <= '9':
		return no + ". "
	case sep == "":
		return "（" + no + "）"
	}
	return no + sep
}

func sectionSep(level int) string {
	if level == 1 {
		return "、"
	}
	return ""
}

// unitsByRole lists units grouped by role: 牵头：A、B；配合：C.
func unitsByRole(units []model.Unit) string {
	var parts []string
	known := map[model.Role]bool{}
	for _, role := range model.Roles() {
		known[role] = true
		var names []string
		for _, u := range units {
			if u.Role == role {
				names = append(names, mdLine(u.Name))
			}
		}
		if len(names) > 0 {
			parts = append(parts, role.Label()+"："+strings.Join(names, "、"))
		}
	}
	for _, u := range units { // a role the model may add later
		if !known[u.Role] {
			parts = append(parts, string(u.Role)+"："+mdLine(u.Name))
		}
	}
	return strings.Join(parts, "；")
}

func joinFields(fs []model.Field) string {
	v := make([]string, len(fs))
	for i, f := range fs {
		v[i] = f.Value
	}
	return strings.Join(v, "、")
}

// mdEscaper escapes the characters that would start Markdown markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `&lt;`, "#", `\#`)

// mdLine escapes s and joins its lines, for a heading or a list entry.
func mdLine(s string) string {
	return mdEscaper.Replace(strings.Join(strings.Fields(strings.ReplaceAll(s, "\r", "")), " "))
}

// mdParagraph escapes s and keeps its line breaks as paragraph breaks.
func mdParagraph(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, mdLine(l))
		}
	}
	return strings.Join(out, "\n\n")
}

// mdCode shows s verbatim as inline code, fenced with more backticks than
// it contains.
func mdCode(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdCell escapes s for a table cell.
func mdCell(s string) string { return strings.ReplaceAll(mdLine(s), "|", `\|`) }

// mdSink writes the outlines of all documents to stdout, one after another.
type mdSink struct {
	w *bufio.Writer
	n int
}

func (s *mdSink) render(r *result) error {
	r.data, r.doc = renderMarkdown(r.in.name(), r.doc), nil
	return nil
}

func (s *mdSink) write(r *result) error {
	if s.n > 0 {
		if _, err := io.WriteString(s.w, "---\n\n"); err != nil {
			return err
		}
	}
	s.n++
	_, err := s.w.Write(r.data)
	return err
}

func (s *mdSink) close(bool) error { return s.w.Flush() }
