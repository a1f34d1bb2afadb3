package org

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

// IsPersonName reports whether s, in either script, is a person's name
// alone: two or three Han characters, the first a common surname, not
// ending like an organisation — as IsContact reads a bracketed note.
func IsPersonName(s string) bool { return isPersonName(segment.ToSimplified(trimSpace(s))) }

// maxPostRunes is the longest post or person word, with a qualifier
// before it, that OtherThanPerson reads after a name (常务副市长).
const maxPostRunes = 5

// OtherThanPerson reports whether a string IsPersonName takes for a
// name is, where running text holds it — prev the rune before it (-1 at
// the text's start), next the text after it — read otherwise than as a
// person's name: the stem of a place's or an organisation's name, a rune
// that closes one following it (张家港市, 江阴县, 王庄村, 高新区), or a word
// inside a sentence, Han characters on both sides of it (推动高质量发展),
// save where a post or a person word follows, in either script (王建华副
// 县长, 王建华同志, 王建华区长: the person, named).
func OtherThanPerson(prev rune, next string) bool {
	r, _ := script.DecodeRune(next)
	if !source.IsHan(r) {
		return false
	}
	head := segment.ToSimplified(source.HeadRunes(next, maxPostRunes))
	for _, w := range leaderQualifiers {
		head = strings.TrimPrefix(head, w)
	}
	for _, w := range personEnds {
		if strings.HasPrefix(head, w) {
			return false
		}
	}
	return EndsName(r) || source.IsHan(prev)
}
