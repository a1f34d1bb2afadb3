package parse

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
)

// This file damages the table rows of the right notices of
// testdata/layouts the way carriers do (a header cell lost so the names
// shift over the columns, two cells glued, a unit column under a name no
// list holds, a page break joining two rows, a person's name glued into a
// task's title) and counts, per damage, what Quality says of the parses
// that come out wrong: sent to review, docked with a reason only (a user
// filtering on review misses them) or silent. TestMutationFlags counts
// review against the rest; this counts the middle apart.

// carrierDamages are the damages of this harness; the header row dropped
// and cells run together of mutations_test.go are counted again here for
// the three-way split.
var carrierDamages = []mutation{
	{"none", func(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
		return variant{text: b.text, want: b.gold}, true
	}},
	{"header row dropped", mutHeaderDropped},
	{"cells run together", mutCellsTogether},
	{"header cell lost", mutHeaderCellLost},
	{"two cells glued", mutTwoCellsGlued},
	{"unit column renamed", mutUnitColumnRenamed},
	{"unit column unknown", mutUnitColumnUnknown},
	{"rows joined", mutRowsJoined},
	{"person in title", mutPersonInTitle},
}

// rawCell is a cell of a raw line: its bytes [start, end).
type rawCell struct{ start, end int }

// rawCells parts a raw line into its non-empty cells at tabs, bars and
// runs of two or more spaces, keeping their offsets; a line holding markup
// gives none.
func rawCells(line string) []rawCell {
	if strings.Contains(line, "<") {
		return nil
	}
	var out []rawCell
	start, spaces := -1, 0
	end := 0 // the end of the current cell's last non-space rune
	for i, r := range line {
		sep := r == '\t' || r == '|' || r == '｜' || r == '\n' || r == '\r'
		space := r == ' ' || r == '\u3000' || r == '\u00a0'
		switch {
		case space:
			spaces++
			if spaces >= 2 && start >= 0 {
				out = append(out, rawCell{start, end})
				start = -1
			}
		case sep:
			spaces = 0
			if start >= 0 {
				out = append(out, rawCell{start, end})
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
			spaces = 0
			end = i + utf8.RuneLen(r)
		}
	}
	if start >= 0 {
		out = append(out, rawCell{start, end})
	}
	return out
}

// tableRows lists the indexes of the lines of a region that hold a table
// row: three or more cells, none of the line a header.
func tableRows(lines []string) []int {
	var out []int
	for i, l := range lines {
		if h, _ := headerLine(l); h {
			continue
		}
		if len(rawCells(l)) >= 3 {
			out = append(out, i)
		}
	}
	return out
}

// headerAt finds the first header line of a region (several cells naming
// columns), -1 when there is none.
func headerAt(lines []string) int {
	for i, l := range lines {
		if h, _ := headerLine(l); h && len(rawCells(l)) >= 3 {
			return i
		}
	}
	return -1
}

// mutHeaderCellLost drops one name of the header row, not the last: the
// names left stand over the wrong columns (a merged header cell a copy
// lost). The gold holds: the rows are whole.
func mutHeaderCellLost(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	i := headerAt(lines)
	if i < 0 {
		return variant{}, false
	}
	cs := rawCells(lines[i])
	k := 1 + rng.IntN(len(cs)-2) // not the first (序号 lost is harmless) nor the last
	l := lines[i]
	lines[i] = l[:cs[k].start] + l[cs[k].end:]
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, true
}

// mutTwoCellsGlued glues, in every table row, the same two neighbouring
// cells (a pdftotext column gap too narrow to part them): the separator
// between them is lost.
func mutTwoCellsGlued(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	rows := tableRows(lines)
	if len(rows) < 2 {
		return variant{}, false
	}
	k := 1 + rng.IntN(2) // the second or third cell and the one after it
	n := 0
	for _, i := range rows {
		cs := rawCells(lines[i])
		j := min(k, len(cs)-2)
		l := lines[i]
		lines[i] = l[:cs[j].end] + l[cs[j+1].start:]
		n++
	}
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, n > 0
}

// unitColumnSynonyms name unit columns as some notices do, with the role
// the original name gives.
var unitColumnSynonyms = []struct{ from, to string }{
	{"牵头单位", "主办单位"}, {"牵头部门", "主办部门"},
	{"配合单位", "协同单位"}, {"配合部门", "协助部门"},
	{"责任单位", "承办单位"}, {"责任部门", "落实部门"},
	{"参与单位", "参加科室"},
}

// unitColumnStrangers name unit columns as a few notices do, by words no
// column vocabulary holds (联动单位 for 配合单位): what 参加部门 was to the
// reader before it was known.
var unitColumnStrangers = []struct{ from, to string }{
	{"牵头单位", "主抓单位"}, {"牵头部门", "主抓部门"},
	{"配合单位", "联动单位"}, {"配合部门", "支持部门"},
	{"参与单位", "参办单位"},
}

// mutUnitColumnRenamed names the header's unit columns by synonyms (配合单位
// → 协同单位): the roles stay, a reader that does not know the name types
// the column by its cells.
func mutUnitColumnRenamed(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	return renameColumns(b, unitColumnSynonyms)
}

// mutUnitColumnUnknown names the header's unit columns by unitColumnStrangers.
func mutUnitColumnUnknown(b *mutBase, _ *rand.Rand, _ *mutBase) (variant, bool) {
	return renameColumns(b, unitColumnStrangers)
}

// renameColumns renames the header's columns by the pairs.
func renameColumns(b *mutBase, pairs []struct{ from, to string }) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	i := headerAt(lines)
	if i < 0 {
		return variant{}, false
	}
	l := lines[i]
	for _, s := range pairs {
		l = strings.ReplaceAll(l, s.from, s.to)
	}
	if l == lines[i] {
		return variant{}, false
	}
	lines[i] = l
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, true
}

// mutRowsJoined joins a table row with the one after it, parted by a tab
// (a page break whose repeated header a reader dropped, the rows on either
// side read as one).
func mutRowsJoined(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	rows := tableRows(lines)
	var pairs []int
	for k := 0; k+1 < len(rows); k++ {
		if rows[k+1] == rows[k]+1 {
			pairs = append(pairs, rows[k])
		}
	}
	if len(pairs) == 0 {
		return variant{}, false
	}
	i := pairs[rng.IntN(len(pairs))]
	lines[i] = strings.TrimRight(lines[i], "\r\n") + "\t"
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold}, true
}

// persons are invented names of the persons a 责任领导 or 责任人 column
// holds.
var persons = []string{"张建国", "王红梅", "李志强", "刘洋", "陈晓东", "杨帆"}

// mutPersonInTitle glues a person's name, after one space, to the
// longest cell of every table row (pdftotext -layout printing a 责任人
// column too close to the task's): the title is the task's without it.
func mutPersonInTitle(b *mutBase, rng *rand.Rand, _ *mutBase) (variant, bool) {
	lines := strings.SplitAfter(b.region(), "\n")
	rows := tableRows(lines)
	if len(rows) == 0 {
		return variant{}, false
	}
	for _, i := range rows {
		cs := rawCells(lines[i])
		long := cs[0]
		for _, c := range cs {
			if c.end-c.start > long.end-long.start {
				long = c
			}
		}
		l := lines[i]
		lines[i] = l[:long.end] + " " + persons[rng.IntN(len(persons))] + l[long.end:]
	}
	return variant{text: b.replaceRegion(strings.Join(lines, "")), want: b.gold, absent: persons}, true
}

// sayTally counts the damaged parses of one damage by outcome (wrong,
// off, right) and by what Quality says: review, a reason only, nothing.
type sayTally struct {
	n                int
	said             [3][3]int // [wrong, off, right][review, reason, silent]
	reasonOnly, mute []string  // the wrong parses docked without review, and the silent ones
	alarms           []string  // the right parses sent to review
}

// outcome indexes of sayTally.said.
const (
	sayWrong = iota
	sayOff
	sayRight
)

// add parses v and counts it.
func (tl *sayTally) add(t *testing.T, name string, v variant) {
	doc, err := Text(v.text)
	require.NoError(t, err, name)
	got, want := eval.FromDocument(doc), foldedGold(v.want)
	foldGold(got)
	f1 := eval.Compare(want, got).Structure().F1()
	if f1 == 1 && !sameOrder(want, got) {
		f1 = wrongF1
	}
	f1 = absentHeld(f1, doc, v.absent)
	out := sayRight
	switch {
	case f1 < wrongF1:
		out = sayWrong
	case f1 < 1:
		out = sayOff
	}
	said := 2
	switch {
	case doc.Quality.Review:
		said = 0
	case len(doc.Quality.Reasons) > 0:
		said = 1
	}
	tl.n++
	tl.said[out][said]++
	line := fmt.Sprintf("%-50s F1 %.2f score %.3f %s", name, f1, doc.Quality.Score, reasonCodes(doc))
	if out == sayWrong && said == 1 {
		tl.reasonOnly = append(tl.reasonOnly, line)
	}
	if out == sayWrong && said == 2 {
		tl.mute = append(tl.mute, line)
	}
	if out == sayRight && said == 0 {
		tl.alarms = append(tl.alarms, line)
	}
}

// absentHeld is f1, or less than wrongF1 when doc holds one of the words
// the damage put in, or moved, where no right parse holds them: a person
// in a title or an item's text is wrong where the reader looks, though
// the gold compares items' heads only.
func absentHeld(f1 float64, doc *model.Document, absent []string) float64 {
	if holdsAny(doc, absent) {
		return min(f1, wrongF1-0.01)
	}
	return f1
}

// holdsAny reports whether a task's title or an item's text of doc holds
// one of the words.
func holdsAny(doc *model.Document, words []string) bool {
	for _, p := range doc.AllPlans() {
		for _, g := range p.Goals {
			for _, t := range g.Tasks {
				for _, w := range words {
					if strings.Contains(t.Title, w) {
						return true
					}
					for _, it := range t.Items {
						if strings.Contains(it.Text, w) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// TestCarrierDamage damages the right notices of testdata/layouts (those
// whose parse equals the gold) by carrierDamages and prints, per damage,
// the wrong parses (structure F1 < 0.9) sent to review, docked with a
// reason only, or silent, the same for the parses a little off, and the
// right parses with no reason, a reason, or sent to review (false
// alarms). GONGWEN_MUTATION_SILENT=1 lists the wrong parses not sent to
// review and the false alarms. It holds the floors sayFloors set.
func TestCarrierDamage(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every layout several times")
	}
	bases := mutBases(t, "../testdata/layouts")
	tallies := make([]sayTally, len(carrierDamages))
	for _, b := range bases {
		h := fnv.New64a() // seeded by name: a layout added moves no other's damage
		h.Write([]byte(b.name))
		for di, d := range carrierDamages {
			v, ok := d.apply(b, rand.New(rand.NewPCG(h.Sum64(), uint64(di))), nil)
			if ok {
				if dir := os.Getenv("GONGWEN_MUTATION_DUMP"); dir != "" {
					dumpVariant(t, dir, d.name, b.name, v.text)
				}
				tallies[di].add(t, b.name, v)
			}
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "testdata/layouts: %d right notices damaged\n", len(bases))
	fmt.Fprintf(&sb, "%-20s %4s  %-24s %-22s %s\n", "damage", "n", "wrong review/reason/silent", "off review/reason/silent", "right clean/reason/review")
	for di, d := range carrierDamages {
		s := tallies[di].said
		fmt.Fprintf(&sb, "%-20s %4d  %4d / %-4d / %-4d       %3d / %-3d / %-3d        %d / %d / %d\n", d.name, tallies[di].n,
			s[sayWrong][0], s[sayWrong][1], s[sayWrong][2], s[sayOff][0], s[sayOff][1], s[sayOff][2],
			s[sayRight][2], s[sayRight][1], s[sayRight][0])
	}
	if os.Getenv("GONGWEN_MUTATION_SILENT") != "" {
		for di, d := range carrierDamages {
			for _, l := range tallies[di].reasonOnly {
				fmt.Fprintf(&sb, "  reason  %-20s %s\n", d.name, l)
			}
			for _, l := range tallies[di].mute {
				fmt.Fprintf(&sb, "  silent  %-20s %s\n", d.name, l)
			}
			for _, l := range tallies[di].alarms {
				fmt.Fprintf(&sb, "  alarm   %-20s %s\n", d.name, l)
			}
		}
	}
	t.Logf("%s", sb.String())
	for di, d := range carrierDamages {
		f, ok := sayFloors[d.name]
		if !ok {
			continue
		}
		s := tallies[di].said[sayWrong]
		if n := s[0] + s[1] + s[2]; n >= minWrongForFloor {
			require.GreaterOrEqual(t, float64(s[0])/float64(n), f.share, "%s: share of wrong parses sent to review", d.name)
		}
		require.LessOrEqual(t, tallies[di].said[sayRight][0], f.falseAlarms, "%s: right parses sent to review", d.name)
	}
}

// sayFloors are the floors of TestCarrierDamage: the share of wrong
// parses sent to review, and the right parses sent to review at most —
// the figures of session 15 (18:40, guessed roles sent to review; two
// cells glued 19:05, a task's title that is its content; person in title
// 19:25, a person's name ending titles and items), less about four points,
// and the false alarms then plus two.
var sayFloors = map[string]flagFloor{
	"none":                {1, 5},
	"header row dropped":  {0.94, 3}, // a person column's cell in an item's text counts as wrong (personCells)
	"cells run together":  {0.91, 2},
	"header cell lost":    {0.79, 5}, // 5: layout 441 (two true no_units, 0.88) falls under 0.8 with a lost header cell's guessed_columns
	"two cells glued":     {0.78, 2},
	"unit column renamed": {0.95, 3},
	"unit column unknown": {0.95, 4},
	"rows joined":         {0.82, 3},
	"person in title":     {0.89, 2},
}
