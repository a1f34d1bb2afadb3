package parse_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/parse/eval"
)

// badF1 is the structure F1 below which a corpus document counts as badly
// parsed for the calibration of the quality score.
const badF1 = 0.9

// batch1Last is the last file of the corpus's first batch (dev_01 …
// dev_18), the one the score may be tuned on; the second batch (dev_19 …)
// is held out.
const batch1Last = "dev_18.txt"

// calibrated is one corpus document: how good its parse is by the gold, and
// what the quality score says without seeing the gold.
type calibrated struct {
	name    string
	f1      float64
	score   float64
	review  bool
	reasons []string
}

func (c calibrated) bad() bool { return c.f1 < badF1 }

// TestQualityCalibration measures on the development corpus (and on the
// portal pages beside it, whose gold is metadata only) how well
// Document.Quality separates badly parsed documents (structure F1 < 0.9)
// from the rest: the share of bad documents marked for review (recall) and
// the share of good ones marked (false alarms), for batch 1, batch 2 (held
// out) and both, at the shipped threshold and at others. It skips without
// the corpus; run it with -v to see the figures.
func TestQualityCalibration(t *testing.T) {
	dir := eval.FindCorpus()
	if dir == "" {
		t.Skip("no corpus: ../shared/corpus not found and $" + eval.EnvCorpus + " not set")
	}
	cases, err := eval.Cases(dir)
	require.NoError(t, err)
	var b strings.Builder
	all := calibrate(t, &b, cases)
	layouts, err := eval.Cases("../testdata/layouts")
	require.NoError(t, err)
	fmt.Fprintf(&b, "\ntestdata/layouts:\n")
	lay := calibrate(t, &b, layouts)
	var batch1, batch2 []calibrated
	for _, c := range all {
		if c.name <= batch1Last {
			batch1 = append(batch1, c)
		} else {
			batch2 = append(batch2, c)
		}
	}
	fmt.Fprintf(&b, "\nat the shipped threshold %.2f:\n", parse.ReviewThreshold)
	for _, set := range []struct {
		name string
		docs []calibrated
	}{{"batch 1 (tuning)", batch1}, {"testdata/layouts", lay}, {"batch 2 (held out)", batch2}, {"corpus", all}} {
		fmt.Fprintf(&b, "  %-19s %s\n", set.name, separation(set.docs, parse.ReviewThreshold))
	}
	if portal := portalCalibration(t, filepath.Join(dir, "..", "portal-pages")); portal != "" {
		fmt.Fprintf(&b, "  %-19s %s\n", "portal pages", portal)
	}
	fmt.Fprintf(&b, "\nthe corpus with its line breaks lost (joined, or turned into spaces; the gold still holds):\n")
	for _, lost := range []struct {
		name string
		with string
	}{{"joined", ""}, {"spaces", " "}} {
		var v1, v2 []calibrated
		for _, c := range cases {
			cal := degraded(t, c, lost.with)
			if c.Name <= batch1Last {
				v1 = append(v1, cal)
			} else {
				v2 = append(v2, cal)
			}
		}
		fmt.Fprintf(&b, "  %-6s batch 1 (tuning)    %s\n", lost.name, separation(v1, parse.ReviewThreshold))
		fmt.Fprintf(&b, "  %-6s batch 2 (held out)  %s\n", lost.name, separation(v2, parse.ReviewThreshold))
	}
	fmt.Fprintf(&b, "\ncorpus at other thresholds:\n")
	for _, th := range thresholds(all) {
		fmt.Fprintf(&b, "  %.3f  %s\n", th, separation(all, th))
	}
	t.Logf("quality calibration on %s\n%s", dir, b.String())
}

// calibrate parses the cases, scores them against their gold and lists
// each with its quality on b.
func calibrate(t *testing.T, b *strings.Builder, cases []eval.Case) []calibrated {
	var all []calibrated
	fmt.Fprintf(b, "%-11s %5s %4s %6s %6s  %s\n", "file", "F1", "bad", "score", "review", "reasons")
	for _, c := range cases {
		gold, err := eval.LoadGold(c.Gold)
		require.NoError(t, err)
		doc, err := parseNoPanic(c.Text)
		require.NoError(t, err, c.Name)
		require.NotNil(t, doc.Quality, c.Name)
		cal := calibrated{name: c.Name, f1: eval.Compare(gold, eval.FromDocument(doc)).Structure().F1(),
			score: doc.Quality.Score, review: doc.Quality.Review}
		seen := map[string]int{}
		for _, r := range doc.Quality.Reasons {
			if seen[r.Code] == 0 {
				cal.reasons = append(cal.reasons, r.Code)
			}
			seen[r.Code]++
		}
		for i, code := range cal.reasons {
			if n := seen[code]; n > 1 {
				cal.reasons[i] = fmt.Sprintf("%s×%d", code, n)
			}
		}
		all = append(all, cal)
		fmt.Fprintf(b, "%-11s %5.2f %4v %6.3f %6v  %s\n", c.Name, cal.f1, cal.bad(), cal.score, cal.review, strings.Join(cal.reasons, " "))
	}
	return all
}

// degraded parses the case's text with every run of line breaks replaced
// by with, the layout of a page that lost them, and scores it against the
// unchanged gold.
func degraded(t *testing.T, c eval.Case, with string) calibrated {
	data, err := os.ReadFile(c.Text)
	require.NoError(t, err)
	gold, err := eval.LoadGold(c.Gold)
	require.NoError(t, err)
	lines := strings.FieldsFunc(string(data), func(r rune) bool { return r == '\n' || r == '\r' })
	doc, err := parse.Text(strings.Join(lines, with))
	require.NoError(t, err, c.Name)
	return calibrated{name: c.Name, f1: eval.Compare(gold, eval.FromDocument(doc)).Structure().F1(),
		score: doc.Quality.Score, review: doc.Quality.Review}
}

// portalCalibration parses the whole portal pages beside the corpus, whose
// gold is their publisher's metadata only: a page is bad when its
// doc_number, title or signed_date differs from the gold. It returns ""
// when the pages are absent.
func portalCalibration(t *testing.T, dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return ""
	}
	var gold []struct {
		File       string `json:"file"`
		DocNumber  string `json:"doc_number"`
		Title      string `json:"title"`
		SignedDate string `json:"signed_date"`
	}
	require.NoError(t, json.Unmarshal(data, &gold))
	var docs []calibrated
	for _, g := range gold {
		doc, err := parseNoPanic(filepath.Join(dir, g.File))
		require.NoError(t, err, g.File)
		m := doc.Meta
		right := m.DocNumber.Text() == g.DocNumber && m.SignedDate.Text() == g.SignedDate &&
			strings.ReplaceAll(m.Title.Text(), " ", "") == g.Title
		f1 := 1.0
		if !right {
			f1 = 0
		}
		docs = append(docs, calibrated{name: g.File, f1: f1, score: doc.Quality.Score, review: doc.Quality.Review})
	}
	return separation(docs, parse.ReviewThreshold) + " (bad: metadata differs from the publisher's)"
}

// separation reports how many bad documents score below th (recall) and
// how many good ones do too (false alarms).
func separation(docs []calibrated, th float64) string {
	bad, good, badFlagged, goodFlagged := 0, 0, 0, 0
	for _, c := range docs {
		flagged := c.score < th
		if c.bad() {
			bad++
			if flagged {
				badFlagged++
			}
		} else {
			good++
			if flagged {
				goodFlagged++
			}
		}
	}
	return fmt.Sprintf("bad flagged %d/%d (%s)  good flagged %d/%d (%s)", badFlagged, bad, pct(badFlagged, bad), goodFlagged, good, pct(goodFlagged, good))
}

func pct(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(of))
}

// thresholds are the distinct scores just above each document's, so every
// possible cut is shown once.
func thresholds(docs []calibrated) []float64 {
	set := map[float64]bool{}
	for _, c := range docs {
		set[c.score+0.001] = true
	}
	var out []float64
	for th := range set {
		out = append(out, th)
	}
	sort.Float64s(out)
	return out
}
