package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

func TestUnreadRows(t *testing.T) {
	row := func(n, unit string) string {
		return n + "\n\n植树造林，新增绿地十公顷。\n\n" + unit + "\n\n2025年6月底前\n\n"
	}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"rows a cell a line", "某县任务清单\n\n" + row("1", "县林业局") + row("2", "县水务局牵头，县财政局配合") + row("3", "县农业农村局、各乡镇"), true},
		{"crlf lines", strings.ReplaceAll("某县任务清单\n"+row("1", "县林业局")+row("2", "县水务局")+row("3", "县财政局"), "\n", "\r\n"), true},
		{"two rows only", row("1", "县林业局") + row("2", "县水务局"), false},
		{"numbers out of sequence", row("1", "县林业局") + row("3", "县水务局") + row("4", "县财政局"), false},
		{"no unit cells", row("1", "全年") + row("2", "每季度") + row("3", "持续推进"), false},
		{"page numbers", "第一段正文。\n1\n第二段正文。\n2\n第三段正文。\n3\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := unreadRows(tt.text)
			assert.Equal(t, tt.want, ok)
		})
	}
}

func TestCheckUnreadRows(t *testing.T) {
	text := "某县任务清单\n1\n植树造林。\n县林业局\n2\n修建水渠。\n县水务局\n3\n发放补贴。\n县财政局\n"
	for _, tt := range []struct {
		name string
		plan *model.Plan
		want bool
	}{
		{"no plan read", nil, true},
		{"a plan read", &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Title: "植树造林"}}}}}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Kind: model.KindNotice, Plan: tt.plan}
			Assess(doc, &Evidence{Text: text})
			said := false
			for _, r := range doc.Quality.Reasons {
				said = said || r.Code == model.ReasonMarksInText && r.Element == ""
			}
			assert.Equal(t, tt.want, said)
		})
	}
}

// numberedRow is a line holding a row number alone, with what the
// lines after it hold up to the next such line.
type numberedRow struct {
	at, n int
	units bool // a line among them names units (unitLine)
	long  bool // more of them than a row has (maxRowLines)
}

// unreadRowsByNumbers is unreadRows read another way, the reference for
// the one that asks lines whether they name units only inside a run: it
// first asks every line and gathers the row numbers with what follows
// them, then follows the runs from number to number.
func unreadRowsByNumbers(text string) (int, bool) {
	var rows []numberedRow
	lines := 0
	for at, line := range lineOffsets(text) {
		s := strings.Trim(line, " \u3000\r")
		if s == "" {
			continue // a blank line is neither a row number nor a cell
		}
		if n, ok := bareNumber(s); ok {
			rows, lines = append(rows, numberedRow{at: at, n: n}), 0
		} else if len(rows) > 0 {
			r := &rows[len(rows)-1]
			lines++
			r.units = r.units || unitLine(s)
			r.long = r.long || lines > maxRowLines
		}
	}
	run, start := 0, 0
	for k, r := range rows {
		prev := numberedRow{n: 0}
		if k > 0 {
			prev = rows[k-1]
		}
		if prev.long {
			prev.n, run = 0, 0
		}
		if r.n == prev.n+1 && (run == 0 || prev.units) {
			if run == 0 {
				start = r.at
			}
			if run++; run >= minUnreadRows {
				return start, true
			}
		} else if r.n == 1 {
			run, start = 1, r.at
		} else {
			run = 0
		}
	}
	return 0, false
}

// lineOffsets yields the lines of text with their offsets.
func lineOffsets(text string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for at := 0; at < len(text); {
			line := firstLine(text[at:])
			if !yield(at, line) {
				return
			}
			at += len(line) + 1
		}
	}
}

// TestUnreadRowsAsksUnitsInRunsOnly: unreadRows, which asks a line whether
// it names units only while a run of row numbers is open, finds the runs
// that asking every line finds, on texts of row numbers in and out of
// order, unit and other lines, blank lines and stretches longer than a row;
// the whole rows among the pieces (a number and its unit cell) let five
// pieces reach a run of three, which the bare numbers alone reach once.
func TestUnreadRowsAsksUnitsInRunsOnly(t *testing.T) {
	pieces := []string{"1\n", "2\n", "3\n", "县林业局\n", "植树造林。\n", "正文。\n正文。\n正文。\n正文。\n正文。\n", " \n", "县水务局", "1\n县水务局\n", "2\n县林业局\n"}
	strgen.Walk(pieces, 5, func(s string) {
		at, ok := unreadRows(s)
		wantAt, wantOK := unreadRowsByNumbers(s)
		if at != wantAt || ok != wantOK {
			t.Fatalf("%q: unreadRows gives %d, %v; want %d, %v", s, at, ok, wantAt, wantOK)
		}
	})
}
