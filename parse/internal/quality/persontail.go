package quality

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/segment/script"
)

// minPersonTails is how many titles or items ending in a person's name
// make them a column of persons run into the text: one may be a name by
// chance (a title ending 高质量 after a space reads as one).
const minPersonTails = 2

// checkPersonTails reports a work plan two or more of whose task titles
// or item texts end, after white space, in a person's name alone
// (关于提升农村寄递物流服务水平的建议 李建军): a 责任人 or 领衔代表 column
// printed too close to the title's (pdftotext -layout), its cell read
// into the title. The first such element is flagged (marks_in_text: a
// boundary the tree did not read). An item whose text is its task's
// title counts with the task, once.
func checkPersonTails(a *assessor) {
	a.flagRepeated(minPersonTails, model.ReasonMarksInText, penaltyMarksInText, "the text ends in a person's name after white space: a 责任人 column's cell read into it", func(p planAt, see func(elem)) {
		for gi := range p.Goals {
			for ti := range p.Goals[gi].Tasks {
				t := &p.Goals[gi].Tasks[ti]
				if a.personAlone(personTail(t.Title)) {
					see(taskElem(p, gi, ti))
				}
				for ii := range t.Items {
					// an item repeating its title is the same cell
					if text := t.Items[ii].Text; a.personAlone(personTail(text)) && !titleIsText(t.Title, text) {
						see(itemElem(p, gi, ti, ii))
					}
				}
			}
		}
	})
}

// maxTailBytes bounds the tail personTail reads: a name of three Han
// characters and the space before it, in UTF-8, with room for a
// full-width space.
const maxTailBytes = 13

// personTail returns the person's name alone s ends in, after white
// space and text before it, or "". It reads no more than the last
// maxTailBytes bytes, byte by byte: it runs on every title and item.
func personTail(s string) string {
	for len(s) > 0 {
		if b := s[len(s)-1]; b == ' ' || b == '\t' || b == '\n' {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u3000") {
			s = s[:len(s)-len("\u3000")]
		} else {
			break
		}
	}
	if len(s) < maxTailBytes {
		return ""
	}
	for i := len(s) - 1; i >= len(s)-maxTailBytes; i-- {
		head := -1 // the end of the text before the white space
		switch b := s[i]; {
		case b == ' ' || b == '\t' || b == '\n':
			head = i
		case b == 0x80 && strings.HasSuffix(s[:i+1], "\u3000"): // U+3000 ends in 0x80
			head = i - 2
		}
		if head >= 0 {
			if name := s[i+1:]; personName(name) && !afterNumber(s[:head]) {
				return name
			}
			return ""
		}
	}
	return ""
}

// personAlone reports whether name, a person's name a title, an item or a
// cell holds alone (personTail, org.IsPersonName), is read nowhere in the
// text otherwise than as a person's (org.OtherThanPerson): a place's stem
// (张家港市, 江阴县) or a word of a sentence (推动高质量发展) is no person
// named. The text is searched only for the rare names found.
func (a *assessor) personAlone(name string) bool {
	if name == "" {
		return false
	}
	text := a.ev.Text
	for at := 0; at < len(text); {
		k := strings.Index(text[at:], name)
		if k < 0 {
			return true
		}
		k += at
		prev := rune(-1)
		if k > 0 {
			prev, _ = script.DecodeLastRune(text[:k])
		}
		at = k + len(name)
		if org.OtherThanPerson(prev, text[at:]) {
			return false
		}
	}
	return true
}

// afterNumber reports whether s, the text before a tail's white space,
// ends in a digit (ASCII or full-width): the tail is then the number's
// unit (新增就业 1.2 万人, 资金 500 万元), not a person, though 万 is a
// surname.
func afterNumber(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t"))
	return ordinal.DigitValue(r) >= 0
}

// personName reports whether s is a person's name of two or more runes.
func personName(s string) bool {
	return utf8.RuneCountInString(s) >= 2 && org.IsPersonName(s)
}
