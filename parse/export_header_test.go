package parse

import "github.com/zwgk/gongwen/parse/internal/source"

// HeaderInput holds one notice split into lines, so that the benchmarks
// of package parse_test (header_bench_test.go) can time the header stages
// one at a time: rebreak, cleanLines and readHeader.
type HeaderInput struct {
	src     *source.Source
	raw     []source.Str
	cleaned []line
	scratch []line
}

// NewHeaderInput splits text into lines and runs the stages once.
func NewHeaderInput(text string) *HeaderInput {
	src := source.New(text)
	return &HeaderInput{src: src, raw: src.Lines(), cleaned: cleanLines(rebreak(text, src.Lines()))}
}

// Rebreak runs rebreak over the raw lines.
func (h *HeaderInput) Rebreak() { rebreak(h.src.Text, h.raw) }

// Clean cleans the raw lines as a parse does: with the marks of the
// text, into arrays reused from the notices before.
func (h *HeaderInput) Clean() {
	_, release := cleanLinesReusing(h.src.Text, h.raw)
	release()
}

// ReadHeader runs readHeader over a fresh copy of the cleaned lines (it
// marks the lines it takes).
func (h *HeaderInput) ReadHeader() {
	h.scratch = append(h.scratch[:0], h.cleaned...)
	readHeader(h.src, h.scratch)
}
