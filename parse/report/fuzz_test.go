package report

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
)

// FuzzBuild checks that any text gives a report whose spans lie inside the
// text, whose stats are labelled and whose table rows fit their columns.
func FuzzBuild(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "template*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("从申请来源看，公民申请120件（其中律师申请6件），其他申请7件。")
	f.Add("规章555规范性文件141414")
	f.Fuzz(func(t *testing.T, text string) {
		rep, warns := Build(source.New(text), "")
		if rep == nil {
			t.Fatal("nil report")
		}
		in := func(s model.Span) {
			if s.Start < 0 || s.End < s.Start || s.End > len(text) {
				t.Fatalf("span %+v outside text of %d bytes", s, len(text))
			}
		}
		for _, s := range rep.Sections {
			in(s.Span)
			in(s.Body)
		}
		for _, s := range rep.Stats {
			in(s.Span)
			if s.Label == "" {
				t.Fatalf("stat without label: %+v", s)
			}
		}
		for _, w := range warns {
			if w.Span != nil {
				in(*w.Span)
			}
		}
		if rep.Tables != nil {
			tabs := append([]model.Table(nil), rep.Tables.Proactive...)
			for _, t2 := range []*model.Table{rep.Tables.Requests, rep.Tables.Review} {
				if t2 != nil {
					tabs = append(tabs, *t2)
				}
			}
			for _, tab := range tabs {
				in(tab.Span)
				for _, r := range tab.Rows {
					in(r.Span)
					if len(r.Cells) != len(tab.Columns) {
						t.Fatalf("row %s has %d cells for %d columns", r.Key, len(r.Cells), len(tab.Columns))
					}
				}
			}
		}
	})
}
