// Command gen prepares the segment package's embedded data at build time:
// script/t2s.txt (a traditional → simplified table from OpenCC's dictionary),
// script/s2t.txt (the common traditional form where the table's first is
// rare, for script.ToTraditional) and data/dict.bin (the word dictionary in a form that needs no loading).
// Its output is committed; run it with `go generate ./segment` after
// changing data/terms.txt or the sources. s2t.txt is read off the
// t2s.txt embedded in the gen binary (script.Preimages), so it is written
// in a run of its own, after the one that writes t2s.txt: one run cannot
// write both (the new t2s.txt would reach s2t.txt only in the next), and
// segment's go:generate lines run the two in order. gen_test.go fails
// when a committed table is not what gen writes. It needs the module sources of
// github.com/go-ego/gse and github.com/longbridgeapp/opencc in the module
// cache (`go mod download` them); the library itself never imports OpenCC.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The modules whose sources gen reads, at the versions the committed
// output was written from.
const (
	gseModule    = "github.com/go-ego/gse@v0.80.3"
	openccModule = "github.com/longbridgeapp/opencc@v0.3.13"
)

func main() {
	modcache := goEnv("GOMODCACHE")
	gseDir := flag.String("gse", filepath.Join(modcache, gseModule), "gse module directory")
	openccDir := flag.String("opencc", openccDictionary(modcache), "OpenCC dictionary directory")
	out := flag.String("out", "data", "output directory of the dictionary (empty: leave it)")
	t2s := flag.String("t2s", "script/t2s.txt", "output file of the character table (empty: leave it)")
	s2t := flag.String("s2t", "", "output file of the common traditional forms (empty: leave it); not in a run that writes -t2s")
	flag.Parse()
	if *t2s != "" && *s2t != "" {
		fail(errors.New("-t2s and -s2t in one run: s2t.txt is read off the t2s.txt this binary embeds, not the one it writes; write -s2t in a run of its own after this one (go generate ./segment does)"))
	}
	for out, text := range map[string]func(string) (string, error){*t2s: t2sText, *s2t: s2tText} {
		if out == "" {
			continue
		}
		if err := writeText(out, text, *openccDir); err != nil {
			fail(err)
		}
	}
	if *out == "" {
		return
	}
	if err := writeDict(*gseDir, *out); err != nil {
		fail(err)
	}
}

// writeText writes the text the function makes of OpenCC's dictionary
// in openccDir to out.
func writeText(out string, text func(openccDir string) (string, error), openccDir string) error {
	s, err := text(openccDir)
	if err != nil {
		return err
	}
	return os.WriteFile(out, []byte(s), 0o644)
}

// openccDictionary is the directory of OpenCC's dictionary files in the
// module cache.
func openccDictionary(modcache string) string {
	return filepath.Join(modcache, openccModule, "dictionary")
}

func goEnv(name string) string {
	b, err := exec.Command("go", "env", name).Output()
	if err != nil {
		fail(err)
	}
	return strings.TrimSpace(string(b))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
