package timex

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzScanners checks that no text makes a scanner panic or report a
// phrase that is not where it says: every match is a valid, ordered,
// non-overlapping range of the input holding the match's text, and that
// skipping numbers (scan) finds what trying every digit finds.
func FuzzScanners(f *testing.F) {
	for _, s := range []string{"年底前", "2017 年 6 月底前", "20个工作日内", "即日起至年底", "80%以上", "每季度", "３—６月", "不低于总分值的 4%", "第", "1-", "12月31日前\n"} {
		f.Add(s, 2017, false)
	}
	f.Fuzz(func(t *testing.T, s string, year int, cell bool) {
		check := func(kind string, start, end int, text string, prevEnd *int) {
			if start < *prevEnd || start > end || end > len(s) || s[start:end] != text || text == "" {
				t.Fatalf("%s %q: bad match [%d,%d) %q after %d", kind, s, start, end, text, *prevEnd)
			}
			if utf8.ValidString(s) && !utf8.ValidString(text) {
				t.Fatalf("%s %q: match %q cuts a character", kind, s, text)
			}
			*prevEnd = end
		}
		prev := 0
		for _, m := range Deadlines(s, Ref{Year: year % 3000}, cell) {
			check("deadline", m.Start, m.End, m.Value.Text, &prev)
		}
		ref := Ref{Year: year % 3000}
		if !reflect.DeepEqual(Fold(s).Deadlines(ref, cell), fold(s, nil).deadlines(nil, ref, cell, exhaustive)) {
			t.Fatalf("%q: skipping numbers changed the deadlines", s)
		}
		for i, ft := 0, fold(s, nil); i < len(ft.r); i++ {
			if _, _, ok := ft.readDeadline(i, ref, cell); ok && ft.cannotStartDeadline(i) {
				t.Fatalf("%q: a deadline at %d rejected unread", s, i)
			}
		}
		if ft := fold(s, nil); !mayHold(s) {
			for _, cell := range []bool{false, true} {
				if ft.deadlines(nil, ref, cell, deadlineInNumber) != nil {
					t.Fatalf("%q: a deadline in a text mayHold passes over", s)
				}
			}
			if (Folded{t: ft}).Frequencies() != nil || (Folded{t: ft}).Targets() != nil {
				t.Fatalf("%q: a frequency or target in a text mayHold passes over", s)
			}
		}
		prev = 0
		for _, m := range Frequencies(s) {
			check("frequency", m.Start, m.End, m.Value.Text, &prev)
		}
		prev = 0
		for _, m := range Targets(s) {
			check("target", m.Start, m.End, m.Value.Text, &prev)
		}
	})
}
