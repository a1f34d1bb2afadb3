package parse_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

const pdfDir = "../testdata/pdf"

// planShape is a plan reduced to what must survive the PDF route: goal
// and task ordinals and titles, the text of each task's items and the set
// of its units with roles. Items are compared per task, joined, because
// the fixture's table holds in one cell what the seed spreads over rows
// (seed rows with empty 任务 and 责任单位 cells continue the row above);
// text is compared without white space and without the seeds' <p> markup.
type planShape struct {
	Goals []goalShape
}

type goalShape struct {
	No, Title string
	Tasks     []taskShape
}

type taskShape struct {
	No, Title string
	Text      string   // the items' text, joined
	Units     []string // name/role, sorted, unique
}

var markup = regexp.MustCompile(`</?p>|\s+`)

func squeeze(s string) string { return markup.ReplaceAllString(s, "") }

func shapeOf(p *model.Plan) planShape {
	var s planShape
	if p == nil {
		return s
	}
	for _, g := range p.Goals {
		gs := goalShape{No: g.No, Title: squeeze(g.Title)}
		for _, t := range g.Tasks {
			ts := taskShape{No: t.No, Title: squeeze(t.Title)}
			seen := map[string]bool{}
			for _, it := range t.Items {
				ts.Text += squeeze(it.Text)
				for _, u := range it.Units {
					k := u.Name + "/" + string(u.Role)
					if !seen[k] {
						seen[k] = true
						ts.Units = append(ts.Units, k)
					}
				}
			}
			sort.Strings(ts.Units)
			gs.Tasks = append(gs.Tasks, ts)
		}
		s.Goals = append(s.Goals, gs)
	}
	return s
}

func seedText(t *testing.T, prefix string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join("../testdata/seeds", prefix+"_*.txt"))
	require.NoError(t, err)
	require.Len(t, m, 1)
	b, err := os.ReadFile(m[0])
	require.NoError(t, err)
	return string(b)
}

// TestPDFTableMatchesSeed000 parses the LibreOffice table PDF and seed
// 000's text: the plans must have the same goals, tasks, items and units.
// (It waits on the core parser: until it lands both plans are empty.)
func TestPDFTableMatchesSeed000(t *testing.T) {
	fromPDF, err := parse.File(filepath.Join(pdfDir, "table4col_libreoffice_umingcn.pdf"))
	require.NoError(t, err)
	fromText, err := parse.Text(seedText(t, "000"))
	require.NoError(t, err)
	want, got := shapeOf(fromText.Plan), shapeOf(fromPDF.Plan)
	require.NotEmpty(t, got.Goals, "no goals from the PDF")
	assert.Len(t, got.Goals, 6)
	assert.Equal(t, want, got)

	// With merged cells filled down, repeated goal and task cells continue
	// the open goal and task: the same plan.
	filled, err := parse.File(filepath.Join(pdfDir, "table4col_libreoffice_umingcn.pdf"), parse.WithPDFFillMerged())
	require.NoError(t, err)
	assert.Equal(t, want, shapeOf(filled.Plan))
}

// TestPDFTradMatchesSeed003 does the same for the Chromium Type 3 PDF of
// the traditional-Chinese seed 003.
func TestPDFTradMatchesSeed003(t *testing.T) {
	fromPDF, err := parse.File(filepath.Join(pdfDir, "trad_chromium_type3.pdf"))
	require.NoError(t, err)
	fromText, err := parse.Text(seedText(t, "003"))
	require.NoError(t, err)
	want, got := shapeOf(fromText.Plan), shapeOf(fromPDF.Plan)
	require.NotEmpty(t, got.Goals, "no goals from the PDF")
	assert.Equal(t, want, got)
	assert.Equal(t, model.ScriptTraditional, fromPDF.Source.Script)
}

// TestPDFSource checks the Source and warnings the PDF route records.
func TestPDFSource(t *testing.T) {
	doc, err := parse.File(filepath.Join(pdfDir, "mixed_text_and_scanned_page.pdf"))
	require.NoError(t, err)
	assert.Equal(t, model.FormatPDF, doc.Source.Format)
	assert.Equal(t, model.Encoding("utf-8"), doc.Source.Encoding)
	assert.Equal(t, "mixed_text_and_scanned_page.pdf", doc.Source.Name)
	var scanned []model.Warning
	for _, w := range doc.Warnings {
		if w.Code == model.WarnScannedPage {
			scanned = append(scanned, w)
		}
	}
	require.Len(t, scanned, 1)
	assert.Contains(t, scanned[0].Message, "page 3")

	doc, err = parse.File(filepath.Join(pdfDir, "crafted/cjk_predefined_cmaps.pdf"))
	require.NoError(t, err)
	assert.Equal(t, model.Encoding("gbk"), doc.Source.Encoding)
	require.NotNil(t, doc.Meta.Title)
	assert.Equal(t, "关于印发2017年政务公开工作要点的通知", doc.Meta.Title.Value)
}

// TestPDFErrors: hostile and unreadable files give an *Error naming the
// file (and the page when one page is to blame) that wraps a sentinel.
func TestPDFErrors(t *testing.T) {
	tests := []struct {
		file string
		err  error
		page int
	}{
		{"crafted/encrypted_user_password.pdf", parse.ErrEncrypted, 0},
		{"crafted/scanned_only.pdf", parse.ErrNoTextLayer, 0},
		{"crafted/hostile_prev_self_loop.pdf", parse.ErrMalformed, 0},
		{"crafted/hostile_prev_two_loop.pdf", parse.ErrMalformed, 0},
		{"crafted/hostile_xref_subsection_huge.pdf", parse.ErrTooLarge, 0},
		{"crafted/hostile_xref_stream_size_huge.pdf", parse.ErrTooLarge, 0},
		{"crafted/hostile_pagetree_cycle.pdf", parse.ErrMalformed, 0},
		{"crafted/hostile_pagetree_fanout.pdf", parse.ErrMalformed, 0},
		{"crafted/hostile_deep_nesting_object.pdf", parse.ErrMalformed, 0},
		{"crafted/hostile_objstm_n_huge.pdf", parse.ErrMalformed, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(pdfDir, tt.file)
			_, err := parse.File(path)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.err), "got %v", err)
			var pe *parse.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, path, pe.File)
			assert.Equal(t, tt.page, pe.Page)
			assert.True(t, strings.HasPrefix(err.Error(), path+": "), err.Error())
		})
	}
}

// TestPDFAllPagesLost: a one-page file whose page cannot be read names
// the page in the error.
func TestPDFAllPagesLost(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(pdfDir, "crafted/hostile_unsupported_filter.pdf"))
	require.NoError(t, err)
	// Keep page 1 (the unreadable one) only: a page limit of one.
	_, err = parse.Bytes(b, parse.WithName("one.pdf"), parse.WithPDFMaxPages(1))
	require.Error(t, err)
	var pe *parse.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 1, pe.Page)
	assert.Equal(t, "one.pdf", pe.File)
	assert.ErrorIs(t, err, parse.ErrMalformed)
	assert.Contains(t, err.Error(), "one.pdf: page 1: ")
}

// TestPDFLostPagesKept: the pages that parse are kept, with a warning for
// each lost page.
func TestPDFLostPagesKept(t *testing.T) {
	doc, err := parse.File(filepath.Join(pdfDir, "crafted/hostile_flate_bomb.pdf"), parse.WithPDFMaxContentBytes(1<<20))
	require.NoError(t, err)
	require.NotEmpty(t, doc.Warnings)
	assert.Equal(t, model.WarnLostPage, doc.Warnings[0].Code)
	assert.Contains(t, doc.Warnings[0].Message, "page 1")

	doc, err = parse.File(filepath.Join(pdfDir, "prose_cairo_type0_identityH.pdf"), parse.WithPDFMaxPages(2))
	require.NoError(t, err)
	assert.Equal(t, model.WarnLostPage, doc.Warnings[0].Code)
}

// TestPDFQuirks: valid files the PDF library refuses on its own (junk
// before the header, a %PDF-2.0 header, bytes after %%EOF) and an RC4
// file with an empty user password are read through parse.File.
func TestPDFQuirks(t *testing.T) {
	for _, f := range []string{"quirk_junk_before_header.pdf", "quirk_pdf20_header.pdf", "quirk_trailing_bytes.pdf", "encrypted_empty_user_password.pdf"} {
		t.Run(f, func(t *testing.T) {
			doc, err := parse.File(filepath.Join(pdfDir, "crafted", f))
			require.NoError(t, err)
			assert.Equal(t, model.FormatPDF, doc.Source.Format)
			require.NotNil(t, doc.Meta.Title)
			assert.Equal(t, "关于印发2017年政务公开工作要点的通知", doc.Meta.Title.Value)
		})
	}
}
