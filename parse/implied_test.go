package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestImpliedDocNumberLength checks the length limit of a 发文字号 standing
// on its own line: at most maxNumberLine characters, counted as runes (a
// line of 40 Chinese characters is 120 bytes).
func TestImpliedDocNumberLength(t *testing.T) {
	const number = "某市政办发〔2024〕3号"
	n := utf8.RuneCountInString(number)
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"alone", number, true},
		{"40 runes", strings.Repeat("某", maxNumberLine-n) + number, true},
		{"41 runes", strings.Repeat("某", maxNumberLine-n+1) + number, false},
		{"40 runes, ASCII", strings.Repeat("x", maxNumberLine-n) + number, true},
		{"41 runes, ASCII", strings.Repeat("x", maxNumberLine-n+1) + number, false},
	}
	for _, tt := range tests {
		src := source.New(tt.line)
		var lines []line
		for _, s := range src.Lines() {
			lines = append(lines, line{s: s, kind: lineText})
		}
		got := impliedMeta(src, &header{}, lines)
		assert.Equal(t, tt.want, len(got) == 1 && got[0].Field == "doc_number", tt.name)
	}
}
