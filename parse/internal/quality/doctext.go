package quality

import "github.com/zwgk/gongwen/segment"

// docText is the evidence's text with what the parser's survey learnt of
// its script (Evidence.Settled), for the checks that read words of it in
// simplified script: they fold the pieces they read through it.
type docText struct {
	s       string
	settled bool // no rune of s folds, alone or in a phrase
}

// textOf returns the evidence's text.
func textOf(ev *Evidence) docText { return docText{s: ev.Text, settled: ev.Settled} }

// fold returns piece — a piece of t.s, or a string joined from its
// pieces — in simplified script: as it is when t is settled, for then
// it folds to itself.
func (t docText) fold(piece string) string {
	if t.settled {
		return piece
	}
	return segment.ToSimplified(piece)
}
