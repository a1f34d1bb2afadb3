package parse

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// colRole is what a table column holds.
type colRole int

const (
	colUnknown colRole = iota
	colGoal
	colTask
	colContent
	colUnits
	colDeadline
	colSeq
	colIgnore
)

// column header words, matched after removing spaces.
var headerWords = []struct {
	role  colRole
	unit  model.Role
	words []string
}{
	{colSeq, "", []string{"序号", "序號", "编号", "編號"}},
	{colGoal, "", []string{"目标", "目標", "工作目标", "总体目标", "重点领域", "類別", "类别", "分类", "领域", "板块", "项目类别", "一级指标"}},
	{colTask, "", []string{"任务", "任務", "工作任务", "工作任務", "重点任务", "重點任務", "主要任务", "任务名称", "工作事项", "事项", "工作项目", "二级指标", "工作重点", "重点工作", "重點工作"}},
	{colContent, "", []string{"主要内容", "具体内容", "工作内容", "内容", "內容", "內容與要求", "内容与要求", "具体要求", "具體要求", "工作要求", "主要措施", "具体措施", "工作措施", "任务内容", "目标任务", "具体任务", "工作举措", "任务要求", "具体工作", "工作目标及措施"}},
	{colUnits, model.RoleLead, []string{"牵头单位", "牵头部门", "牽頭單位", "牽頭部門", "主办单位", "牵头责任单位"}},
	{colUnits, model.RoleCooperate, []string{"配合单位", "配合部门", "配合單位", "协办单位", "協辦單位"}},
	{colUnits, model.RoleParticipate, []string{"参与单位", "參與單位"}},
	{colUnits, model.RoleResponsible, []string{"责任单位", "責任單位", "责任部门", "責任部門", "责任主体", "承办单位", "实施单位", "落实单位", "责任处室", "责任科室"}},
	{colDeadline, "", []string{"时限要求", "時限要求", "完成时限", "完成時限", "完成时间", "完成時間", "时间要求", "时限", "時限", "时间节点", "进度安排", "完成期限"}},
	{colIgnore, "", []string{"进展情况", "進展情況", "完成情况", "完成情況", "备注", "備註", "备 注", "牵头领导", "责任领导", "分管领导", "牵头市领导", "责任人", "评价标准", "考核标准", "佐证材料"}},
}

func headerRole(cell string) (colRole, model.Role, bool) {
	if len(cell) > 60 {
		return colUnknown, "", false // column names are short
	}
	c := strings.Map(func(r rune) rune {
		if source.IsSpace(r) {
			return -1
		}
		return r
	}, cell)
	c = strings.TrimRight(c, "|")
	for _, h := range headerWords {
		for _, w := range h.words {
			if c == w {
				return h.role, h.unit, true
			}
		}
	}
	return colUnknown, "", false
}

// isHeaderRow is true when most non-empty cells are column names and at
// least two are.
func isHeaderRow(cells []source.Str) bool {
	n, hits := 0, 0
	for _, c := range cells {
		if c.Len() == 0 {
			continue
		}
		n++
		if _, _, ok := headerRole(c.S); ok {
			hits++
		}
	}
	return hits >= 2 && hits*3 >= n*2
}

// layout maps the columns of a table to their roles.
type layout struct {
	roles     []colRole
	unitRoles []model.Role
}

func layoutFromHeader(cells []source.Str) layout {
	var l layout
	for _, c := range cells {
		r, u, _ := headerRole(c.S)
		l.roles = append(l.roles, r)
		l.unitRoles = append(l.unitRoles, u)
	}
	// Two content-like columns and no task column: the first names the task.
	first, count, hasTask := -1, 0, false
	for i, r := range l.roles {
		switch r {
		case colContent:
			if first < 0 {
				first = i
			}
			count++
		case colTask:
			hasTask = true
		}
	}
	if count >= 2 && !hasTask {
		l.roles[first] = colTask
	}
	return l
}

// merge overlays the column roles of a second header row on the first.
func (l layout) merge(next layout) layout {
	out := layout{}
	for i := 0; i < max(len(l.roles), len(next.roles)); i++ {
		r, u := colUnknown, model.Role("")
		if i < len(l.roles) {
			r, u = l.roles[i], l.unitRoles[i]
		}
		if i < len(next.roles) && next.roles[i] != colUnknown {
			r, u = next.roles[i], next.unitRoles[i]
		}
		out.roles = append(out.roles, r)
		out.unitRoles = append(out.unitRoles, u)
	}
	return out
}

// guessLayout is used for tables without a header row: the common
// 目标/任务/内容/单位 orders by column count.
func guessLayout(n int) layout {
	var roles []colRole
	switch {
	case n <= 2:
		roles = []colRole{colContent, colUnits}
	case n == 3:
		roles = []colRole{colTask, colContent, colUnits}
	case n == 4:
		roles = []colRole{colGoal, colTask, colContent, colUnits}
	default:
		roles = []colRole{colGoal, colTask, colContent, colUnits, colDeadline}
		for len(roles) < n {
			roles = append(roles, colIgnore)
		}
	}
	l := layout{roles: roles[:min(n, len(roles))]}
	for range l.roles {
		l.unitRoles = append(l.unitRoles, model.RoleResponsible)
	}
	return l
}

// row is a table row interpreted through its layout.
type row struct {
	goal, task, seq, content, deadline source.Str
	units                              []unitCell
	afterBreak                         bool
}

type unitCell struct {
	s    source.Str
	role model.Role
}

func (l layout) read(b block) row {
	r := row{afterBreak: b.afterBreak}
	for i, c := range b.cells {
		if i >= len(l.roles) || c.Len() == 0 {
			continue
		}
		switch l.roles[i] {
		case colGoal:
			r.goal = c
		case colTask:
			r.task = c
		case colSeq:
			r.seq = c
		case colContent:
			if r.content.Len() == 0 {
				r.content = c
			} else {
				r.content = source.Join([]source.Str{r.content, c}, "\n")
			}
		case colUnits:
			r.units = append(r.units, unitCell{s: c, role: l.unitRoles[i]})
		case colDeadline:
			r.deadline = c
		}
	}
	return r
}

// cellLineTable recognises a table rendered one cell per line (a web page
// that lost its table markup): a run of at least three column names, each
// on its own line, followed by the cells. It returns the number of lines it
// consumed and the rows as blocks, or 0 when lines[i] starts no such table.
func cellLineTable(lines []line, i, to int) (int, []block) {
	var heads []source.Str
	j := i
	for ; j < to; j++ {
		ln := lines[j]
		if ln.kind == lineBlank || ln.kind == lineNoise && ln.s.S != "|" {
			continue
		}
		c, ok := singleCell(ln)
		if !ok {
			break
		}
		if _, _, isHead := headerRole(c.S); !isHead {
			break
		}
		heads = append(heads, c)
	}
	if len(heads) < 3 {
		return 0, nil
	}
	ncol := len(heads)
	out := []block{{kind: blockHeader, cells: heads, line: i}}
	lay := layoutFromHeader(heads)
	seqCol := lay.roles[0] == colSeq
	var cur []source.Str
	emit := func() {
		if len(cur) == 0 {
			return
		}
		// A row with fewer cells than columns was cut short (the end of
		// an excerpt): its cells fill from the left and it inherits nothing.
		out = append(out, block{kind: blockRow, cells: cur, line: i, short: len(cur) < ncol})
		cur = nil
	}
	k := j
	pipeMode := false
	for ; k < to; k++ {
		ln := lines[k]
		if ln.used {
			break
		}
		if ln.kind == linePipeRow && len(ln.cells) == 0 { // "||": a row boundary
			pipeMode = true
			emit()
			continue
		}
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind == lineNoise {
			if ln.s.S == "|" && pipeMode {
				cur = append(cur, source.Str{})
			}
			continue
		}
		c, ok := singleCell(ln)
		if !ok {
			break
		}
		if strings.HasSuffix(strings.TrimSpace(ln.s.S), "|") {
			pipeMode = true
		}
		if o, ok := ord.Read(c.S); ok && o.Style == ord.CnDun && !pipeMode {
			// A first-level heading between rows is a row of its own.
			emit()
			out = append(out, block{kind: blockRow, cells: []source.Str{c}, line: k})
			continue
		}
		if !pipeMode {
			if seqCol && isBareNumber(c.S) && len(cur) > 0 {
				emit()
			} else if !seqCol && len(cur) == ncol {
				emit()
			}
		}
		cur = append(cur, c)
	}
	emit()
	return k - i, out
}

// singleCell returns the text of a line that holds one table cell: a text
// line, or a pipe line with a single cell ("内容 |").
func singleCell(ln line) (source.Str, bool) {
	switch ln.kind {
	case lineText:
		return ln.s, true
	case linePipeRow:
		if len(ln.cells) == 1 {
			return ln.cells[0], true
		}
		if len(ln.cells) == 0 {
			return source.Str{}, true
		}
	}
	return source.Str{}, false
}
