package eval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Case is a text with its gold annotation.
type Case struct {
	Name string // the text's base name, e.g. dev_01.txt
	Text string // path of the text
	Gold string // path of the gold JSON
}

// Cases lists the texts in dir (*.txt) that have a gold annotation beside
// them, named NAME.gold.json (the corpus) or NAME.json (testdata/layouts),
// in name order.
func Cases(dir string) ([]Case, error) {
	txts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(txts)
	var cs []Case
	for _, t := range txts {
		stem := strings.TrimSuffix(t, ".txt")
		for _, g := range []string{stem + ".gold.json", stem + ".json"} {
			if st, err := os.Stat(g); err == nil && !st.IsDir() {
				cs = append(cs, Case{Name: filepath.Base(t), Text: t, Gold: g})
				break
			}
		}
	}
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
