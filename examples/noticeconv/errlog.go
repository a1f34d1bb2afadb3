package main

import (
	"bufio"
	"encoding/json"
	"os"

	"github.com/zwgk/gongwen/parse"
)

// errorLog writes one JSON line per failed input to the -errors file,
// flushed per line so that a run that is killed still leaves the failures
// it met.
type errorLog struct {
	f *os.File
	w *bufio.Writer
}

// failure is one line of the -errors file.
type failure struct {
	Path    string          `json:"path"`
	Kind    parse.ErrorKind `json:"kind"`
	Message string          `json:"message"`
}

func openErrorLog(path string) (*errorLog, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &errorLog{f: f, w: bufio.NewWriter(f)}, nil
}

func (l *errorLog) add(path string, err error) error {
	data, jerr := json.Marshal(failure{Path: path, Kind: errorKind(err), Message: describe(path, err)})
	if jerr != nil {
		return jerr
	}
	l.w.Write(data)
	l.w.WriteByte('\n')
	return l.w.Flush()
}

func (l *errorLog) close() error {
	err := l.w.Flush()
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}
