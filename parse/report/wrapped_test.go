package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/table"
)

// wrappedReport is a prose report written for the test: every count in
// running text, its labels long enough for a line to end inside them.
var wrappedReport = []string{
	"某县人民政府2023年政府信息公开工作年度报告",
	"一、总体情况",
	"2023年，县政府门户网站主动公开政府信息8642条，其中县政府及县政府办公室文件57件，政策解读材料96篇。全年举办新闻发布会12场。",
	"全年新收政府信息公开申请214件，上年结转7件，均在法定期限内答复。开展行政规范性文件清理，废止行政规范性文件11件，修改行政规范性文件5件。",
	"二、收到和处理政府信息公开申请情况",
	"本年办理结果中予以公开96件，部分公开38件，不予公开14件，结转下年度继续办理9件。被申请行政复议6件，被提起行政诉讼3件。",
}

// wrapAt renders paragraphs as a fixed-pitch PDF-to-text tool lays them
// out: each paragraph indented by two spaces, spaces around its digit
// runs, and broken wherever the next character would pass width display
// columns — inside words, inside labels.
func wrapAt(paras []string, width int) string {
	var b strings.Builder
	for _, p := range paras {
		p = spaceDigits(p)
		line := "  "
		for _, r := range p {
			if table.Width(line+string(r)) > width {
				b.WriteString(strings.TrimRight(line, " ") + "\n")
				line = ""
			}
			line += string(r)
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// spaceDigits sets a space between a digit run and the Han characters
// around it (2023 年, 8642 条), as pdftotext -layout does.
func spaceDigits(s string) string {
	var b strings.Builder
	prevDigit, prevHan := false, false
	for _, r := range s {
		digit := r >= '0' && r <= '9'
		han := isHan(r)
		if digit && prevHan || han && prevDigit {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevDigit, prevHan = digit, han
	}
	return b.String()
}

// statsOf returns the label, value and unit of every stat Build reads.
func statsOf(t *testing.T, text string) []string {
	t.Helper()
	rep, _ := Build(source.New(text), "")
	var out []string
	for _, s := range rep.Stats {
		out = append(out, fmt.Sprintf("%s=%v%s", s.Label, s.Value, s.Unit))
	}
	return out
}

// TestWrappedProseLabels: a prose report a PDF-to-text tool wrapped at a
// fixed width — lines broken inside labels (其|中县政府…, 不予|公开, 继续|办理)
// — gives the stats the report gives one paragraph a line, at every width.
func TestWrappedProseLabels(t *testing.T) {
	want := statsOf(t, strings.Join(wrappedReport, "\n"))
	require.Len(t, want, 14)
	for width := minWrapWidth; width <= 80; width++ { // a line of 20 to 40 Han characters
		assert.Equal(t, want, statsOf(t, wrapAt(wrappedReport, width)), "wrapped at %d columns", width)
	}
}

// TestShortLinesNotJoined: lines that end without punctuation but fill no
// common width (a list of counts, one a line) are each their own.
func TestShortLinesNotJoined(t *testing.T) {
	text := "某镇2023年政府信息公开工作年度报告\n一、主动公开情况\n主动公开政府信息120条\n政策解读材料8篇\n新闻发布会2场\n"
	assert.Equal(t, []string{"主动公开政府信息=120条", "政策解读材料=8篇", "新闻发布会=2场"}, statsOf(t, text))
}
