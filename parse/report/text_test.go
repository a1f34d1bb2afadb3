package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestTextSharesItsNorm checks that a Text read first for its marks and
// then as a report answers as the separate calls do, whatever was asked
// first, and for a text past Evidence's 64 KiB.
func TestTextSharesItsNorm(t *testing.T) {
	long := load(t, "seed002_suzhou_2016.txt").Text
	tests := []struct{ name, text string }{
		{"a prose report", load(t, "seed002_suzhou_2016.txt").Text},
		{"a template report", load(t, "template2021_tabs.txt").Text},
		{"a traditional report", load(t, "template2021_traditional_cellpipes.txt").Text},
		{"a notice", "关于做好2021年政府信息公开工作的通知\n各单位：\n一、工作目标\n（一）完善制度。"},
		{"past 64 KiB", strings.Repeat(long+"\n", 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := source.New(tt.text)
			wantRep, wantWarns := Build(src, "")
			marks := Evidence(src)

			rt := NewText(src)
			assert.Equal(t, marks, rt.Evidence())
			rep, warns := rt.Build("")
			assert.Equal(t, wantRep, rep)
			assert.Equal(t, wantWarns, warns)
			assert.Equal(t, marks, rt.Evidence())

			rt = NewText(src)
			rep, _ = rt.Build("")
			assert.Equal(t, wantRep, rep)
			assert.Equal(t, marks, rt.Evidence())

			// after the caller has split the lines (they are shared)
			src.Lines()
			rt = NewText(src)
			assert.Equal(t, marks, rt.Evidence())
			rep, warns = rt.Build("")
			assert.Equal(t, wantRep, rep)
			assert.Equal(t, wantWarns, warns)

			// the folded head, before any reading and after both
			const limit = 64 << 10
			want := Fold(tt.text[:min(len(tt.text), limit)])
			assert.Equal(t, want, NewText(src).Fold(limit))
			assert.Equal(t, want, rt.Fold(limit))
		})
	}
}

// TestTextRelease: a released Text reads the same again (its norm is made
// anew), and a text released before it does not leak into the next one
// that reuses its arrays.
func TestTextRelease(t *testing.T) {
	texts := []string{
		"一、总体情况\n二、主动公开政府信息情况\n（一）本年制发件数，12件。\n",
		"某某区2023年政府信息公开工作年度报告\n一、总体情况\n本年共收到申请5件。\n",
	}
	var want []int
	for _, s := range texts {
		want = append(want, Evidence(source.New(s)))
	}
	for round := 0; round < 2; round++ {
		for i, s := range texts {
			rt := NewText(source.New(s))
			assert.Equal(t, want[i], rt.Evidence())
			before, _ := rt.Build("")
			rt.Release()
			after, _ := rt.Build("")
			assert.Equal(t, before, after, "read again after Release")
			rt.Release()
		}
	}
}
