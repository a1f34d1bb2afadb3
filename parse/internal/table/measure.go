package table

// measure is how a column table was aligned: by display width (a
// PDF-to-text tool, a Han rune two columns) or by character count (typed
// by hand with spaces, a Han rune one column).
type measure int

const (
	displayWidth measure = iota // RuneWidth
	charCount                   // one column a rune
)

// width is the columns r takes under m.
func (m measure) width(r rune) int {
	if m == charCount {
		return 1
	}
	return RuneWidth(r)
}

// alignment counts how well the lines of a column table kept to its
// columns: the pieces read, and those starting where their column starts
// (as the names or the rows read before placed it).
type alignment struct {
	pieces, aligned int
}

// add counts the pieces ps of a line, placed in the columns at, against
// the starts of the columns heads.
func (a *alignment) add(heads, ps []piece, at []int) {
	for x, p := range ps {
		a.pieces++
		if p.start == heads[at[x]].start {
			a.aligned++
		}
	}
}

// better reports that a lines up more of its pieces under the names than
// b does, counting both over the same pieces read (a share).
func (a alignment) better(b alignment) bool {
	return a.aligned*max(b.pieces, 1) > b.aligned*max(a.pieces, 1)
}
