package auditview

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// seedPath is seed 000, a table plan, as the project's testdata holds it.
const seedPath = "../../../testdata/seeds/000_baa0cee3830c2c78.txt"

func TestCutKeepsEverySpanWhole(t *testing.T) {
	text := "一、总体要求\r\n（一）推进公开。市发改委牵头，各区配合。\n末行"
	spans := []model.Span{
		{Start: strings.Index(text, "市发改委"), End: strings.Index(text, "市发改委") + len("市发改委")},
		{Start: strings.Index(text, "各区"), End: strings.Index(text, "各区") + len("各区")},
		{Start: 1, End: 4}, // inside a rune: moved to rune starts
		{Start: -3, End: 1 << 20},
	}
	lines := cut(text, spans, nil)
	require.Len(t, lines, 3)
	var all strings.Builder
	for i, l := range lines {
		assert.Equal(t, i+1, l.No)
		for _, c := range l.Chunks {
			assert.Equal(t, strings.TrimSuffix(text[c.Start:c.End], "\r"), c.Text)
			all.WriteString(c.Text)
		}
	}
	assert.Equal(t, strings.NewReplacer("\r", "", "\n", "").Replace(text), all.String(), "chunks cover the text")
	for _, s := range spans[:2] {
		var got strings.Builder
		for _, l := range lines {
			for _, c := range l.Chunks {
				if c.Start >= s.Start && c.End <= s.End {
					got.WriteString(c.Text)
				}
			}
		}
		assert.Equal(t, text[s.Start:s.End], got.String())
	}
}

func TestPageEscapesTheDocument(t *testing.T) {
	src := "关于<script>alert(1)</script>的通知\n一、工作任务\n（一）推进<b>公开</b>。（责任单位：市\"发改委\"<img src=x onerror=alert(2)>）\n"
	doc, err := parse.Text(src, parse.WithSourceText())
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, Page(&b, doc, doc.Source.Text, "evil<script>.txt"))
	out := b.String()
	assert.NotContains(t, out, "<script>alert")
	assert.NotContains(t, out, "<img")
	assert.NotContains(t, out, "<b>公开")
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.Equal(t, 1, strings.Count(out, "<script>"), "only the page's own script")
}

func TestPageShowsTheTreeWithSpans(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	doc, err := parse.Bytes(data, parse.WithSourceText())
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, Page(&b, doc, doc.Source.Text, "000.txt"))
	out := b.String()
	c := CountsOf(doc)
	require.Positive(t, c.Units)
	assert.Equal(t, c.Units, strings.Count(out, `class="el unit role-`), "one clickable unit per unit")
	assert.Equal(t, len(strings.Split(strings.TrimSuffix(doc.Source.Text, "\n"), "\n")), strings.Count(out, `<div class="l" id="L`), "one row per source line")
	u := doc.Plan.Goals[0].Tasks[0].Items[0].Units[0]
	assert.Contains(t, out, `data-s="`+strconv.Itoa(u.Span.Start)+`" data-e="`+strconv.Itoa(u.Span.End)+`"`)
	chips := 0
	for _, g := range doc.Plan.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				chips += len(it.Deadlines) + len(it.Targets)
				if it.Frequency != nil {
					chips++
				}
			}
		}
	}
	assert.Positive(t, chips, "seed 000 states deadlines")
	assert.Equal(t, chips, strings.Count(out, `class="el chip"`), "one chip per deadline, frequency and target")
	require.NotEmpty(t, doc.Citations)
	assert.Contains(t, out, "《"+doc.Citations[0].Title+"》")
	assert.NotRegexp(t, `(src|href)="(https?:)?//|@import|url\(`, out, "no external asset")
}

func TestIndex(t *testing.T) {
	doc, err := parse.Text("一、工作任务\n（一）推进公开。（责任单位：市发改委）\n")
	require.NoError(t, err)
	e := EntryOf(doc, "2020/a<1>.txt", "a.html")
	e.Review = true
	var b bytes.Buffer
	require.NoError(t, Index(&b, "审核索引", []Entry{e, EntryOf(doc, "b.txt", "b.html")}))
	out := b.String()
	assert.Contains(t, out, "需核对 1 件")
	assert.Contains(t, out, "2020/a&lt;1&gt;.txt")
	assert.Equal(t, 1, strings.Count(out, `<tr class="review">`))
	assert.Equal(t, 2, strings.Count(out, "<tr>"), "the header row and the row not under review")
}

func TestPageShowsReviewReasonsAndFlags(t *testing.T) {
	// An item without units in a plan whose other items have them: the
	// quality check flags it and the page shows the flag and the reason.
	src := "一、工作任务\n（一）推进公开。（责任单位：市发改委）\n（二）加强解读。（责任单位：市财政局）\n（三）优化服务。\n（四）强化监督。（责任单位：市审计局）\n"
	doc, err := parse.Text(src, parse.WithSourceText())
	require.NoError(t, err)
	require.NotNil(t, doc.Quality)
	require.NotEmpty(t, doc.Quality.Reasons)
	var b bytes.Buffer
	require.NoError(t, Page(&b, doc, doc.Source.Text, "a.txt"))
	out := b.String()
	assert.Contains(t, out, "核对原因")
	for _, r := range doc.Quality.Reasons {
		assert.Contains(t, out, "<code>"+r.Code+"</code>")
	}
	assert.Contains(t, out, `class="flagged"`)
	e := EntryOf(doc, "a.txt", "a.html")
	assert.Equal(t, doc.Quality.Review, e.Review)
}
