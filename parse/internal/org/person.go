package org

import "github.com/zwgk/gongwen/segment"

// IsPersonName reports whether s, in either script, is a person's name
// alone: two or three Han characters, the first a common surname, not
// ending like an organisation — as IsContact reads a bracketed note.
func IsPersonName(s string) bool { return isPersonName(segment.ToSimplified(trimSpace(s))) }
