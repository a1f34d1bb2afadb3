package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"
)

// options are the parsed command-line flags.
type options struct {
	outDir     string        // -o: write outputs into this directory
	jobs       int           // -j: parallel workers
	format     string        // -format
	rows       string        // -rows: item or unit
	keywords   bool          // -keywords
	units      bool          // -units: print the unit workload table
	errorsFile string        // -errors: JSONL log of failures
	resume     bool          // -resume: skip inputs whose output is newer
	stream     bool          // -stream: JSONL requests on stdin
	quiet      bool          // -q: no progress bar, no summary
	maxBytes   int64         // -max-bytes
	encoding   string        // -encoding: force the text encoding
	replace    bool          // -replace-invalid
	outside    bool          // -follow-outside: symlinks may leave the input directories
	timeout    time.Duration // -timeout per file, 0 for none
	citations  string        // -citations: the citation edges, CSV or JSONL by extension
	jobsSet    bool          // -j was given (else it is sized to memory)
	review     string        // -review FILE: the review queue, .csv or .xlsx
	cpuprofile string        // -cpuprofile FILE: a CPU profile of the run
	inputs     []string
}

// The output formats.
const (
	formatJSON  = "json"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
	formatXLSX  = "xlsx"
	formatMD    = "md"
	formatHTML  = "html"
)

var formats = []string{formatJSON, formatJSONL, formatCSV, formatXLSX, formatMD, formatHTML}

// errUsage marks a command-line error (exit code 2).
var errUsage = errors.New("usage error")

const usageHead = `noticeconv converts Chinese government notices (work plans, annual reports)
into structured data.

Usage:
  noticeconv [flags] INPUT...
  noticeconv -stream [flags] < requests.jsonl > results.jsonl

An INPUT is a file, a directory (searched recursively for .txt .html .htm
.mht .mhtml .pdf .docx, and .doc .wps to report them as unsupported;
hidden directories skipped), a glob ('archive/*/2019*.txt'; quote it) or
"-" for stdin. Only regular files are read: a named pipe, socket or device
is reported and skipped, and a symbolic link inside a directory INPUT
that leads outside it is reported and skipped unless -follow-outside is
given. A directory without such files is a failure (kind no_match).
Inputs are named by their path relative to their INPUT (the directory, the
glob's directory, or the file's own directory) in every output row, in
each Document's source.name and in the -errors log.

Output: with one file INPUT and -format json, one indented JSON Document on
stdout; otherwise a JSON array of Documents in input order. With -o DIR the
json and md formats write one DIR/NAME.json (NAME.md) per input, keeping the
layout below a directory INPUT; jsonl, csv and xlsx write combined files
(documents.jsonl; items.csv, units.csv, stats.csv; noticeconv.xlsx).
-format html (needs -o DIR) writes an audit page per input, DIR/NAME.html:
the source with line numbers beside what was read from it, every element
clickable to its span; and DIR/index.html listing every document.
Files are written atomically (temporary file, then rename).
CSV and XLSX rows: file, doc_number, goal no/title, task no/title, item
no and text, unit, role, canonical unit, units_inherited, deadline, the
document's full title, doc_type (文种) and issuers (all of a joint notice,
joined by 、; statistics rows have the same three), flags (the parser's
doubts about the row; highlighted in XLSX), then the machine columns item id and span (start, end, line). CSV files start
with a UTF-8 byte order mark (for Excel); XLSX headers are Chinese, with
an AutoFilter, roles in Chinese (each once per row) and 是/否. On stdout,
csv writes the items table only. Items rows also carry what the parser
read from the item: due (the earliest dated deadline, YYYY-MM-DD),
deadlines (the phrases as written), frequency and targets; the XLSX
workbook adds a 督办台账 sheet, every item by the month it is due (then
长期, then 未定时限). -citations FILE writes one edge per cited document. The unit workload (-units, units.csv,
the 单位工作量 sheet) counts each unit per issuing government (the part
of the issuer before 人民政府) and canonical unit name.

On a terminal, stderr shows a progress bar; with several inputs a summary
follows (files ok/failed by error kind, warnings by code, MB/s). Error
kinds: empty, encoding, malformed, unsupported_format, too_large,
no_text_layer, encrypted, not_found, permission, timeout, canceled,
no_match, not_regular, outside_root, output, panic, io. File names with
control characters (a newline) are quoted on stderr. Warnings include
format_mismatch (a .pdf that is really a saved web page) and no_structure
(nothing of a notice found), to filter such files out.

Review (-review FILE.csv or FILE.xlsx): the parser scores every document
(quality.score, 0–1) from its own doubts and marks it for review below
0.8. The queue has one row per flagged element and one per reason of each
document marked for review: file, review, score, reason code, message,
path (JSON Pointer) and id of the element, text excerpt, span. In XLSX,
rows of documents marked for review are highlighted, in the queue, and
flagged rows in the 任务分解表; the summary counts the documents that need
review. Inputs skipped by -resume are not in the queue.

Streaming (-stream): each stdin line is {"path": "..."} or
{"name": "...", "content_base64": "..."}; each stdout line is
{"line": N, "name": "...", "ok": true, "document": {...}} or
{"line": N, "name": "...", "ok": false, "error": {"kind": "...", "message": "..."}},
in request order, flushed per record (N is the request's line number).

Exit codes: 0 all inputs converted; 1 some inputs failed (each reported on
stderr as "FILE: reason"); 2 usage error; 3 output could not be written; 130 interrupted.
With -stream, failed requests are answered in-band and the exit code is 0
unless stdin or stdout broke (3, also for a closed pipe), so mapper tasks
are not retried. -stream holds at most 2×-j requests and 512 MiB of
request data at a time; a longer line waits until the others are answered.

Flags:
`

// parseFlags parses args into options. Errors and -h output go to stderr.
// It returns flag.ErrHelp for -h and an error wrapping errUsage otherwise.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("noticeconv", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.outDir, "o", "", "write outputs into `DIR` instead of stdout (created if missing)")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "parse `N` files concurrently; output order stays the input order (default: the CPUs, fewer when the largest input would not fit in memory that many times)")
	fs.StringVar(&o.format, "format", formatJSON, "output `FORMAT`: "+strings.Join(formats, ", "))
	fs.StringVar(&o.rows, "rows", "item", "csv/xlsx rows: `item` (one row per item, units joined by 、) or unit (one row per item and unit)")
	fs.BoolVar(&o.keywords, "keywords", false, "extract the 10 top keywords per document and task, and canonical unit names")
	fs.BoolVar(&o.units, "units", false, "print the unit workload table (unit → lead/cooperate/participate/responsible counts) on stdout instead of documents")
	fs.StringVar(&o.errorsFile, "errors", "", "write one JSON line per failed input (path, kind, message) to `FILE`")
	fs.BoolVar(&o.resume, "resume", false, "with -o and a per-file format (json, md), skip inputs whose output file is newer than the input, and remove the temporary files a killed run left beside the outputs")
	fs.BoolVar(&o.stream, "stream", false, "read JSON Lines requests on stdin, write one JSON result per line on stdout")
	fs.BoolVar(&o.quiet, "q", false, "quiet: no progress bar and no summary on stderr (failures are still reported)")
	fs.Int64Var(&o.maxBytes, "max-bytes", 0, "refuse inputs larger than `N` bytes (0: the library default, 256 MiB)")
	fs.StringVar(&o.encoding, "encoding", "", "read text and HTML in encoding `ENC` (utf-8, gb18030, gbk, big5, utf-16le, utf-16be or any WHATWG label) instead of detecting it")
	fs.BoolVar(&o.replace, "replace-invalid", false, "replace bytes that are invalid in the encoding by U+FFFD (with a warning) instead of failing the file")
	fs.BoolVar(&o.outside, "follow-outside", false, "follow symbolic links inside an input directory even when they lead outside it (by default such links are reported and skipped)")
	fs.StringVar(&o.citations, "citations", "", "also write the documents each input cites (from file, id, number and title; to title and number) to `FILE`, CSV or JSON Lines by its extension (.csv, .jsonl), for the citation graph of an archive")
	fs.StringVar(&o.review, "review", "", "also write the review queue to `FILE` (.csv or .xlsx): one row per flagged element and per reason of each document marked for review")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the whole run to `FILE` (for go tool pprof)")
	fs.DurationVar(&o.timeout, "timeout", 0, "give up a file after `D` (e.g. 30s) and report it with kind timeout; 0 for no limit")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usageHead)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	o.inputs = fs.Args()
	fs.Visit(func(f *flag.Flag) { o.jobsSet = o.jobsSet || f.Name == "j" })
	if err := o.check(); err != nil {
		fmt.Fprintf(stderr, "noticeconv: %v\n", err)
		fs.Usage()
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return o, nil
}

// check validates flag combinations.
func (o *options) check() error {
	known := false
	for _, f := range formats {
		known = known || o.format == f
	}
	switch {
	case !known:
		return fmt.Errorf("unknown -format %q (want one of %s)", o.format, strings.Join(formats, ", "))
	case o.rows != "item" && o.rows != "unit":
		return fmt.Errorf("unknown -rows %q (want item or unit)", o.rows)
	case o.jobs < 1:
		return fmt.Errorf("-j must be at least 1, not %d", o.jobs)
	case o.timeout < 0:
		return fmt.Errorf("-timeout must not be negative")
	case o.stream && len(o.inputs) > 0:
		return fmt.Errorf("-stream reads its requests from stdin and takes no INPUT arguments")
	case o.stream && (o.outDir != "" || o.format != formatJSON || o.units || o.resume):
		return fmt.Errorf("-stream writes JSON lines to stdout; it cannot be combined with -o, -format, -units or -resume")
	case !o.stream && len(o.inputs) == 0:
		return fmt.Errorf("no INPUT given")
	case o.format == formatHTML && o.outDir == "":
		return fmt.Errorf("-format html writes one page per input and index.html: it needs -o DIR")
	case o.resume && (o.outDir == "" || !o.perFile()):
		return fmt.Errorf("-resume needs -o DIR and a per-file format (json or md)")
	case o.stream && o.citations != "":
		return fmt.Errorf("-stream answers each request in-band; -citations is for batches")
	case o.citations != "" && o.resume:
		return fmt.Errorf("-citations lists the citations of every input; -resume would skip some")
	case o.citations != "" && !validCitationFile(o.citations):
		return fmt.Errorf("-citations %s: the file name must end in .csv or .jsonl", o.citations)
	case o.review != "" && o.stream:
		return fmt.Errorf("-review writes a file for a batch; -stream answers each request with its document, quality included")
	case o.review != "":
		if _, err := reviewFormat(o.review); err != nil {
			return err
		}
	case o.units && o.outDir != "":
		return fmt.Errorf("-units prints the workload table on stdout; with -o, use -format csv or xlsx, which include it")
	}
	stdin := 0
	for _, in := range o.inputs {
		if in == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return fmt.Errorf(`"-" (stdin) may be given only once`)
	}
	return nil
}

// perFile reports whether the format writes one output file per input
// under -o (as opposed to combined files).
func (o *options) perFile() bool {
	return o.format == formatJSON || o.format == formatMD || o.format == formatHTML
}
