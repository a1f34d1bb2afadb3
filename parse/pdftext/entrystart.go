package pdftext

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
)

// opensNumbered reports whether text opens a numbered heading, entry or
// table row: an ordinal the plan parser reads (一、 （一） 1. （1） ① 第一条
// 任务一：, shared/internal/ordinal), or a bare number below 1000, as a
// 序号 cell holds it. A figure (1.5万元) and a reference (第三条规定) open
// none. The layout stage asks it whether a line starts an entry of its
// own (opensEntry), the page joiner whether a table's first row on a new
// page starts a row of its own (continues).
func opensNumbered(text string) bool {
	if o, ok := ordinal.Read(text); ok && o.Style != ordinal.None {
		return true
	}
	s := strings.TrimSpace(text)
	v, n := ordinal.ArabicPrefix(s)
	return n > 0 && n == len(s) && v > 0 && v < 1000
}
