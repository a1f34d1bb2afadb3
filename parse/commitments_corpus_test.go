package parse_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
)

var isoDay = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)

// TestCorpusDeadlines lists every deadline the parser reads from the items
// of the development corpus (run with -v and check them by hand; the
// precision in the closing note was measured so) and checks what can be
// checked mechanically: the span holds the text, dates are real days and a
// period does not end before it starts. Skipped without the corpus.
func TestCorpusDeadlines(t *testing.T) {
	dir := eval.FindCorpus()
	if dir == "" {
		t.Skip("no corpus: ../shared/corpus not found and $" + eval.EnvCorpus + " not set")
	}
	cases, err := eval.Cases(dir)
	require.NoError(t, err)
	n := 0
	for _, c := range cases {
		data, err := os.ReadFile(c.Text)
		require.NoError(t, err)
		doc, err := parseNoPanic(c.Text)
		require.NoError(t, err, c.Name)
		for _, p := range doc.AllPlans() {
			for _, g := range p.Goals {
				for _, tk := range g.Tasks {
					for _, it := range tk.Items {
						for _, d := range it.Deadlines {
							n++
							t.Logf("%s\t%s\t%s\t%s\t%s\t%q", filepath.Base(c.Text), d.Kind, d.Start, d.End, d.Text, around(string(data), d.Span))
							if doc.Source.Encoding == "utf-8" {
								assert.Equal(t, d.Text, string(data[d.Span.Start:d.Span.End]), c.Name)
							}
							for _, day := range []string{d.Start, d.End} {
								assert.True(t, day == "" || isoDay.MatchString(day), "%s: %s", c.Name, day)
							}
							assert.False(t, d.Start != "" && d.End != "" && d.End < d.Start, "%s: %+v", c.Name, d)
						}
					}
				}
			}
		}
	}
	t.Logf("%d deadlines in the items of %d documents", n, len(cases))
}

// around returns the text around a span, for checking a deadline by eye.
func around(text string, sp model.Span) string {
	a, b := max(0, sp.Start-24), min(len(text), sp.End+24)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return text[a:b]
}
