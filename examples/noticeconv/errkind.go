package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/zwgk/gongwen/parse"
)

// The error kinds reported in the summary, the -errors log and stream
// results. They name parse's sentinel errors, plus a few of our own.
const (
	kindUnsupported = "unsupported_format"
	kindEncoding    = "encoding"
	kindEmpty       = "empty"
	kindTooLarge    = "too_large"
	kindMalformed   = "malformed"
	kindNoTextLayer = "no_text_layer"
	kindEncrypted   = "encrypted"
	kindNotFound    = "not_found"
	kindPermission  = "permission"
	kindNoMatch     = "no_match"
	kindBadRequest  = "bad_request" // a -stream request that cannot be read
	kindOutput      = "output"      // the output file could not be written
	kindPanic       = "panic"       // the parser panicked (a bug: please report it)
	kindIO          = "io"          // any other read error
)

// sentinelKinds maps parse's sentinels to kinds, in the order they are tried.
var sentinelKinds = []struct {
	err  error
	kind string
}{
	{parse.ErrUnsupportedFormat, kindUnsupported},
	{parse.ErrEncoding, kindEncoding},
	{parse.ErrEmpty, kindEmpty},
	{parse.ErrTooLarge, kindTooLarge},
	{parse.ErrMalformed, kindMalformed},
	{parse.ErrNoTextLayer, kindNoTextLayer},
	{parse.ErrEncrypted, kindEncrypted},
	{fs.ErrNotExist, kindNotFound},
	{fs.ErrPermission, kindPermission},
	{errNoMatch, kindNoMatch},
	{errBadRequest, kindBadRequest},
	{errOutput, kindOutput},
	{errPanic, kindPanic},
}

// errorKind classifies err with errors.Is.
func errorKind(err error) string {
	for _, s := range sentinelKinds {
		if errors.Is(err, s.err) {
			return s.kind
		}
	}
	return kindIO
}

// Our own sentinels, wrapped like parse's.
var (
	errBadRequest = errors.New("bad request")
	errOutput     = errors.New("cannot write output")
	errPanic      = errors.New("internal error (parser panic)")
)

// describe formats a failure as "NAME: reason". Errors from parse already
// start with the file name; others get it prefixed.
func describe(name string, err error) string {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return fmt.Sprintf("%s: %v", name, pathErr.Err)
	}
	var pe *parse.Error
	if errors.As(err, &pe) && pe.File != "" {
		return pe.Error()
	}
	return fmt.Sprintf("%s: %v", name, err)
}
