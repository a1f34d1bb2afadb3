package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/renameio/v2"
)

// atomicFile is an output file that appears under its final name only when
// it is complete: renameio writes it to a temporary file in the same
// directory (".NAME" and a random number), syncs it and renames it over the
// target on Commit. Readers therefore never see a half-written output, and
// an interrupted run leaves the previous output (or none) in place; a run
// killed with SIGKILL leaves the temporary file, which -resume removes
// (removeStaleTemps).
type atomicFile struct {
	*bufio.Writer
	pf *renameio.PendingFile
}

// createAtomic starts writing path, creating its directory if needed.
func createAtomic(path string) (*atomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	pf, err := renameio.NewPendingFile(path, renameio.WithTempDir(dir), renameio.WithStaticPermissions(0o644))
	if err != nil {
		return nil, err
	}
	return &atomicFile{Writer: bufio.NewWriterSize(pf, 64<<10), pf: pf}, nil
}

// Commit flushes, syncs and closes the temporary file and renames it to
// the target. On failure the temporary file is removed.
func (a *atomicFile) Commit() error {
	err := a.Flush()
	if err == nil {
		err = a.pf.CloseAtomicallyReplace()
	}
	if err != nil {
		a.pf.Cleanup()
	}
	return err
}

// Abort discards the temporary file.
func (a *atomicFile) Abort() { a.pf.Cleanup() }

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

// removeStaleTemps removes the temporary files that writing path left
// behind when a run was killed before it could clean up: ".NAME" followed
// by digits (renameio's names) or ".NAME.tmp…" (earlier versions). It
// returns how many it removed.
func removeStaleTemps(path string) int {
	dir, base := filepath.Split(path)
	matches, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+"*"))
	n := 0
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), "."+base)
		if (allDigits(rest) || strings.HasPrefix(rest, ".tmp")) && os.Remove(m) == nil {
			n++
		}
	}
	return n
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// globEscape quotes the glob metacharacters of a literal name.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
