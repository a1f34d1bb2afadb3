package table

// withSeqAround returns heads with a 序号 column first where the names a
// header cell wrapped around the names line (wrappedAround: 序 above the
// line, 号 below) hold one left of every name: pdftotext -layout keeps
// the row numbers under it, and they would fall in the task column
// (健全村庄保 / 1 / 洁队伍 read as one title). Other such names make no
// column: pdftotext does not keep their place (分管领 / 导 stood over the
// content column's cells).
func withSeqAround(heads, around []piece) []piece {
	if len(around) == 0 || len(heads) == 0 || around[0].end >= heads[0].start {
		return heads
	}
	if role, _, _ := HeaderRole(around[0].s.S); role != Seq {
		return heads
	}
	if role, _, _ := HeaderRole(heads[0].s.S); role == Seq {
		return heads
	}
	return append([]piece{around[0]}, heads...)
}
