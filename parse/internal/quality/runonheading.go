package quality

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/segment"
)

// cnOrdinals are the Chinese numerals of the goal ordinals a run-on
// heading is looked for with (一 to 十五).
var cnOrdinals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"}

// checkRunOnHeading reports a notice or a work plan whose goal 一、 (or
// any goal numbered in Chinese) holds, in its title or its prose, the
// next goal's heading — 二、 after a sentence end or a wide space — while
// no goal bears that number: the line breaks were lost and the headings
// after the first run into it (a notice read as one heading and one
// paragraph). The goal is flagged (marks_in_text). 二、三季度 is a pair of
// numbers, not a heading.
func checkRunOnHeading(a *assessor) {
	if a.doc.Kind != model.KindWorkPlan && a.doc.Kind != model.KindNotice {
		return
	}
	for _, p := range a.plans() {
		borne := goalIndexes(p.Plan)
		for gi := range p.Goals {
			g := &p.Goals[gi]
			if g.Index <= 0 || g.Index >= len(cnOrdinals) || !ordinal.IsCnDigit(firstRune(g.No)) || borne[g.Index+1] {
				continue
			}
			next := cnOrdinals[g.Index] + "、"
			text := g.Title
			if g.Text != nil {
				text += "\n" + g.Text.Value
			}
			if headingAfterBreak(segment.ToSimplified(text), next) {
				a.element(model.ReasonMarksInText, goalElem(p, gi), fmt.Sprintf("the next heading (%s) stands inside this goal's text and no goal bears it: the line breaks were lost", next))
				a.penalise(model.ReasonMarksInText, penaltyMarksInText)
				return
			}
		}
	}
}

// goalIndexes tells, by index, which goal numbers the plan bears (those
// below len(cnOrdinals)+1), so each goal asks in constant time.
func goalIndexes(p *model.Plan) []bool {
	borne := make([]bool, len(cnOrdinals)+1)
	for gi := range p.Goals {
		if n := p.Goals[gi].Index; n > 0 && n < len(borne) {
			borne[n] = true
		}
	}
	return borne
}

// headingAfterBreak tells whether ord stands in text after a sentence end
// or white space, not followed by another numeral (二、三季度).
func headingAfterBreak(text, ord string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], ord)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(ord)
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[at:])
		if k > 0 && strings.ContainsRune("。！？；\u3000 \t\n", before) && !ordinal.IsCnDigit(after) {
			return true
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
