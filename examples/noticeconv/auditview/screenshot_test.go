package auditview

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
)

var shots = flag.String("shots", "", "write the README screenshots (a work plan, an annual report) to `DIR`")

// TestScreenshots renders seed 000 (a work plan, with a unit clicked) and
// seed 002 (an annual report) in headless Chromium and saves PNGs to
// -shots DIR. It runs only when asked:
//
//	go test ./auditview -run Screenshots -shots ..
func TestScreenshots(t *testing.T) {
	if *shots == "" {
		t.Skip("pass -shots DIR to write the screenshots")
	}
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium on PATH")
	}
	for _, c := range []struct {
		seed, png, click string
	}{
		{seedPath, "auditview-workplan.png", "#out .task .unit"},
		{"../../../testdata/seeds/002_e8df0bb51c40281b.txt", "auditview-report.png", "#out .stats .el"},
	} {
		data, err := os.ReadFile(c.seed)
		require.NoError(t, err)
		doc, err := parse.Bytes(data, parse.WithSourceText())
		require.NoError(t, err)
		var page bytes.Buffer
		require.NoError(t, Page(&page, doc, doc.Source.Text, filepath.Base(c.seed)))
		file := filepath.Join(t.TempDir(), "page.html")
		require.NoError(t, os.WriteFile(file, page.Bytes(), 0o644))

		ctx, cancel := browser(t, bin)
		require.NoError(t, chromedp.Do(ctx,
			chromedp.EmulateViewport(1400, 860),
			chromedp.Navigate("file://"+file),
			chromedp.WaitVisible(chromedp.CSS("#out")),
			chromedp.Click(chromedp.CSS(c.click)),
		))
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(*shots, c.png), png, 0o644))
		cancel()
	}
}

// browser starts headless Chromium with the flags this machine needs (no
// sandbox as root, no background networking on a closed network).
func browser(t *testing.T, bin string) (context.Context, context.CancelFunc) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	return ctx, func() { cancelT(); cancelC(); cancelA() }
}
