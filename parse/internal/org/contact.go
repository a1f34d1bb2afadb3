package org

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	ord "github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment"
	"github.com/zwgk/gongwen/segment/script"
)

//go:embed data/surnames.txt
var surnameData string

// surnames holds the common surnames of surnameData.
var surnames = func() map[rune]bool {
	m := make(map[rune]bool, 256)
	for _, line := range strings.Split(surnameData, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			if r > utf8.RuneSelf {
				m[r] = true
			}
		}
	}
	return m
}()

// contactWords open a note that gives a contact (联系人：…, 电话：…), in
// simplified script.
var contactWords = []string{"联系", "电话", "手机", "座机"}

// minPhoneDigits is the fewest digits of a phone number without its area
// code (a local number has seven or eight).
const minPhoneDigits = 7

// IsContact reports whether note, the text inside a bracket after a unit
// name (县财政局（周涛）), gives a contact rather than part of the name: it
// holds a phone number (seven digits or more, a dash or a space allowed
// between them), opens with a contact word (联系电话：…), or is a person's name
// alone — two or three Han characters, the first a common surname, not
// ending like an organisation (县审计局（江红）, but not 市政府（金融办）).
func IsContact(note string) bool {
	note = trimSpace(note)
	if note == "" {
		return false
	}
	if hasPhone(note) {
		return true
	}
	simple := segment.ToSimplified(note)
	for _, w := range contactWords {
		if strings.HasPrefix(simple, w) {
			return true
		}
	}
	return isPersonName(simple)
}

// isPersonName reports a bare name of two or three Han characters whose
// first is a common surname and which has no organisation ending and no
// note word.
func isPersonName(simple string) bool {
	n := utf8.RuneCountInString(simple)
	if n < 2 || n > 3 {
		return false
	}
	first, _ := script.DecodeRune(simple)
	if !surnames[first] {
		return false
	}
	for _, r := range simple {
		if !source.IsHan(r) {
			return false
		}
	}
	return ending(simple) == "" && !isEachPlace(simple) && !hasNoteWord(simple)
}

// hasPhone reports a run of at least minPhoneDigits digits (ASCII or
// full-width), dashes and spaces allowed inside the run (0571-8702 1135).
func hasPhone(s string) bool {
	run := 0
	for _, r := range s {
		switch {
		case ord.DigitValue(r) >= 0:
			run++
			if run >= minPhoneDigits {
				return true
			}
		case (r == '-' || r == '－' || r == '—' || r == ' ') && run > 0:
		default:
			run = 0
		}
	}
	return false
}
