package parse

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/eval"
)

// wrongF1 is the structure F1 below which a damaged parse is wrong, as
// TestQualityCalibration counts a badly parsed document; a parse between
// it and 1 is off (a unit or an item lost, or every element read in
// another order than the gold's), one at 1 in the gold's order is right.
const wrongF1 = 0.9

// flagTally counts the damaged parses of one mutation by outcome and by
// whether Quality marked them for review.
type flagTally struct {
	name                      string // the mutation's
	n                         int
	wrongFlagged, wrongSilent int
	offFlagged, offSilent     int
	rightFlagged, right       int      // rightFlagged are the false alarms
	silent                    []string // the wrong parses not flagged, for the log
	alarms                    []string // the right parses flagged
}

// share is the share of the wrong parses that were flagged.
func (t flagTally) share() float64 {
	if t.wrongFlagged+t.wrongSilent == 0 {
		return 1
	}
	return float64(t.wrongFlagged) / float64(t.wrongFlagged+t.wrongSilent)
}

// flagFloor is what the harness requires of one mutation on a set: at
// least this share of the wrong parses flagged, at most this many false
// alarms. They are the figures reached (see quality's doc.go), less a
// little for the parser's own moves.
type flagFloor struct {
	share       float64
	falseAlarms int
}

// damagedShare is the share of the wrong and off parses that were
// flagged; the caller makes sure there are some.
func (t flagTally) damagedShare() float64 {
	return float64(t.wrongFlagged+t.offFlagged) / float64(t.wrongFlagged+t.wrongSilent+t.offFlagged+t.offSilent)
}

// layoutFloors are the floors on testdata/layouts, by mutation: the
// share of wrong parses flagged reached on 2026-12-06 18:40 (main
// 6d123f3) less about five points (lines joined, ordinals stripped and
// restyled, block moved to end and second plan glued: reached at 22:45
// with the item-order, task-style and bare-heading checks — 88, 81, 81,
// 86 and 98 % — less four; header row dropped: 77 % at 23:00 with the
// row-in-text and leader-cell checks, less four; truncated in plan: 69 %
// at 23:25 with the unclosed-row check, less five; lines joined: 93 % at
// 23:35 with the run-on heading check, less four), and the false alarms
// then plus two (new layouts read right but flagged by an older reason raise them in
// every mutation: 210, read right by position, carries guessed_columns);
// unit brackets lost: 100 % (19/0) on 2026-12-07 02:30 with the unit
// clause checks of session 9 (clause in text, unread unit), less five;
// header row dropped: 89 % (66/8) on 2026-12-07 05:55 with session 10's
// cell-line, row-number, name-title and blank-line unit-cell checks, less
// four; 92 % (74/6) on 2026-12-07 07:55 with session 11's group-column and
// untitled-rows checks, less four; 98 % (89/2) on 2026-12-07 13:10 with
// session 13's numbered-task-titles and odd-layout checks, less four, and
// the false alarms then (1 of 41 right) plus two.
var layoutFloors = map[string]flagFloor{
	"none":         {0.95, 5},
	"lines joined": {0.89, 3},
	// The parses that held the 责任人 or 责任领导 cell in an item's text
	// after a line break (165, 255, 356, 407 since session 15, blind
	// layout 432 in session 16), which the gold's 15-rune item heads do
	// not see, count as wrong since session 16 (mutHeaderDropped names
	// the person column's cells absent). Left: 210 and blind layout 430,
	// whose columns, without its header, are typed by guess
	// (guessed_columns, true, on a parse that happens to match); plus one.
	"header row dropped": {0.94, 3},
	"cells run together": {0.90, 2},
	// 9 since blind layout 383 (session 14), 10 since blind layout 436
	// (session 16, the same shape: a prose plan of 1. items with unit
	// brackets): a page cut inside its plan is flagged truncated and
	// thin_item, though what is left reads right. (Blind layout 451 of
	// session 17 raised it to 11 by unit_name on its villages, 德天村 and
	// 隘江村, until org.IsVillage took them for units.) 11 since blind layout
	// 461 (session 17, run-on （一） tasks closed by unit brackets): cut
	// inside its plan it is flagged truncated and thin_item, though what is
	// left reads right.
	"truncated in plan": {0.64, 11},
	// 0.76 since blind layouts 391 and 399 (session 15) read right: their
	// pdftotext -layout tables' goal rows, stripped of 一、, glue into the
	// first task's title silently (153/44 of the 228 before unchanged).
	// 0.75 since blind layouts 419, 420 and 422 (session 16) read right: each
	// adds a stripped variant parsed wrong without a flag (157/51 of 247 with 429–434);
	// so do 424 and 425, two 通报 of kind other whose only headings, stripped
	// of ordinals, leave a notice with no plan, which nothing says is wrong.
	// 0.74 since blind layout 436 (session 16) read right: its prose plan of
	// 一、/（一）/1. lines with unit brackets, stripped, is read wrong and
	// docked by single_style only (0.85, no review; 161/54 of 257).
	// 0.94 since session 17: goal headings left without ordinals — lines
	// standing as headings, read as no goal, over tasks read under one
	// implicit goal (in prose, a table's goal rows, a spaced table's left
	// edge, cells a line) say headings_unread, a text read with no plan
	// whose paragraphs close on unit clauses says weak_kind, and notices
	// of kind other (whose headings, stripped, leave no plan to read) are
	// no longer stripped (mutOrdinalsStripped): 167/57 of 268 → 198/3 of 245
	// (99 %), less four.
	"ordinals stripped":  {0.94, 2},
	"ordinals restyled":  {0.77, 3},
	"unit brackets lost": {0.95, 3},
	"block moved to end": {0.82, 2},
	// 5 since blind layout 424 (session 16): a 通报 of kind other whose
	// headings name no unit, with a plan glued under it, is flagged
	// no_units on those headings, as 109, 159 and 311 are.
	"second plan glued":  {0.94, 5},
	"traditional script": {0.95, 5},
	// Lowered to 0.72 for blind layout 253 (session 7) until a page-number
	// line between the two halves of a Word row broken by a two-paragraph
	// cell no longer split the row (session 8: it parts nothing).
	"page furniture": {0.75, 5},
	// Added in session 9: 36 % (4/7) before the footer-unit check, 73 %
	// (8/3) after, less five.
	"footer glued": {0.68, 5},
	// Added in session 10, held by damagedFloors.
	"unit conjoined": {0, 5},
}

// damagedFloors are the floors, on testdata/layouts, of the share of the
// wrong and off parses together flagged, for the damage to one unit or
// one row, which leaves most parses off rather than wrong: unit conjoined
// 1/13 (8 %) before the split-name check of session 10, 11/14 (79 %)
// after, less five (10/13, 77 %, once the traditional-script layouts'
// golds were no longer folded in place by foldedGold: copyGold).
var damagedFloors = map[string]float64{
	"unit conjoined": 0.74,
}

// corpusFloors are the floors on the corpus, by mutation, when it is there:
// the floors held before the sixth session's checks, which the shares
// reached since (2026-12-06 22:10: 79, 84, 75, 50 and 90 %) still clear, and
// the false alarms then (1, 0, 0, 1, 0, 2, 2 now); lines joined 82 % on
// 2026-12-07 02:30 (session 9's unit clause checks), less four. A corpus mutation gives 8
// to 28 wrong parses (those giving fewer than five are left out).
var corpusFloors = map[string]flagFloor{
	"none":               {0.95, 2},
	"lines joined":       {0.78, 1},
	"ordinals stripped":  {0.84, 1}, // 21/3 (88 %) in session 17, less four
	"ordinals restyled":  {0.70, 2},
	"block moved to end": {0.45, 1},
	"second plan glued":  {0.80, 3},
	"traditional script": {0.95, 3},
}

// minWrongForFloor is how many wrong parses a mutation must give on a set
// before its share is held to a floor: the share of a handful moves by
// whole tenths with one parse.
const minWrongForFloor = 5

// TestMutationFlags damages every notice of testdata/layouts (and of the
// corpus, when it is found) whose undamaged parse equals its gold, in the
// ways real archives damage notices (mutations_test.go), parses each
// damaged text and compares it with the gold that still holds; it counts,
// per mutation, the wrong parses Quality marks for review and those it
// does not, and the right parses it marks (false alarms). Run with -v for
// the table; GONGWEN_MUTATION_SILENT=1 lists the silent wrong parses and
// the false alarms, GONGWEN_MUTATION_SHOW=MUTATION:NAME shows the damaged
// text and the misses of the variants whose mutation:name contains it, and
// GONGWEN_MUTATION_DUMP=DIR writes every damaged text to DIR/MUTATION/NAME.
func TestMutationFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every layout a dozen times")
	}
	type flagSet struct {
		name, dir string
		floors    map[string]flagFloor
		damaged   map[string]float64
	}
	sets := []flagSet{{"testdata/layouts", "../testdata/layouts", layoutFloors, damagedFloors}}
	if dir := eval.FindCorpus(); dir != "" {
		sets = append(sets, flagSet{"corpus", dir, corpusFloors, nil})
	}
	for _, set := range sets {
		bases := mutBases(t, set.dir)
		tallies := runMutations(t, bases)
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %d notices whose parse equals the gold\n", set.name, len(bases))
		fmt.Fprintf(&b, "%-20s %4s  %-22s %-16s %s\n", "mutation", "n", "wrong flagged/silent", "off flagged/silent", "right flagged (false alarm)/all")
		for _, m := range mutations {
			tl := tallies[m.name]
			fmt.Fprintf(&b, "%-20s %4d  %3d / %-3d (%3.0f%%)      %3d / %-3d        %d/%d\n", m.name, tl.n,
				tl.wrongFlagged, tl.wrongSilent, 100*tl.share(), tl.offFlagged, tl.offSilent, tl.rightFlagged, tl.rightFlagged+tl.right)
		}
		if os.Getenv("GONGWEN_MUTATION_SILENT") != "" {
			for _, m := range mutations {
				for _, s := range tallies[m.name].silent {
					fmt.Fprintf(&b, "  silent  %-20s %s\n", m.name, s)
				}
				for _, s := range tallies[m.name].alarms {
					fmt.Fprintf(&b, "  alarm   %-20s %s\n", m.name, s)
				}
			}
		}
		t.Logf("%s", b.String())
		for _, m := range mutations {
			f, ok := set.floors[m.name]
			if !ok {
				continue
			}
			tl := tallies[m.name]
			if tl.wrongFlagged+tl.wrongSilent >= minWrongForFloor {
				require.GreaterOrEqual(t, tl.share(), f.share, "%s, %s: share of wrong parses flagged", set.name, m.name)
			}
			if floor := set.damaged[m.name]; floor > 0 {
				require.GreaterOrEqual(t, tl.wrongFlagged+tl.wrongSilent+tl.offFlagged+tl.offSilent, minWrongForFloor, "%s, %s: wrong and off parses", set.name, m.name)
				require.GreaterOrEqual(t, tl.damagedShare(), floor, "%s, %s: share of wrong and off parses flagged", set.name, m.name)
			}
			require.LessOrEqual(t, tl.rightFlagged, f.falseAlarms, "%s, %s: right parses flagged", set.name, m.name)
		}
	}
}

// mutBases reads the notices of dir with a plan whose parse, from their
// decoded text, equals their gold.
func mutBases(t *testing.T, dir string) []*mutBase {
	cases, err := eval.Cases(dir)
	require.NoError(t, err)
	var out []*mutBase
	for _, c := range cases {
		gold, err := eval.LoadGold(c.Gold)
		require.NoError(t, err)
		if len(gold.Goals) == 0 {
			continue
		}
		raw, err := os.ReadFile(c.Text)
		require.NoError(t, err)
		first, err := Bytes(raw, WithSourceText())
		require.NoError(t, err, c.Name)
		doc, err := Text(first.Source.Text, WithSourceText())
		require.NoError(t, err, c.Name)
		if doc.Source.Text != first.Source.Text || !eval.Compare(gold, eval.FromDocument(doc)).Perfect() {
			continue
		}
		start, end, ok := mutRegion(doc, doc.Source.Text)
		if !ok {
			continue
		}
		out = append(out, &mutBase{name: c.Name, text: doc.Source.Text, gold: gold, doc: doc, start: start, end: end})
	}
	return out
}

// runMutations applies every mutation to every base and tallies the
// outcomes. A base's second plan is the next work plan's.
func runMutations(t *testing.T, bases []*mutBase) map[string]*flagTally {
	tallies := map[string]*flagTally{}
	for _, m := range mutations {
		tallies[m.name] = &flagTally{name: m.name}
	}
	for i, b := range bases {
		var other *mutBase
		for k := 1; k < len(bases); k++ {
			if o := bases[(i+k)%len(bases)]; o.gold.Kind == string(model.KindWorkPlan) {
				other = o
				break
			}
		}
		h := fnv.New64a()
		h.Write([]byte(b.name))
		for mi, m := range mutations {
			rng := rand.New(rand.NewPCG(h.Sum64(), uint64(mi)))
			v, ok := m.apply(b, rng, other)
			if !ok {
				continue
			}
			tallies[m.name].add(t, b.name, v)
		}
	}
	return tallies
}

// add parses the variant and counts its outcome.
func (tl *flagTally) add(t *testing.T, name string, v variant) {
	doc, err := Text(v.text)
	require.NoError(t, err, name)
	got, want := eval.FromDocument(doc), v.want
	// Script is no structure: both sides are compared folded to simplified.
	want = foldedGold(want)
	foldGold(got)
	if v.noOrdinals {
		got, want = withoutOrdinals(got), withoutOrdinals(want)
	}
	sc := eval.Compare(want, got)
	f1 := sc.Structure().F1()
	if f1 == 1 && !sameOrder(want, got) {
		f1 = wrongF1 // every element matched, in another order: off
	}
	f1 = absentHeld(f1, doc, v.absent)
	flagged := doc.Quality.Review
	if dir := os.Getenv("GONGWEN_MUTATION_DUMP"); dir != "" {
		dumpVariant(t, dir, tl.name, name, v.text)
	}
	if show := os.Getenv("GONGWEN_MUTATION_SHOW"); show != "" && strings.Contains(tl.name+":"+name, show) {
		var misses []string
		for _, m := range sc.Misses {
			misses = append(misses, m.String())
		}
		t.Logf("%s %s F1 %.2f score %.2f %s\n%s\n--- misses:\n%s", tl.name, name, f1, doc.Quality.Score, reasonCodes(doc), v.text, strings.Join(misses, "\n"))
	}
	tl.n++
	switch {
	case f1 < wrongF1 && flagged:
		tl.wrongFlagged++
	case f1 < wrongF1:
		tl.wrongSilent++
		tl.silent = append(tl.silent, fmt.Sprintf("%-50s F1 %.2f score %.2f %s", name, f1, doc.Quality.Score, reasonCodes(doc)))
	case f1 < 1 && flagged:
		tl.offFlagged++
	case f1 < 1:
		tl.offSilent++
	case flagged:
		tl.rightFlagged++
		tl.alarms = append(tl.alarms, fmt.Sprintf("%-50s score %.2f %s", name, doc.Quality.Score, reasonCodes(doc)))
	default:
		tl.right++
	}
}

// dumpVariant writes a damaged text to dir/MUTATION/NAME, to be read or
// parsed again on its own (GONGWEN_MUTATION_DUMP=dir).
func dumpVariant(t *testing.T, dir, mutation, name, text string) {
	sub := filepath.Join(dir, strings.ReplaceAll(mutation, " ", "_"))
	require.NoError(t, os.MkdirAll(sub, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(sub, name), []byte(text), 0o644))
}

// sameOrder tells whether got, which matches want element for element
// (Compare pairs them in any order), holds its goals, tasks and items in
// want's order: a tree whose task 二 comes before 一 is not the gold's.
func sameOrder(want, got *eval.Gold) bool {
	if len(want.Goals) != len(got.Goals) {
		return false
	}
	for gi, g := range want.Goals {
		h := got.Goals[gi]
		if !sameOrdinal(g.No, h.No) || squeezeSpace(g.Title) != squeezeSpace(h.Title) || len(g.Tasks) != len(h.Tasks) {
			return false
		}
		for ti, t := range g.Tasks {
			u := h.Tasks[ti]
			if !sameOrdinal(t.No, u.No) || squeezeSpace(t.Title) != squeezeSpace(u.Title) || len(t.Items) != len(u.Items) {
				return false
			}
			for ii, it := range t.Items {
				if !strings.HasPrefix(squeezeSpace(u.Items[ii].Head), squeezeSpace(it.Head)) {
					return false
				}
			}
		}
	}
	return true
}

// sameOrdinal compares ordinals with full-width digits read as ASCII.
func sameOrdinal(a, b string) bool {
	ascii := func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}
	return strings.Map(ascii, a) == strings.Map(ascii, b)
}

func squeezeSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' || r == '\n' || r == '\r'
	}), "")
}

// reasonCodes lists the distinct reason codes of a Document's quality.
func reasonCodes(doc *model.Document) string {
	var codes []string
	for _, r := range doc.Quality.Reasons {
		if !slices.Contains(codes, r.Code) {
			codes = append(codes, r.Code)
		}
	}
	return strings.Join(codes, " ")
}
