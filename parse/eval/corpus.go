package eval

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Case is an input with its gold annotation.
type Case struct {
	Name string // the input's base name, with its extension (notice.txt, page.html)
	Text string // path of the input: a text or a saved page, read by parse.File
	Gold string // path of the gold JSON
}

// inputExts are the extensions of the inputs Cases lists: the formats
// parse.File reads (plain text, saved web pages and web archives, Word
// documents, PDFs).
var inputExts = []string{".txt", ".html", ".htm", ".mht", ".mhtml", ".docx", ".pdf"}

// Cases lists the inputs in dir (NAME.txt, or a saved page NAME.html,
// NAME.htm, NAME.mht, NAME.mhtml, or NAME.docx, NAME.pdf) that have a gold
// annotation beside them,
// named NAME.gold.json (the corpus) or NAME.json (testdata/layouts,
// testdata/pages), in name order. Case.Name keeps the input's extension.
func Cases(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var cs []Case
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || !slices.Contains(inputExts, ext) {
			continue
		}
		stem := filepath.Join(dir, strings.TrimSuffix(e.Name(), ext))
		for _, g := range []string{stem + ".gold.json", stem + ".json"} {
			if st, err := os.Stat(g); err == nil && !st.IsDir() {
				cs = append(cs, Case{Name: e.Name(), Text: filepath.Join(dir, e.Name()), Gold: g})
				break
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Text < cs[j].Text })
	return cs, nil
}

// EnvCorpus names the environment variable that points at the corpus.
const EnvCorpus = "GONGWEN_CORPUS"

// FindCorpus returns the corpus directory: $GONGWEN_CORPUS when set,
// otherwise ../shared/corpus relative to the module root found above the
// working directory. It returns "" when there is none.
func FindCorpus() string {
	if d := os.Getenv(EnvCorpus); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if st, err := os.Stat(c); err == nil && st.IsDir() {
				return filepath.Clean(c)
			}
			return ""
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}
