package table

// fillsBy is fills for a column measured by m: counted a rune a column
// (pdftotext -layout), every character fits whole, so a line one
// character short of the widest stopped short (县市场监管局 over 县财政局,
// a cell's names one a paragraph, under 县住房城乡建设 / 局).
func (p piece) fillsBy(full int, m measure) bool {
	if m == charCount {
		return p.end-p.start >= full
	}
	return p.fills(full)
}
