package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Exit codes.
const (
	exitOK     = 0   // every input converted
	exitFailed = 1   // at least one input failed
	exitUsage  = 2   // bad command line
	exitOutput = 3   // the output could not be written
	exitSignal = 130 // interrupted (SIGINT or SIGTERM)
)

func main() {
	// A closed stdout (| head, a mapper whose reader died) must end in exit
	// code 3 like any other broken output, not in death by SIGPIPE (141):
	// with SIGPIPE notified, writes fail with EPIPE instead.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	tuneGC(availableMemory())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command with its environment injected, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run with a context whose cancellation (Ctrl-C) stops a
// batch cleanly: no new input is started, the ones running finish and are
// reported, and combined outputs are discarded rather than left half
// written; per-file outputs already written stay, so -resume continues.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	stopProfile, err := startCPUProfile(o.cpuprofile)
	if err != nil {
		fmt.Fprintf(stderr, "noticeconv: %v\n", err)
		return exitOutput
	}
	code := convertAll(ctx, o, stdin, stdout, stderr)
	if err := stopProfile(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "noticeconv: %v\n", err)
		return exitOutput
	}
	return code
}

// convertAll runs the conversion the options ask for and returns the exit
// code.
func convertAll(ctx context.Context, o *options, stdin io.Reader, stdout, stderr io.Writer) int {
	if o.stream {
		return runStream(o, newConverter(o, stdin), stdin, stdout, stderr)
	}
	inputs, err := expandInputs(o.inputs, walkOptions{followOutside: o.outside})
	if err == nil && !o.jobsSet {
		o.jobs = defaultJobs(o.jobs, availableMemory(), largestInput(inputs))
	}
	conv := newConverter(o, stdin)
	if err == nil && o.outDir != "" && o.perFile() {
		err = assignOutputs(inputs, o.outDir, "."+o.format)
	}
	if err != nil {
		fmt.Fprintf(stderr, "noticeconv: %v\n", err)
		return exitUsage
	}
	if o.format == formatXLSX && o.outDir == "" && !o.units && isTerminal(stdout) {
		fmt.Fprintln(stderr, "noticeconv: refusing to write an XLSX workbook to a terminal; redirect stdout (> tasks.xlsx) or use -o DIR")
		return exitUsage
	}
	b := &batch{ctx: ctx, o: o, conv: conv, stderr: stderr, sum: newSummary()}
	single := len(o.inputs) == 1 && isFileArg(o.inputs[0])
	if b.sink, err = newSink(o, stdout, single); err == nil && o.review != "" {
		b.sink, err = newReviewSink(o.review, b.sink)
	}
	if err != nil {
		fmt.Fprintf(stderr, "noticeconv: %v\n", err)
		return exitOutput
	}
	if o.citations != "" {
		w, err := newCitationWriter(o.citations)
		if err != nil {
			b.sink.close(false)
			fmt.Fprintf(stderr, "noticeconv: %v\n", err)
			return exitOutput
		}
		b.sink = &citationSink{sink: b.sink, w: w}
	}
	return b.run(inputs)
}

// isFileArg reports whether a command-line argument names one file (or
// stdin) rather than a directory or a glob, so that its JSON is printed as
// a bare object rather than an array.
func isFileArg(arg string) bool {
	if arg == "-" {
		return true
	}
	st, err := os.Stat(arg)
	if err != nil {
		return !hasMeta(arg)
	}
	return !st.IsDir()
}

// newSink chooses the output for the flags.
func newSink(o *options, stdout io.Writer, single bool) (sink, error) {
	topt := tableOptions{perUnit: o.rows == "unit"}
	switch {
	case o.units:
		return &unitsSink{w: stdout, total: workloadTotals{}}, nil
	case o.outDir != "" && o.format == formatJSON:
		return &fileSink{encode: indentedJSON}, nil
	case o.outDir != "" && o.format == formatMD:
		return &fileSink{encode: markdownFile}, nil
	case o.format == formatHTML:
		return &htmlSink{dir: o.outDir}, nil
	case o.format == formatMD:
		return &mdSink{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	case o.format == formatJSONL:
		return newJSONLSink(stdout, o.outDir)
	case o.format == formatCSV:
		return newCSVSink(stdout, o.outDir, topt)
	case o.format == formatXLSX:
		return newXLSXSink(stdout, o.outDir, topt)
	default:
		return newJSONSink(stdout, single), nil
	}
}

// batch converts a list of inputs.
type batch struct {
	ctx    context.Context
	o      *options
	conv   *converter
	sink   sink
	stderr io.Writer
	errlog *errorLog
	sum    *summary
	prog   *progress
	fatal  error // the output broke; stop
}

// run converts the inputs with o.jobs workers and returns the exit code.
func (b *batch) run(inputs []input) int {
	if b.o.errorsFile != "" {
		var err error
		if b.errlog, err = openErrorLog(b.o.errorsFile); err != nil {
			fmt.Fprintf(b.stderr, "noticeconv: %v\n", err)
			return exitOutput
		}
	}
	if b.o.resume {
		n := 0
		for _, in := range inputs {
			if in.out != "" {
				n += removeStaleTemps(in.out)
			}
		}
		if n > 0 && !b.o.quiet {
			fmt.Fprintf(b.stderr, "noticeconv: removed %d temporary files left by an interrupted run\n", n)
		}
	}
	start := time.Now()
	b.prog = newProgress(b.stderr, inputs, b.o.quiet)
	i := 0
	next := func() (input, bool) {
		if i == len(inputs) || b.ctx.Err() != nil {
			return input{}, false
		}
		i++
		return inputs[i-1], true
	}
	orderedMap(b.o.jobs, 4*b.o.jobs, next, b.process, b.emit)
	interrupted := b.fatal == nil && b.ctx.Err() != nil
	if interrupted {
		b.fatal = fmt.Errorf("interrupted after %d of %d inputs; outputs written so far are complete (rerun with -resume to continue)", i, len(inputs))
	}
	if err := b.sink.close(b.fatal == nil); err != nil && b.fatal == nil {
		b.fatal = err
	}
	if b.errlog != nil {
		if err := b.errlog.close(); err != nil && b.fatal == nil {
			b.fatal = err
		}
	}
	b.prog.finish()
	if !b.o.quiet && len(inputs) > 1 {
		b.sum.print(b.stderr, time.Since(start))
	}
	switch {
	case interrupted:
		fmt.Fprintf(b.stderr, "noticeconv: %v\n", b.fatal)
		return exitSignal
	case b.fatal != nil:
		fmt.Fprintf(b.stderr, "noticeconv: %v\n", b.fatal)
		return exitOutput
	case b.sum.failed > 0:
		return exitFailed
	}
	return exitOK
}

// process converts one input; it runs in a worker.
func (b *batch) process(in input) *result {
	r := &result{in: in}
	if in.err != nil {
		r.err = in.err
		return r
	}
	if b.o.resume && upToDate(in) {
		r.skipped = true
		return r
	}
	r.doc, r.size, r.err = b.conv.parseInput(in)
	if r.err != nil {
		return r
	}
	r.kind, r.warnings = r.doc.Kind, warningCodes(r.doc)
	r.review = r.doc.Quality != nil && r.doc.Quality.Review
	if err := b.sink.render(r); err != nil {
		r.err = fmt.Errorf("%w: %v", errOutput, err)
		r.doc = nil
	}
	return r
}

// emit reports one result in input order; it returns false to stop the
// batch when the output is broken.
func (b *batch) emit(r *result) bool {
	b.sum.add(r)
	defer b.prog.add(r)
	if r.err != nil {
		b.prog.clear()
		fmt.Fprintln(b.stderr, describe(r.in.shown(), r.err))
		if b.errlog != nil {
			if err := b.errlog.add(r.in.name(), r.err); err != nil {
				b.fatal = err
				return false
			}
		}
		if errors.Is(r.err, errOutput) {
			b.fatal = r.err // the disk is full or the directory unwritable: stop
			return false
		}
		return true
	}
	if r.skipped {
		return true
	}
	if err := b.sink.write(r); err != nil {
		b.fatal = fmt.Errorf("writing output: %w", err)
		return false
	}
	return true
}

// upToDate reports whether in's output exists and is newer than in.
func upToDate(in input) bool {
	if in.out == "" || in.path == "-" {
		return false
	}
	src, err := os.Stat(in.path)
	if err != nil {
		return false
	}
	dst, err := os.Stat(in.out)
	return err == nil && !dst.ModTime().Before(src.ModTime())
}
