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
	// rel is the input's path relative to its input root: the directory
	// argument it was found under, the fixed directory part of the glob
	// that matched it, or its own directory for a file argument (so, its
	// base name). Output rows, Source.Name, the -errors log and the output
	// names under -o use it, so that 2019/notice.txt and 2020/notice.txt
	// stay apart.
	rel string
	// out is the output file under -o for per-file formats, "" otherwise.
	out string
	// err is set when the argument could not be expanded (a glob with no
	// match, an unreadable directory); the input then fails with it.
	err error
}

// name is the input's name in outputs and the -errors log: its path
// relative to its input root (rel), or "stdin".
func (in input) name() string {
	if in.path == "-" {
		return stdinName
	}
	return filepath.ToSlash(in.rel)
}

// shown is the input's name in messages on stderr: its path as given (so
// that it can be opened), or "stdin".
func (in input) shown() string {
	if in.path == "-" {
		return stdinName
	}
	return in.path
}

// stdinName is the name given to standard input in outputs and messages.
const stdinName = "stdin"

// extensions are the file types looked for inside directories: the
// formats the library reads, and legacy Word/WPS files, which are listed
// so that they are reported as unsupported rather than skipped silently.
var extensions = []string{".txt", ".html", ".htm", ".mht", ".mhtml", ".pdf", ".docx", ".doc", ".wps"}

// Reasons an argument yields no file.
var (
	errNoMatch = errors.New("no file matches the pattern")
	errNoFiles = errors.New("no .txt, .html, .htm, .mht, .mhtml, .pdf, .docx, .doc or .wps file in this directory")
)

// walkOptions say what the directory walk may do.
type walkOptions struct {
	// followOutside lets symbolic links lead outside the input directory
	// (-follow-outside); by default such a link is reported and skipped.
	followOutside bool
}

// expandInputs turns the command-line arguments into the ordered list of
// files to convert: a directory becomes the files below it with a known
// extension (in lexical order, hidden directories skipped), a glob its
// matches, "-" stdin. A path named twice is converted once. Only a
// malformed glob pattern is an error; everything else that goes wrong
// (a directory without notices, a named pipe, a link leaving the input
// directory) becomes an input that fails without being opened, so the
// rest of the batch still runs.
func expandInputs(args []string, wo walkOptions) ([]input, error) {
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
			walkDir(arg, arg, wo, add)
		case err == nil || !hasMeta(arg):
			// A file, or a path that does not exist: parsing reports why.
			add(input{path: arg, rel: filepath.Base(arg), err: notRegular(st)})
		default:
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				return nil, fmt.Errorf("%w: bad pattern %q: %v", errUsage, arg, gerr)
			}
			if len(matches) == 0 {
				add(input{path: arg, rel: filepath.Base(arg), err: errNoMatch})
			}
			root := globRoot(arg)
			for _, m := range matches {
				if mst, err := os.Stat(m); err == nil && mst.IsDir() {
					walkDir(m, root, wo, add)
				} else {
					add(input{path: m, rel: relName(root, m), err: notRegular(mst)})
				}
			}
		}
	}
	return list, nil
}

// walkDir adds the files below dir with a known extension, named relative
// to base. Only regular files are read: a named pipe, socket or device
// with a known extension is reported (a named pipe would block the batch
// for ever); a symbolic link is followed to a regular file inside dir
// (anywhere with -follow-outside) and otherwise reported; links to
// directories are not followed.
func walkDir(dir, base string, wo walkOptions, add func(input)) {
	n := 0
	root, rootErr := filepath.EvalSymlinks(dir)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			add(input{path: path, rel: relName(base, path), err: err})
			n++
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
		if !slices.Contains(extensions, strings.ToLower(filepath.Ext(path))) {
			return nil
		}
		in := input{path: path, rel: relName(base, path)}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			st, err := os.Stat(path)
			if err == nil && st.IsDir() {
				return nil
			}
			in.err = notRegular(st)
			if err != nil {
				in.err = err
			} else if in.err == nil && !wo.followOutside && (rootErr != nil || !inside(root, path)) {
				in.err = errOutside
			}
		case !t.IsRegular():
			in.err = fmt.Errorf("%w (%s)", errNotRegular, fileType(t))
		}
		add(in)
		n++
		return nil
	})
	if err != nil {
		add(input{path: dir, rel: filepath.Base(dir), err: err})
		return
	}
	if n == 0 {
		add(input{path: dir, rel: filepath.Base(dir), err: errNoFiles})
	}
}

// inside reports whether the file that link leads to lies below root
// (both with their symbolic links resolved).
func inside(root, link string) bool {
	target, err := filepath.EvalSymlinks(link)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, target)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// notRegular returns errNotRegular, naming the file type, when st is
// neither a regular file nor a directory; nil otherwise (and for nil st).
func notRegular(st os.FileInfo) error {
	if st == nil || st.Mode().IsRegular() || st.IsDir() {
		return nil
	}
	return fmt.Errorf("%w (%s)", errNotRegular, fileType(st.Mode()))
}

// fileType names a non-regular file type.
func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// relName is path relative to base, or its base name if that fails.
func relName(base, path string) string {
	if r, err := filepath.Rel(base, path); err == nil && !strings.HasPrefix(r, "..") && r != "." {
		return r
	}
	return filepath.Base(path)
}

// globRoot is the directory part of a glob pattern before its first
// metacharacter: archive/*/2019*.txt → archive.
func globRoot(pattern string) string {
	dir := pattern
	for hasMeta(dir) {
		dir = filepath.Dir(dir)
	}
	if dir == pattern { // no metacharacter at all
		return filepath.Dir(pattern)
	}
	return dir
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
