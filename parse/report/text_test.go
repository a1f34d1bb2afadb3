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
