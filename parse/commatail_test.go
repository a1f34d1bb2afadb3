package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// commaTailCut is commaTail as it was before it learned a tail's length
// from the paragraph's text: it cut every tail after a comma, and let
// verbTail turn away the long ones.
func commaTailCut(p source.Str, from, to int) (clauseRef, bool) {
	s := p.S[from:to]
	if !roleStarts.HasAny(s) {
		return clauseRef{}, false
	}
	for i, r := range outside(s) {
		if r != '，' && r != ',' || strings.TrimSpace(s[:i]) == "" {
			continue
		}
		tail := p.Slice(from+i+utf8.RuneLen(r), to).TrimSpace()
		if units, ok := verbTail(tail); ok {
			if hasCopulaRole(tail) {
				return clauseRef{}, false
			}
			return clauseRef{start: from + i, end: len(p.S), text: tail, units: units, inText: true}, true
		}
	}
	return clauseRef{}, false
}

// TestCommaTailSkipsLongTails proves that commaTail, which passes over a
// tail longer than verbTail reads without cutting it, finds what cutting
// every tail found: over every sentence of up to six pieces — units and
// their verbs, commas, white space at a tail's ends, prose long enough to
// make a tail too long — in a paragraph of one line and of two joined.
func TestCommaTailSkipsLongTails(t *testing.T) {
	pieces := []string{"市财政局牵头", "各区配合", "，", "　", "由市司法局负责", "推进政务公开工作并加强监督检查落实各项要求和责任分工"}
	found := 0
	strgen.Walk(pieces, 6, func(text string) {
		if text == "" {
			return
		}
		half := len(text) / 2
		for half > 0 && !utf8.RuneStart(text[half]) {
			half--
		}
		lines := source.New(text[:half] + "\n" + text[half:]).Lines()
		for _, p := range []source.Str{source.New(text).Lines()[0], source.Concat(lines...)} {
			if p.S != text {
				continue // an end of white space trimmed from a line
			}
			want, wok := commaTailCut(p, 0, len(p.S))
			got, ok := commaTail(p, 0, len(p.S))
			require.Equal(t, wok, ok, text)
			require.Equal(t, want, got, text)
			if ok {
				found++
			}
		}
	})
	require.Greater(t, found, 1000)
}

// TestCommaTailAtVerbTailLimit pins the skip to verbTail's own limit: a
// tail of units of exactly maxVerbTail bytes, after white space that
// trimming drops, is still read, and one a character longer is not.
func TestCommaTailAtVerbTailLimit(t *testing.T) {
	names := []string{"市财政局", "市民政局", "市司法局", "市教育局", "市公安局", "市商务局",
		"市审计局", "市统计局", "市水务局", "市文旅局", "市应急局"}
	for _, tt := range []struct {
		last string // the twelfth unit: 9 or 12 bytes
		want bool
	}{{"税务局", true}, {"市税务局", false}} {
		tail := strings.Join(append(names, tt.last), "、") + "牵头"
		text := "推进政务公开工作，　 " + tail
		p := source.New(text).Lines()[0]
		require.Equal(t, text, p.S)
		want, wok := commaTailCut(p, 0, len(p.S))
		got, ok := commaTail(p, 0, len(p.S))
		require.Equal(t, tt.want, wok, "%d bytes: verbTail's limit is %d", len(tail), maxVerbTail)
		require.Equal(t, wok, ok, "%d bytes", len(tail))
		require.Equal(t, want, got)
	}
}
