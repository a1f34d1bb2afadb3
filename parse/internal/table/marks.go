package table

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/role"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
)

// A responsibility matrix (责任矩阵) names one unit per column header and
// marks, in each task's row, the units that carry the task: a symbol whose
// meaning a legend gives (注：●为牵头单位，○为配合单位) or a role word
// (牵头, 配合, 参与).

// The symbols a matrix cell may hold, by the role each gives when no
// legend says otherwise: filled shapes lead, hollow ones cooperate, ticks
// name a responsible unit.
const (
	leadMarks        = "●★▲■◆◉"
	cooperateMarks   = "○☆△□◇◎"
	responsibleMarks = "√✓✔☑"
	// MarkSymbols are all the symbols a matrix cell may hold.
	MarkSymbols = leadMarks + cooperateMarks + responsibleMarks
)

// markDefault gives the role of a matrix symbol when no legend says.
func markDefault(r rune) (model.Role, bool) {
	switch {
	case strings.ContainsRune(leadMarks, r):
		return model.RoleLead, true
	case strings.ContainsRune(cooperateMarks, r):
		return model.RoleCooperate, true
	case strings.ContainsRune(responsibleMarks, r):
		return model.RoleResponsible, true
	}
	return "", false
}

// IsMark reports a symbol a matrix cell may hold (MarkSymbols).
func IsMark(r rune) bool {
	_, ok := markDefault(r)
	return ok
}

// DefaultMarks lists, as strings, the marks that give role r when no
// legend says otherwise.
func DefaultMarks(r model.Role) []string {
	var out []string
	for _, m := range MarkSymbols {
		if mr, _ := markDefault(m); mr == r {
			out = append(out, string(m))
		}
	}
	return out
}

// Legend maps the symbols of a matrix to the roles its legend gives them.
type Legend map[rune]model.Role

// maxLegendRunes bounds a legend: a note of a sentence or two.
const maxLegendRunes = 80

// legendCopulas link a symbol to its meaning (●为牵头单位, ○表示配合单位).
var legendCopulas = []string{"为", "表示", "代表", "是", "：", ":", "—", "-", "="}

// ReadLegend reads a matrix legend (注：表中“●”为牵头单位，“○”为配合单位 /
// 说明：★为牵头单位，√为责任单位): a short note in which every symbol of
// MarkSymbols it holds is followed, past quotes, by a copula and a word that
// gives a role (role.LabelHeads, role.Verbs). ok is false when s names no
// symbol so, or is longer than a note.
func ReadLegend(s string) (Legend, bool) {
	if len(s) > maxLegendRunes*4 || source.MoreRunes(s, maxLegendRunes) || !source.ContainsAny(s, MarkSymbols) {
		return nil, false
	}
	s = segment.ToSimplified(s)
	var l Legend
	for i, r := range s {
		if !IsMark(r) {
			continue
		}
		rest := strings.TrimLeft(s[i+utf8.RuneLen(r):], "”\"’'」』 \u3000")
		cut := false
		for _, c := range legendCopulas {
			if after, found := strings.CutPrefix(rest, c); found {
				rest, cut = after, true
				break
			}
		}
		if !cut {
			return nil, false
		}
		ro, _, ok := wordRole(rest)
		if !ok {
			return nil, false
		}
		if l == nil {
			l = Legend{}
		}
		l[r] = ro
	}
	return l, l != nil
}

// wordRole gives the role of the role word s opens with (牵头单位, 配合,
// 参与部门, 责任单位, 负责), and what follows the word.
func wordRole(s string) (model.Role, string, bool) {
	for _, ws := range [][]role.Word{role.LabelHeads, role.Verbs} {
		for _, w := range ws {
			if rest, ok := strings.CutPrefix(s, w.Word); ok {
				return w.Role, rest, true
			}
		}
	}
	return "", "", false
}

// maxMarkWordRunes bounds a cell holding a role word (牵头, 配合单位).
const maxMarkWordRunes = 4

// MarkRole reads a matrix cell: one symbol of MarkSymbols (the legend's role
// for it, else its default), or a role word alone (牵头, 配合, 参与,
// 负责). ok is false for any other cell, an empty one included.
func (l Legend) MarkRole(s string) (model.Role, bool) {
	s = strings.TrimSpace(s)
	if s == "" || source.MoreRunes(s, maxMarkWordRunes) {
		return "", false
	}
	if r, n := utf8.DecodeRuneInString(s); n == len(s) {
		if ro, ok := l[r]; ok {
			return ro, true
		}
		return markDefault(r)
	}
	ro, rest, ok := wordRole(segment.ToSimplified(s))
	if !ok || rest != "" && rest != "单位" && rest != "部门" {
		return "", false
	}
	return ro, true
}

// minMarkColumns is the number of unit columns a matrix has at least.
const minMarkColumns = 2

// MatrixNames reports a header row of a responsibility matrix: two unit
// names or more (Vocab.IsUnits; none a column name), each standing over a
// column whose cells in the rows below are marks (MarkRole) or empty, some
// mark among them; the row's other cells are column names (序号, 工作任务,
// 完成时限) or empty. It returns which cells name units.
func (v Vocab) MatrixNames(cells []source.Str, below [][]source.Str) ([]bool, bool) {
	if v.IsUnits == nil || len(below) == 0 {
		return nil, false
	}
	units := make([]bool, len(cells))
	n := 0
	for j, c := range cells {
		t := strings.TrimSpace(c.S)
		switch {
		case t == "":
		case IsColumnName(t):
		case !source.MoreRunes(t, maxUnitNameRunes) && v.IsUnits(t):
			units[j] = true
			n++
		default:
			return nil, false
		}
	}
	if n < minMarkColumns {
		return nil, false
	}
	marks := 0
	for _, r := range below {
		for j, c := range r {
			if j >= len(units) || !units[j] || c.Len() == 0 {
				continue
			}
			if _, ok := Legend(nil).MarkRole(c.S); !ok {
				return nil, false
			}
			marks++
		}
	}
	return units, marks > 0
}

// maxUnitNameRunes bounds a unit's name in a matrix header.
const maxUnitNameRunes = 20
