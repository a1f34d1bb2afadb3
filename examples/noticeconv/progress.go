package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows files done, MB and an ETA on stderr while a batch runs,
// only when stderr is a terminal: piped or redirected, noticeconv prints
// nothing but failures and the summary. The zero value (nil bar) is off.
type progress struct {
	bar   *progressbar.ProgressBar
	files int
	done  int
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts a bar over the total size of inputs when stderr is a
// terminal, there is more than one input and -q is not set.
func newProgress(stderr io.Writer, inputs []input, quiet bool) *progress {
	p := &progress{files: len(inputs)}
	if quiet || len(inputs) < 2 || !isTerminal(stderr) {
		return p
	}
	var total int64
	for _, in := range inputs {
		if in.path == "-" || in.err != nil {
			continue
		}
		if st, err := os.Stat(in.path); err == nil {
			total += st.Size()
		}
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetDescription(p.describe()),
	)
	return p
}

func (p *progress) describe() string { return fmt.Sprintf("files %d/%d", p.done, p.files) }

// add counts one finished input.
func (p *progress) add(r *result) {
	if p.bar == nil {
		return
	}
	p.done++
	p.bar.Describe(p.describe())
	size := r.size
	if r.skipped || r.err != nil { // not read, or not fully: count the file's size
		if st, err := os.Stat(r.in.path); err == nil && r.in.path != "-" {
			size = st.Size()
		}
	}
	p.bar.Add64(size)
}

// clear erases the bar before a message is printed under it; the next add
// draws it again.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

// finish removes the bar.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
