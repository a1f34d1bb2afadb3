package auditview

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
)

// needChromium returns the Chromium binary the browser tests drive. It
// skips the test when there is none, except under CI=true, where .ci/run
// has installed Debian's chromium and a missing one is a failure.
func needChromium(t *testing.T) string {
	t.Helper()
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI must run the browser test: .ci/run installs Debian's chromium")
		}
		t.Skip("no chromium on PATH (apt-get install chromium)")
	}
	return bin
}

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserClickHighlightsSpan opens the audit page of seed 000 in
// headless Chromium, clicks units and a task, and checks that the
// highlighted source text is exactly the element's span; then clicks the
// source and checks that the element owning it is selected. It skips when
// no Chromium is installed (.ci/run installs Debian's chromium).
func TestBrowserClickHighlightsSpan(t *testing.T) {
	bin := needChromium(t)
	data, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	doc, err := parse.Bytes(data, parse.WithSourceText())
	require.NoError(t, err)
	var page bytes.Buffer
	require.NoError(t, Page(&page, doc, doc.Source.Text, "000.txt"))
	file := filepath.Join(t.TempDir(), "000.html")
	require.NoError(t, os.WriteFile(file, page.Bytes(), 0o644))

	ctx, cancel := browser(t, bin)
	defer cancel()

	highlighted := `Array.from(document.querySelectorAll("#src .c.hl")).map(c => c.textContent).join("")`
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.CSS("#out"))))

	task := doc.Plan.Goals[1].Tasks[0]
	units := task.Items[0].Units
	require.NotEmpty(t, units)
	for _, u := range units {
		sel := `#out .unit[data-s="` + itoa(u.Span.Start) + `"][data-e="` + itoa(u.Span.End) + `"]`
		got := clickAndRead(t, ctx, sel, highlighted)
		assert.Equal(t, doc.Source.Text[u.Span.Start:u.Span.End], got, "unit %s", u.Name)
		assert.Contains(t, got, strings.TrimSpace(u.Name))
	}

	taskSel := `#out .task > .el[data-s="` + itoa(task.Span.Start) + `"]`
	got := clickAndRead(t, ctx, taskSel, highlighted)
	assert.Equal(t, strings.ReplaceAll(doc.Source.Text[task.Span.Start:task.Span.End], "\n", ""), strings.ReplaceAll(got, "\n", ""), "task span")

	// Clicking the source selects the innermost element there: the unit.
	u := units[0]
	selected := clickAndRead(t, ctx, `#src .c[data-s="`+itoa(u.Span.Start)+`"]`,
		`document.querySelector("#out .el.sel").getAttribute("data-s")+"-"+document.querySelector("#out .el.sel").getAttribute("data-e")`)
	assert.Equal(t, itoa(u.Span.Start)+"-"+itoa(u.Span.End), selected)
}

// clickAndRead clicks the element sel selects and returns what the
// JavaScript expression read evaluates to afterwards.
func clickAndRead(t *testing.T, ctx context.Context, sel, read string) string {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))), sel)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](read))
	require.NoError(t, err)
	return got
}

func itoa(i int) string { return formatNumber(float64(i)) }

// TestBrowserLargePlan renders a plan of 300 items with 1,200 units,
// opens it in headless Chromium and clicks the last unit: the page must
// load and answer (the log shows how long both took; no timing is
// asserted), and the lit text must be that unit's span.
func TestBrowserLargePlan(t *testing.T) {
	bin := needChromium(t)
	var src strings.Builder
	src.WriteString("某市2024年重点工作任务分解方案\n")
	n := 0
	for g := 1; g <= 10; g++ {
		fmt.Fprintf(&src, "%s、第%d方面重点工作\n", ordinalCN[g], g)
		for k := 1; k <= 5; k++ {
			fmt.Fprintf(&src, "（%s）推进第%d-%d项任务\n", ordinalCN[k], g, k)
			for i := 1; i <= 6; i++ {
				n++
				fmt.Fprintf(&src, "%d.持续深化第%d项具体措施，确保年底前完成。（牵头单位：市发展改革委；责任单位：市财政局、市人力资源社会保障局、各区政府）\n", i, n)
			}
		}
	}
	doc, err := parse.Text(src.String(), parse.WithSourceText())
	require.NoError(t, err)
	require.Equal(t, 300, CountsOf(doc).Items)
	var page bytes.Buffer
	require.NoError(t, Page(&page, doc, doc.Source.Text, "big.txt"))
	file := filepath.Join(t.TempDir(), "big.html")
	require.NoError(t, os.WriteFile(file, page.Bytes(), 0o644))

	ctx, cancel := browser(t, bin)
	defer cancel()
	start := time.Now()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.CSS("#out"))))
	loaded := time.Since(start)
	last := doc.Plan.Goals[9].Tasks[4].Items[5].Units[3]
	start = time.Now()
	got := clickAndRead(t, ctx, `#out .unit[data-s="`+itoa(last.Span.Start)+`"]`,
		`Array.from(document.querySelectorAll("#src .c.hl")).map(c => c.textContent).join("")`)
	t.Logf("300 items, %d units, %d KB: loaded in %v, click answered in %v", CountsOf(doc).Units, page.Len()>>10, loaded, time.Since(start))
	assert.Equal(t, doc.Source.Text[last.Span.Start:last.Span.End], got)
}

var ordinalCN = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
