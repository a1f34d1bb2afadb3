package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Row is the score of one named document.
type Row struct {
	Name  string
	Score Score
}

// WriteTable prints one line per document (kind, metadata fields right,
// and matched/gold/produced with F1 for every tree level), then the
// micro-averaged totals with precision, recall and F1. It returns the total.
func WriteTable(w io.Writer, rows []Row) Score {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "file\tkind\tmeta\tgoals\ttasks\titems\tunits\troles\tstats\tsections\t")
	var total Score
	for _, r := range rows {
		s := r.Score
		total = total.Add(s)
		kind := "ok"
		if s.KindRight == 0 {
			kind = "WRONG"
		}
		meta := 0
		for _, m := range s.MetaExact {
			meta += m
		}
		fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Name, kind, meta, numMeta,
			cell(s.Goals), cell(s.Tasks), cell(s.Items), cell(s.Units), cell(s.Roles), cell(s.Stats), cell(s.Sections))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nmicro-averaged over %d documents (match/gold/produced):\n", total.Docs)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "level\tmatch\tgold\tproduced\tprecision\trecall\tF1\t")
	for _, l := range []struct {
		name string
		c    Counts
	}{{"goals", total.Goals}, {"tasks", total.Tasks}, {"items", total.Items}, {"units", total.Units}, {"roles", total.Roles}, {"stats", total.Stats}, {"sections", total.Sections}} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", l.name, l.c.Match, l.c.Gold, l.c.Got, l.c.Precision(), l.c.Recall(), l.c.F1())
	}
	st := total.Structure()
	fmt.Fprintf(tw, "structure\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t(goals+tasks+items+units+roles+sections)\n", st.Match, st.Gold, st.Got, st.Precision(), st.Recall(), st.F1())
	for i, name := range MetaNames {
		c := total.Meta[i]
		fmt.Fprintf(tw, "meta %s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\texact %d/%d\n", name, c.Match, c.Gold, c.Got, c.Precision(), c.Recall(), c.F1(), total.MetaExact[i], total.Docs)
	}
	fmt.Fprintf(tw, "kind\t%d\t%d\t\t\t\t\t\n", total.KindRight, total.Docs)
	tw.Flush()
	return total
}

func cell(c Counts) string {
	return fmt.Sprintf("%d/%d/%d %.2f", c.Match, c.Gold, c.Got, c.F1())
}
