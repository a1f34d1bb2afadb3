package parse

import (
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
	"github.com/zwgk/gongwen/segment"
)

// unitGroupRow reads a row that names the units of the rows below it: a
// 责任清单 grouped by unit whose header has no unit column (序号/工作任务/
// 完成时限) writes each group's unit or units as one cell across the row,
// often with the count of the group's rows after them
// (食品生产监督管理科（3项）). Every name must end like an organisation;
// the units are responsible. It returns the units as an item the rows
// below inherit from, as from a unit cell merged over them. cell is the
// row's one filled cell.
func (b *treeBuilder) unitGroupRow(cell source.Str) (*model.Item, bool) {
	if b.lay == nil || slices.Contains(b.lay.roles, table.Units) {
		return nil, false
	}
	cell = trimRowCount(cell)
	refs := b.cellUnits([]unitCell{{s: cell, role: model.RoleResponsible}})
	if len(refs) == 0 {
		return nil, false
	}
	for _, r := range refs {
		if r.role != model.RoleResponsible || !org.HasEnding(r.name.S) {
			return nil, false
		}
	}
	sp := b.src.SpanAll(cell)
	return &model.Item{Units: b.units(refs), UnitsText: cell.S, UnitsSpan: &sp}, true
}

// trimRowCount removes the count of a group's rows closing its heading:
// （3项）, (共5项), （2 項）, with or without pinyin glosses inside.
func trimRowCount(s source.Str) source.Str {
	t := strings.TrimRight(s.S, " ")
	t, ok := strings.CutSuffix(t, "）")
	if !ok {
		if t, ok = strings.CutSuffix(t, ")"); !ok {
			return s
		}
	}
	for open := len(t); open > 0; {
		open = max(strings.LastIndex(t[:open], "（"), strings.LastIndex(t[:open], "("))
		if open > 0 && isRowCount(segment.StripGlosses(t[open:])) {
			return s.Slice(0, open).TrimSpace()
		}
	}
	return s
}

// isRowCount reports an opening bracket and a count of rows: （3项, (共5項
// (folded to simplified script by segment's table).
func isRowCount(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "（"), "(")
	s = strings.TrimPrefix(strings.TrimSpace(s), "共")
	num, ok := strings.CutSuffix(segment.ToSimplified(s), "项")
	if !ok {
		return false
	}
	num = strings.TrimSpace(num)
	return num != "" && strings.Trim(num, "0123456789") == ""
}
