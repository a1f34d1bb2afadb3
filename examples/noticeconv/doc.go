// Command noticeconv converts Chinese government notices into structured
// data with gongwen: one notice to indented JSON on stdout, or whole archives
// to JSON files, JSON Lines, CSV, XLSX or Markdown.
//
// Usage:
//
//	noticeconv [flags] INPUT...
//
// An INPUT is a file, a directory (searched recursively for .txt, .html,
// .htm, .mht, .mhtml, .pdf and .docx files, and .doc and .wps files to
// report them as unsupported), a glob such as 'archive/2019/*.txt', or "-"
// for standard input. Only regular files are opened (a named pipe would
// block for ever), and a symbolic link never leads out of a directory
// INPUT unless -follow-outside allows it. Every output row, each
// Document's source.name and the -errors log name an input by its path
// relative to its INPUT.
//
// Data flow: the inputs are expanded into an ordered list of files
// (inputs.go); a pool of -j workers (pool.go; by default the CPUs, fewer
// when the largest input would not fit in memory that many times, jobs.go)
// parses each file with parse.File under -timeout (convert.go) and
// renders the result through a sink (sink*.go; the table columns are
// declared once, in table.go and workload.go)
// (JSON bytes, table rows, Markdown, or a file written atomically under -o;
// the JSON by compactjson.go, a plan per type that writes encoding/json's
// bytes with Chinese strings checked without a call per rune: it was an
// eighth of a batch's CPU; a Document by docjson.go, the same bytes from
// code internal/jsongen generates for the model's types, without
// reflection);
// a reorder buffer of bounded size hands the results back in input order to
// a single writer, which emits them on stdout or into combined output files.
// With -review FILE a reviewSink (review.go) wraps the sink of -format: it
// takes each document's review queue (parse.ReviewQueue) before the inner
// sink drops the document, and writes it to FILE as CSV or XLSX.
// At most a few results per worker are held in memory at any time, so an
// archive of any size streams through in constant memory (about 40 MB
// resident for 5,000 2 KB notices: the garbage collector runs with GOGC=400
// within half the available memory, gc.go, because collecting after every
// few small notices cost a tenth of the CPU). XLSX is the exception:
// excelize spools the rows through temporary files but keeps up to 16 MB
// per sheet and the compressed workbook in memory (170 MB peak for 2,000
// notices); use CSV for very large batches. -cpuprofile (profile.go)
// records where a batch's CPU goes.
//
// A file that fails is reported as "FILE: reason" on stderr (and, with
// -errors, as a JSON line with its path, error kind and message); the other
// files are still converted. With -stream, noticeconv reads JSON Lines
// requests on stdin and answers each with one JSON line on stdout, for use
// as a Hadoop Streaming or Spark pipe() mapper; it holds at most 2×-j
// requests and 512 MiB of request data at a time.
//
// Exit codes: 0 when every input was converted, 1 when at least one input
// failed, 2 for a usage error (bad flag, no input, clashing output names),
// 3 when the output itself could not be written, 130 when interrupted.
package main
