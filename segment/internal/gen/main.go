// Command gen prepares the segment package's embedded data at build time:
// script/t2s.txt (a traditional → simplified table from OpenCC's dictionary),
// script/s2t.txt (the common traditional form where the table's first is
// rare, for script.ToTraditional) and data/dict.bin (the word dictionary in a form that needs no loading).
// Its output is committed; run it with `go generate ./segment` after
// changing data/terms.txt or the sources. It needs the module sources of
// github.com/go-ego/gse and github.com/longbridgeapp/opencc in the module
// cache (`go mod download` them); the library itself never imports OpenCC.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	modcache := goEnv("GOMODCACHE")
	gseDir := flag.String("gse", filepath.Join(modcache, "github.com/go-ego/gse@v0.80.3"), "gse module directory")
	openccDir := flag.String("opencc", filepath.Join(modcache, "github.com/longbridgeapp/opencc@v0.3.13/dictionary"), "OpenCC dictionary directory")
	out := flag.String("out", "data", "output directory of the dictionary (empty: leave it)")
	t2s := flag.String("t2s", "script/t2s.txt", "output file of the character table (empty: leave it)")
	s2t := flag.String("s2t", "script/s2t.txt", "output file of the common traditional forms (empty: leave it)")
	flag.Parse()
	if *t2s != "" {
		if err := writeT2S(*openccDir, *t2s); err != nil {
			fail(err)
		}
	}
	if *s2t != "" {
		if err := writeS2T(*openccDir, *s2t); err != nil {
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
