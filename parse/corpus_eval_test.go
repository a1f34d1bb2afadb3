package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/eval"
)

// TestCorpus scores the parser on the development corpus (../shared/corpus
// beside the repository, or $GONGWEN_CORPUS) and logs precision, recall and
// F1 per level. It asserts only that every file parses without error or
// panic: the figures are reported, not asserted. Run
// `go run ./examples/corpuseval -v` to list every miss.
func TestCorpus(t *testing.T) {
	dir := eval.FindCorpus()
	if dir == "" {
		t.Skip("no corpus: ../shared/corpus not found and $" + eval.EnvCorpus + " not set")
	}
	cases, err := eval.Cases(dir)
	require.NoError(t, err)
	require.NotEmpty(t, cases, "no *.txt with *.gold.json in %s", dir)

	rows := make([]eval.Row, 0, len(cases))
	for _, c := range cases {
		gold, err := eval.LoadGold(c.Gold)
		require.NoError(t, err)
		doc, err := parseNoPanic(c.Text)
		require.NoError(t, err, c.Name)
		require.NotNil(t, doc, c.Name)
		rows = append(rows, eval.Row{Name: c.Name, Score: eval.Compare(gold, eval.FromDocument(doc))})
	}
	var b strings.Builder
	eval.WriteTable(&b, rows)
	t.Logf("corpus %s\n%s", dir, b.String())
}
