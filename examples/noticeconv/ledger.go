package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/zwgk/gongwen/model"
)

// The 督办台账: every item of the batch's plans by the month it is due, for
// the office that follows the tasks up.
const sheetLedger = "督办台账"

// Month labels of items without a dated deadline, sorted after the months.
const (
	ledgerOngoing = "长期"   // only ongoing deadlines (长期坚持, 即日起)
	ledgerUndated = "未定时限" // no deadline, or one counted from an event (20个工作日内)
)

// ledgerColumns are the columns of the 督办台账: when, what, who.
var ledgerColumns = []column[itemRow]{
	{"due_month", "到期月份", 10, cellText, func(r *itemRow, _ tableOptions) string { m, _ := itemDue(r.item); return m }},
	{"due", "截止日期", 12, cellText, func(r *itemRow, _ tableOptions) string { _, d := itemDue(r.item); return d }},
	{"deadlines", "时限要求", 20, cellText, func(r *itemRow, _ tableOptions) string { return deadlineTexts(r.item) }},
	{"frequency", "频次", 8, cellText, func(r *itemRow, opt tableOptions) string { return frequencyName(r.item.Frequency, opt.chinese) }},
	{"task_title", "任务", 28, cellText, func(r *itemRow, _ tableOptions) string { return r.task.Title }},
	{"item_text", "工作内容", 60, cellText, func(r *itemRow, _ tableOptions) string { return r.item.Text }},
	{"lead", "牵头单位", 24, cellText, func(r *itemRow, _ tableOptions) string {
		var lead []string
		for u := range r.item.UnitsWith(model.RoleLead) {
			lead = append(lead, u.Name)
		}
		return strings.Join(lead, "、")
	}},
	{"unit", "责任单位", 28, cellText, func(r *itemRow, _ tableOptions) string {
		return joinUnits(r.item.Units, func(u model.Unit) string { return u.Name }, false)
	}},
	{"targets", "量化指标", 16, cellText, func(r *itemRow, _ tableOptions) string { return targetTexts(r.item) }},
	{"file", "文件", 24, cellText, func(r *itemRow, _ tableOptions) string { return r.file }},
	{"doc_number", "发文字号", 18, cellText, func(r *itemRow, _ tableOptions) string { return r.doc.Meta.DocNumber.Text() }},
	{"item_id", "事项ID", 14, cellText, func(r *itemRow, _ tableOptions) string { return r.item.ID }},
}

// ledgerRow is a rendered row of the 督办台账 with the keys it is sorted by.
type ledgerRow struct {
	month, due string
	cells      []string
}

// ledgerRows renders a row for every item of the document.
func ledgerRows(r *itemRow, opt tableOptions) ledgerRow {
	month, due := itemDue(r.item)
	return ledgerRow{month: month, due: due, cells: record(ledgerColumns, r, opt)}
}

// sortLedger orders rows by month (the labels of undated items last), due
// day, then the order they came in.
func sortLedger(rows []ledgerRow) {
	rank := func(m string) int {
		switch m {
		case ledgerOngoing:
			return 1
		case ledgerUndated:
			return 2
		}
		return 0
	}
	slices.SortStableFunc(rows, func(a, b ledgerRow) int {
		return cmp.Or(cmp.Compare(rank(a.month), rank(b.month)), cmp.Compare(a.month, b.month), cmp.Compare(a.due, b.due))
	})
}

// itemDue is the month (YYYY-MM) and day an item is due, the earliest end
// of its dated deadlines; else ledgerOngoing or ledgerUndated and "".
func itemDue(it *model.Item) (month, due string) {
	ongoing := false
	for _, d := range it.Deadlines {
		if d.End != "" && (due == "" || d.End < due) {
			due = d.End
		}
		ongoing = ongoing || d.Kind == model.DeadlineOngoing
	}
	switch {
	case due != "":
		return due[:7], due
	case ongoing:
		return ledgerOngoing, ""
	}
	return ledgerUndated, ""
}

// deadlineTexts joins an item's deadline phrases as written, after its 时限
// cell when the cell holds none of them.
func deadlineTexts(it *model.Item) string {
	var parts []string
	for _, d := range it.Deadlines {
		parts = append(parts, d.Text)
	}
	if it.Deadline != "" && !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(it.Deadline, p) }) {
		parts = append([]string{it.Deadline}, parts...)
	}
	return strings.Join(parts, "；")
}

// targetTexts joins an item's quantitative targets as written.
func targetTexts(it *model.Item) string {
	parts := make([]string, len(it.Targets))
	for i, t := range it.Targets {
		parts[i] = t.Text
	}
	return strings.Join(parts, "；")
}

// frequencyNamesZH name the frequencies for people.
var frequencyNamesZH = map[model.Every]string{
	model.EveryDay: "每日", model.EveryWeek: "每周", model.EveryMonth: "每月", model.EveryQuarter: "每季度",
	model.EveryHalfYear: "每半年", model.EveryYear: "每年", model.EveryRegularly: "定期", model.EveryContinuous: "持续",
}

// frequencyName names an item's frequency: the enum, or for people its
// Chinese name; "" when it has none.
func frequencyName(f *model.Frequency, chinese bool) string {
	if f == nil {
		return ""
	}
	if s, ok := frequencyNamesZH[f.Every]; ok && chinese {
		return s
	}
	return string(f.Every)
}
