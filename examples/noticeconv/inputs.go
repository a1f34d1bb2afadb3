package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// input is one file to convert.
type input struct {
	path string // file path, or "-" for stdin
	// rel is the input's name relative to its command-line argument: the
	// base name for a file, the path below the directory for a file found
	// in a directory. Output names under -o are derived from it.
	rel string
	// out is the output file under -o for per-file formats, "" otherwise.
	out string
	// err is set when the argument could not be expanded (a glob with no
	// match, an unreadable directory); the input then fails with it.
	err error
}

// name is the input's name in messages and outputs: its path as given,
// or "stdin".
func (in input) name() string {
	if in.path == "-" {
		return stdinName
	}
	return in.path
}

// stdinName is the name given to standard input in outputs and messages.
const stdinName = "stdin"

// extensions are the file types looked for inside directories.
var extensions = []string{".txt", ".html", ".htm", ".pdf", ".docx"}

// errNoMatch is the reason of a glob argument that matches nothing.
var errNoMatch = errors.New("no file matches the pattern")

// expandInputs turns the command-line arguments into the ordered list of
// files to convert: a directory becomes the files below it with a known
// extension (in lexical order, hidden directories skipped), a glob its
// matches, "-" stdin. A path named twice is converted once. Only a
// malformed glob pattern is an error; everything else that goes wrong
// becomes an input that fails, so the rest of the batch still runs.
func expandInputs(args []string) ([]input, error) {
	var list []input
	seen := map[string]bool{}
	add := func(in input) {
		key := in.path
		if in.path != "-" {
			key = filepath.Clean(in.path)
		}
		if in.err == nil && seen[key] {
			return
		}
		seen[key] = true
		list = append(list, in)
	}
	for _, arg := range args {
		if arg == "-" {
			add(input{path: "-", rel: stdinName})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err == nil && st.IsDir():
			walkDir(arg, arg, add)
		case err == nil || !hasMeta(arg):
			// A file, or a path that does not exist: parsing reports why.
			add(input{path: arg, rel: filepath.Base(arg)})
		default:
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				return nil, fmt.Errorf("%w: bad pattern %q: %v", errUsage, arg, gerr)
			}
			if len(matches) == 0 {
				add(input{path: arg, rel: filepath.Base(arg), err: errNoMatch})
			}
			for _, m := range matches {
				if mst, err := os.Stat(m); err == nil && mst.IsDir() {
					walkDir(m, filepath.Dir(m), add)
				} else {
					add(input{path: m, rel: filepath.Base(m)})
				}
			}
		}
	}
	return list, nil
}

// walkDir adds the files below dir with a known extension, named relative
// to base.
func walkDir(dir, base string, add func(input)) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			add(input{path: path, rel: relName(base, path), err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if slices.Contains(extensions, strings.ToLower(filepath.Ext(path))) {
			add(input{path: path, rel: relName(base, path)})
		}
		return nil
	})
	if err != nil {
		add(input{path: dir, rel: filepath.Base(dir), err: err})
	}
}

// relName is path relative to base, or its base name if that fails.
func relName(base, path string) string {
	if r, err := filepath.Rel(base, path); err == nil && !strings.HasPrefix(r, "..") && r != "." {
		return r
	}
	return filepath.Base(path)
}

// hasMeta reports whether s holds glob metacharacters.
func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[\`) }

// assignOutputs sets in.out for per-file output under dir: rel with its
// extension replaced by ext (a/b.txt → DIR/a/b.json). Inputs whose names
// would clash keep their own extension (b.txt.json, b.pdf.json); names that
// still clash are a usage error.
func assignOutputs(list []input, dir, ext string) error {
	stem := func(rel string) string { return strings.TrimSuffix(rel, filepath.Ext(rel)) }
	count := map[string]int{}
	for _, in := range list {
		count[strings.ToLower(stem(in.rel))]++
	}
	owner := map[string]string{}
	for i := range list {
		in := &list[i]
		name := stem(in.rel)
		if count[strings.ToLower(name)] > 1 {
			name = in.rel
		}
		in.out = filepath.Join(dir, name+ext)
		key := strings.ToLower(in.out)
		if prev, ok := owner[key]; ok {
			return fmt.Errorf("%w: inputs %s and %s would both be written to %s; convert them in separate runs or pass their directory instead",
				errUsage, prev, in.path, in.out)
		}
		owner[key] = in.path
	}
	return nil
}
