package segment

import "github.com/zwgk/gongwen/segment/script"

// The character tables live in package script, apart from the word
// dictionary; these forward to it for callers of segment.

// ToSimplified is script.ToSimplified: traditional characters folded to
// simplified ones, character for character.
func ToSimplified(s string) string { return script.ToSimplified(s) }

// IsTraditional is script.IsTraditional.
func IsTraditional(s string) bool { return script.IsTraditional(s) }

// SimplifiedRune is script.SimplifiedRune.
func SimplifiedRune(r rune) rune { return script.SimplifiedRune(r) }

func isHan(r rune) bool { return script.IsHan(r) }
