package main

import (
	"bufio"
	"os"
	"path/filepath"
)

// atomicFile is an output file that appears under its final name only when
// it is complete: it is written to a temporary file in the same directory
// and renamed over the target by Commit. Readers therefore never see a
// half-written output, and an interrupted run leaves the previous output
// (or none) in place. It does not fsync: it protects against crashes of
// the process, not of the machine.
type atomicFile struct {
	*bufio.Writer
	f    *os.File
	path string
}

// createAtomic starts writing path, creating its directory if needed.
func createAtomic(path string) (*atomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, err
	}
	return &atomicFile{Writer: bufio.NewWriterSize(f, 64<<10), f: f, path: path}, nil
}

// Commit flushes and closes the temporary file and renames it to the
// target. On failure the temporary file is removed.
func (a *atomicFile) Commit() error {
	err := a.Flush()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		os.Remove(a.f.Name())
	}
	return err
}

// Abort discards the temporary file.
func (a *atomicFile) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// writeFileAtomic writes data to path atomically.
func writeFileAtomic(path string, data []byte) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}
