package pdftext

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixtureDir = "../../testdata/pdf"

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	require.NoError(t, err)
	return b
}

// extractWithin runs Extract in a goroutine so that a hang fails the test
// instead of blocking it; the timeout is generous and nothing else about
// timing is asserted.
func extractWithin(t *testing.T, data []byte, lim Limits) (*Result, error) {
	t.Helper()
	type out struct {
		res *Result
		err error
	}
	ch := make(chan out, 1)
	go func() {
		r, err := Extract(data, lim)
		ch <- out{r, err}
	}()
	select {
	case o := <-ch:
		return o.res, o.err
	case <-time.After(60 * time.Second):
		t.Fatal("Extract did not return within 60 s (hang)")
		return nil, nil
	}
}

// similarity is 1 - Levenshtein distance / longer length, on the runes
// of both texts with all white space removed.
func similarity(a, b string) float64 {
	strip := func(s string) []rune {
		var r []rune
		for _, c := range s {
			if !unicode.IsSpace(c) {
				r = append(r, c)
			}
		}
		return r
	}
	x, y := strip(a), strip(b)
	if len(x) == 0 && len(y) == 0 {
		return 1
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(y)])/float64(max(len(x), len(y)))
}

func TestSimilarity(t *testing.T) {
	assert.Equal(t, 1.0, similarity("甲 乙", "甲乙"))
	assert.InDelta(t, 0.5, similarity("甲乙", "甲丙"), 1e-9)
	assert.Equal(t, 0.0, similarity("甲", ""))
}

// TestProseFixtures compares the prose fixtures with their ground truth:
// the normalised similarity must reach 0.99 and the paragraphs must come
// out one per line.
func TestProseFixtures(t *testing.T) {
	for _, name := range []string{"prose_cairo_type0_identityH", "trad_chromium_type3"} {
		t.Run(name, func(t *testing.T) {
			res, err := extractWithin(t, readFixture(t, name+".pdf"), Limits{})
			require.NoError(t, err)
			want := strings.TrimSpace(string(readFixture(t, name+".expected.txt")))
			assert.GreaterOrEqual(t, similarity(want, res.Text), 0.99)
			assert.Equal(t, strings.Count(want, "\n"), strings.Count(res.Text, "\n"), "one paragraph per line")
			assert.Empty(t, res.Warnings)
			assert.NotContains(t, res.Text, "— ", "page numbers removed")
		})
	}
}

// cjkBetweenSpace matches a space between two CJK runes.
func dropCJKSpaces(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		if c == ' ' && i > 0 && i+1 < len(r) && isCJK(r[i-1]) && isCJK(r[i+1]) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// TestTableFixture checks every cell of the 28 rows (and the header) of
// the LibreOffice table against the ground truth. The one normalisation:
// a space between two CJK characters is ignored, because the ground truth
// keeps one where the seed had "</p> <p>" and the PDF has no glyph for it.
func TestTableFixture(t *testing.T) {
	res, err := extractWithin(t, readFixture(t, "table4col_libreoffice_umingcn.pdf"), Limits{})
	require.NoError(t, err)
	var got [][]string
	for _, l := range strings.Split(res.Text, "\n") {
		if strings.Contains(l, "\t") {
			got = append(got, strings.Split(l, "\t"))
		}
	}
	want := strings.Split(strings.TrimRight(string(readFixture(t, "table4col_libreoffice_umingcn.expected.tsv")), "\n"), "\n")
	require.Len(t, got, len(want))
	require.Equal(t, 29, len(want))
	for i, w := range want {
		cells := strings.Split(w, "\t")
		require.Len(t, got[i], len(cells), "row %d", i)
		for j := range cells {
			assert.Equal(t, dropCJKSpaces(cells[j]), dropCJKSpaces(got[i][j]), "row %d cell %d", i, j)
		}
	}
	// Apart from the table: the title once, no running header, no page numbers.
	lines := strings.Split(res.Text, "\n")
	assert.Equal(t, "苏州市 2017 年政务公开工作要点实施方案", lines[0])
	assert.Len(t, lines, 30)
}

// TestMixedScannedPage: pages 1, 2 and 4 have text, page 3 is an image.
func TestMixedScannedPage(t *testing.T) {
	res, err := extractWithin(t, readFixture(t, "mixed_text_and_scanned_page.pdf"), Limits{})
	require.NoError(t, err)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, WarnScanned, res.Warnings[0].Kind)
	assert.Equal(t, 3, res.Warnings[0].Page)
	assert.Contains(t, res.Warnings[0].Message, "page 3")
	assert.Equal(t, 3, res.TextPage)
	assert.Contains(t, res.Text, "园区管委会办公室关于印发")
	assert.Contains(t, res.Text, "（四）强化回应社会关切及时高效")
}

// TestPredefinedCMaps reads the hand-written PDF whose non-embedded fonts
// use GBK-EUC-H, UniGB-UCS2-H and UniGB-UTF16-H without ToUnicode.
func TestPredefinedCMaps(t *testing.T) {
	res, err := extractWithin(t, readFixture(t, "crafted/cjk_predefined_cmaps.pdf"), Limits{})
	require.NoError(t, err)
	assert.Equal(t, gbkLine+"\n"+ucs2Line+"\n"+utf16Line, res.Text)
	assert.Equal(t, "GBK-EUC-H", res.Encoding)
}

// TestCraftedFiles is the regression suite for hostile and quirky files:
// each returns the expected text or a typed error, within bounded time.
func TestCraftedFiles(t *testing.T) {
	const cjkText = gbkLine + "\n" + ucs2Line + "\n" + utf16Line
	tests := []struct {
		file     string
		err      error    // sentinel wanted, or nil
		page     int      // page of a *PageError, if any
		text     string   // text wanted when err is nil
		warnings []string // substrings of the warnings, in order
	}{
		{file: "quirk_pdf20_header.pdf", text: cjkText},
		{file: "quirk_junk_before_header.pdf", text: cjkText},
		{file: "quirk_trailing_bytes.pdf", text: cjkText},
		{file: "encrypted_empty_user_password.pdf", text: cjkText},
		{file: "encrypted_user_password.pdf", err: ErrEncrypted},
		{file: "hostile_prev_self_loop.pdf", err: ErrMalformed},
		{file: "hostile_prev_two_loop.pdf", err: ErrMalformed},
		{file: "hostile_xref_subsection_huge.pdf", err: ErrTooLarge},
		{file: "hostile_xref_stream_size_huge.pdf", err: ErrTooLarge},
		{file: "hostile_pagetree_cycle.pdf", err: ErrMalformed},
		{file: "hostile_pagetree_cycle_with_page.pdf", text: "页面树循环中的一页正文", warnings: []string{"page tree cycle"}},
		{file: "hostile_pagetree_fanout.pdf", err: ErrMalformed},
		{file: "hostile_count_huge.pdf", text: "页数声明为二十亿的文件"},
		{file: "hostile_flate_bomb.pdf", text: "第二页正文完好", warnings: []string{"page 1 could not be read: PDF limit exceeded"}},
		{file: "hostile_many_q.pdf", text: "五百万个保存状态之后的正文"},
		{file: "hostile_deep_nesting_content.pdf", text: "第二页正文完好", warnings: []string{"page 1 could not be read: malformed PDF: content nested"}},
		{file: "hostile_deep_nesting_object.pdf", err: ErrMalformed},
		{file: "hostile_objstm_n_huge.pdf", err: ErrMalformed},
		{file: "hostile_unsupported_filter.pdf", text: "第二页正文完好", warnings: []string{"page 1 could not be read: malformed PDF: unsupported stream filter /LZWDecode"}},
		{file: "scanned_only.pdf", err: ErrNoTextLayer},
		{file: "garbled_page2.pdf", text: "第一页是正常的中文正文", warnings: []string{"page 2: the text layer is garbled"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := extractWithin(t, readFixture(t, "crafted/"+tt.file), Limits{})
			if tt.err != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.err), "got %v", err)
				var pe *PageError
				if tt.page > 0 {
					require.ErrorAs(t, err, &pe)
					assert.Equal(t, tt.page, pe.Page)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.text, res.Text)
			require.Len(t, res.Warnings, len(tt.warnings))
			for i, w := range tt.warnings {
				assert.Contains(t, res.Warnings[i].Message, w)
			}
		})
	}
}

// TestPageLimit keeps the first pages and warns about the rest.
func TestPageLimit(t *testing.T) {
	res, err := extractWithin(t, readFixture(t, "prose_cairo_type0_identityH.pdf"), Limits{MaxPages: 2})
	require.NoError(t, err)
	assert.Equal(t, 2, res.Pages)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, WarnLost, res.Warnings[0].Kind)
	assert.Contains(t, res.Warnings[0].Message, "pages after page 2")
}

// TestAllPagesLost returns the first page's error with its page number.
func TestAllPagesLost(t *testing.T) {
	d := withPages([]byte(textOp("只有一页")))
	d.set(3, strings.Replace(d.objs[2], "/FlateDecode", "/RunLengthDecode", 1))
	_, err := extractWithin(t, d.bytes(), Limits{})
	var pe *PageError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 1, pe.Page)
	assert.ErrorIs(t, err, ErrMalformed)
}

func TestNotAPDF(t *testing.T) {
	for _, in := range []string{"", "hello", "%PDF-1.4\n", "%PDF-1.4\n%%EOF", strings.Repeat("x", 2000) + "%PDF-1.4\n%%EOF"} {
		_, err := extractWithin(t, []byte(in), Limits{})
		assert.ErrorIs(t, err, ErrMalformed, "%q", in)
	}
}

// TestByteFlips damages the fixtures at random places (fixed seed): every
// variant must give text or a typed error, never a panic or a hang, and
// most pages must survive a single damaged byte.
func TestByteFlips(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	for _, name := range []string{"table4col_libreoffice_umingcn.pdf", "prose_cairo_type0_identityH.pdf", "mixed_text_and_scanned_page.pdf"} {
		orig := readFixture(t, name)
		ok, pages := 0, 0
		for i := 0; i < 40; i++ {
			data := append([]byte(nil), orig...)
			for k := 0; k < 1+i%3; k++ {
				data[rng.IntN(len(data))] ^= byte(1 + rng.IntN(255))
			}
			res, err := extractWithin(t, data, Limits{})
			if err != nil {
				if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrNoTextLayer) {
					t.Fatalf("%s variant %d: untyped error %v", name, i, err)
				}
				continue
			}
			ok++
			pages += res.TextPage
		}
		t.Logf("%s: %d/40 damaged variants read, %d pages kept", name, ok, pages)
		assert.Greater(t, ok, 20, name)
	}
}
