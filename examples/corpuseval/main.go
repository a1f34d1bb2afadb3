// Command corpuseval scores the parser against gold annotations: the
// development corpus (../shared/corpus, or $GONGWEN_CORPUS) by default, or
// any directory of inputs (NAME.txt, or any other format parse.File reads:
// a saved page NAME.html or NAME.mht, NAME.docx, NAME.pdf) with
// NAME.gold.json or NAME.json beside them (such as testdata/layouts and
// testdata/pages).
//
// Usage:
//
//	go run ./examples/corpuseval [-corpus DIR] [-v] [-dump DIR]
//
// It prints one line per file and the micro-averaged precision, recall and
// F1 of goals, tasks, items, units and roles, plus the metadata fields and
// the kind. With -v it lists every miss, gold against parse, so that a
// developer can look for the general mechanism behind it. With -dump it also
// writes each parse in the gold format (heads cut to 15 characters) to DIR.
//
// The exit code is 1 when a file fails to parse, 2 on bad usage.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/parse/eval"
)

func main() {
	dir := flag.String("corpus", "", "directory of NAME.txt (or .html, .mht, .docx, .pdf) with NAME.gold.json or NAME.json (default: ../shared/corpus beside the module, or $"+eval.EnvCorpus+")")
	verbose := flag.Bool("v", false, "list every miss, gold against parse")
	dump := flag.String("dump", "", "also write each parse in the gold format to `DIR`/NAME.got.json")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: corpuseval [-corpus DIR] [-v] [-dump DIR]\n\nScores the parser against gold annotations.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *dir == "" {
		*dir = eval.FindCorpus()
		if *dir == "" {
			fmt.Fprintln(os.Stderr, "corpuseval: no corpus found; pass -corpus DIR or set $"+eval.EnvCorpus)
			os.Exit(2)
		}
	}
	os.Exit(run(*dir, *verbose, *dump))
}

func run(dir string, verbose bool, dump string) int {
	cases, err := eval.Cases(dir)
	if err != nil || len(cases) == 0 {
		fmt.Fprintf(os.Stderr, "corpuseval: no NAME.txt (or saved page, .docx, .pdf) with gold in %s %v\n", dir, err)
		return 2
	}
	status := 0
	var rows []eval.Row
	for _, c := range cases {
		gold, err := eval.LoadGold(c.Gold)
		if err != nil {
			fmt.Fprintln(os.Stderr, "corpuseval:", err)
			status = 1
			continue
		}
		doc, err := parseSafely(c.Text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "corpuseval:", err)
			status = 1
			continue
		}
		got := eval.FromDocument(doc)
		rows = append(rows, eval.Row{Name: c.Name, Score: eval.Compare(gold, got)})
		if dump != "" {
			if err := writeDump(dump, c.Name, got); err != nil {
				fmt.Fprintln(os.Stderr, "corpuseval:", err)
				status = 1
			}
		}
	}
	fmt.Printf("gold: %s\n\n", dir)
	eval.WriteTable(os.Stdout, rows)
	if verbose {
		for _, r := range rows {
			if r.Score.Perfect() {
				continue
			}
			fmt.Printf("\n== %s: %d misses\n", r.Name, len(r.Score.Misses))
			for _, m := range r.Score.Misses {
				fmt.Println("  " + m.String())
			}
		}
	}
	return status
}

func parseSafely(path string) (doc *model.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: parser panicked: %v", path, r)
		}
	}()
	return parse.File(path)
}

// writeDump writes got in the gold format, each item's text cut to a
// 15-character head that stops at the end of its line.
func writeDump(dir, name string, got *eval.Gold) error {
	for gi := range got.Goals {
		for ti := range got.Goals[gi].Tasks {
			items := got.Goals[gi].Tasks[ti].Items
			for ii := range items {
				items[ii].Head = head(items[ii].Head)
			}
		}
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, strings.TrimSuffix(name, ".txt")+".got.json"), append(data, '\n'), 0o644)
}

func head(text string) string {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	r := []rune(text)
	if len(r) > 15 {
		r = r[:15]
	}
	return string(r)
}
