package parse

import (
	"strconv"
	"strings"
)

// idWriter writes the IDs of a plan's goals, tasks and items (doc/g1,
// doc/g1/t2, doc/g1/t2/i3) one after another into one buffer sized for
// all of them, so that a plan's IDs take one allocation instead of one
// each. Each ID is a slice of the buffer's text, whose bytes never change
// once written.
type idWriter struct{ b strings.Builder }

// grow sizes the buffer for the IDs of goals under docID.
func (w *idWriter) grow(docID string, goals []*bGoal) { w.b.Grow(idBytes(docID, goals)) }

// idBytes returns the length of all the IDs of goals under docID.
func idBytes(docID string, goals []*bGoal) int {
	size := 0
	for gi, g := range goals {
		goal := len(docID) + len("/g") + digits(gi+1)
		size += goal
		for ti, t := range g.tasks {
			task := goal + len("/t") + digits(ti+1)
			size += task
			for ii := range t.items {
				size += task + len("/i") + digits(ii+1)
			}
		}
	}
	return size
}

// id writes and returns the ID parent+kind+n: id("doc", "/g", 1) is doc/g1.
func (w *idWriter) id(parent, kind string, n int) string {
	start := w.b.Len()
	w.b.WriteString(parent)
	w.b.WriteString(kind)
	var d [20]byte
	w.b.Write(strconv.AppendInt(d[:0], int64(n), 10))
	return w.b.String()[start:]
}

// digits returns the number of decimal digits of n ≥ 0.
func digits(n int) int {
	k := 1
	for ; n >= 10; n /= 10 {
		k++
	}
	return k
}
