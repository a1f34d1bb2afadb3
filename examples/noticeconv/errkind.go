package main

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/zwgk/gongwen/parse"
)

// The error kinds reported in the summary, the -errors log and stream
// results: parse.KindOf's names for the parser's reasons, plus a few of
// the converter's own.
const (
	kindNoMatch    parse.ErrorKind = "no_match"     // a glob that matches nothing, a directory without notices
	kindNotRegular parse.ErrorKind = "not_regular"  // a FIFO, device or socket: never opened
	kindOutside    parse.ErrorKind = "outside_root" // a symlink that leaves the input directory
	kindBadRequest parse.ErrorKind = "bad_request"  // a -stream request that cannot be read
	kindOutput     parse.ErrorKind = "output"       // the output file could not be written
	kindPanic      parse.ErrorKind = "panic"        // the parser panicked (a bug: please report it)
)

// ownKinds maps the converter's sentinels to their kinds.
var ownKinds = []struct {
	err  error
	kind parse.ErrorKind
}{
	{errNoMatch, kindNoMatch},
	{errNoFiles, kindNoMatch},
	{errNotRegular, kindNotRegular},
	{errOutside, kindOutside},
	{errBadRequest, kindBadRequest},
	{errOutput, kindOutput},
	{errPanic, kindPanic},
}

// errorKind classifies err: the converter's own reasons first, then the
// parser's (parse.KindOf).
func errorKind(err error) parse.ErrorKind {
	for _, s := range ownKinds {
		if errors.Is(err, s.err) {
			return s.kind
		}
	}
	return parse.KindOf(err)
}

// Our own sentinels, wrapped like parse's.
var (
	errBadRequest = errors.New("bad request")
	errOutput     = errors.New("cannot write output")
	errPanic      = errors.New("internal error (parser panic)")
	errNotRegular = errors.New("not a regular file; skipped")
	errOutside    = errors.New("symbolic link leads outside the input directory; skipped (-follow-outside allows it)")
)

// describe formats a failure as "NAME: reason", NAME quoted Go-style when
// it holds a newline or another control character, so that every failure
// stays one line. Hints of the library that name its options are given
// with the converter's flags instead.
func describe(name string, err error) string {
	var reason string
	var pathErr *fs.PathError
	var pe *parse.Error
	switch {
	case errors.As(err, &pathErr):
		reason = pathErr.Err.Error()
	case errors.As(err, &pe):
		q := *pe
		q.File = "" // renamed below
		reason = strings.TrimPrefix(q.Error(), "<input>: ")
	default:
		reason = err.Error()
	}
	return quoteName(name) + ": " + optionFlags.Replace(reason)
}

// optionFlags turns the library's option names in error hints into the
// converter's flags that set them.
var optionFlags = strings.NewReplacer("WithEncoding", "-encoding", "WithReplaceInvalid", "-replace-invalid")

// quoteName returns name as it is when every rune is printable (Chinese
// included), else strconv.Quote(name).
func quoteName(name string) string {
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return strconv.Quote(name)
		}
	}
	return name
}
