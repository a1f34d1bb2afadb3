package quality

import (
	"fmt"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// minItemHan is the fewest Han characters an item's text has in a plan
// read right: a task's content is a sentence. Fewer is a cell of another
// column read as the content (a person 王建华, a status 已完成), a page's
// furniture (a URL, a time stamp 2021/3/5 上午10:12) or a fragment.
const minItemHan = 4

// checkThinItems flags the items of a work plan whose text holds fewer
// than minItemHan Han characters or stops at a clause break (cutAtClause).
func checkThinItems(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan {
		return
	}
	found := false
	for _, p := range a.plans() {
		eachItem(p.Plan, func(gi, ti, ii int, it *model.Item) {
			if n := hanCount(it.Text, minItemHan); n < minItemHan {
				a.element(model.ReasonThinItem, itemElem(p, gi, ti, ii),
					fmt.Sprintf("%d Han characters: too little for an item's content (another column's cell, page furniture or a fragment)", n))
				found = true
			} else if cutAtClause(it.Text) {
				a.element(model.ReasonThinItem, itemElem(p, gi, ti, ii),
					"the text stops at a clause break (，、): a content cell cut at a wrap, its rest read as another item")
				found = true
			}
		})
	}
	if found {
		a.penalise(model.ReasonThinItem, penaltyThinItem)
	}
}

// hanCount counts the Han characters of s, up to enough.
func hanCount(s string, enough int) int {
	n := 0
	for _, r := range s {
		if script.IsHan(r) {
			if n++; n == enough {
				break
			}
		}
	}
	return n
}

// cutAtClause reports whether an item's text ends with a comma or an
// enumeration comma: a content cell wrapped over lines whose last lines
// were read as another element (a PDF copied one cell per line), since a
// task's content ends a sentence or a phrase, never a clause.
func cutAtClause(text string) bool {
	t := source.TrimRight(text, " \t\r\n　")
	return strings.HasSuffix(t, "，") || strings.HasSuffix(t, "、") || strings.HasSuffix(t, ",")
}
