//go:build unix

package parse_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/zwgk/gongwen/parse"
	"github.com/zwgk/gongwen/parse/eval"
	"github.com/zwgk/gongwen/parse/htmltext"
	"github.com/zwgk/gongwen/parse/textenc"
)

// The speed benchmarks of issue 14. Each reports MB per CPU-second of the
// process (user + system time, GC included), so the load of other programs
// on a shared machine does not distort the figures, and each group has a
// gse-Cut sub-benchmark on the same text so scripts/bench.sh can print the
// ratio. None of them asserts a timing.

// cpuSeconds is the CPU time this process has used so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// cpuRun runs body b.N times and reports MB/cpu-s, CPU nanoseconds per
// input byte, bytes allocated per input byte and the input's bytes.
func cpuRun(b *testing.B, size int, body func()) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	alloc0 := ms.TotalAlloc
	b.ResetTimer()
	c0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		body()
	}
	cpu := cpuSeconds() - c0
	b.StopTimer()
	runtime.ReadMemStats(&ms)
	total := float64(size) * float64(b.N)
	if cpu <= 0 {
		cpu = 1e-9 // below the clock's resolution
	}
	b.ReportMetric(total/1e6/cpu, "MB/cpu-s")
	b.ReportMetric(cpu*1e9/total, "cpu-ns/byte")
	b.ReportMetric(float64(ms.TotalAlloc-alloc0)/total, "alloc-B/byte")
	b.ReportMetric(float64(size), "input-B/op") // exact, for scripts/instr.sh
}

var (
	gseOnce sync.Once
	gseSeg  gse.Segmenter
	gseErr  error
)

// gseCut loads gse's embedded simplified dictionary once (1–2 s).
func gseCut(b *testing.B) *gse.Segmenter {
	gseOnce.Do(func() {
		gseSeg.SkipLog = true
		gseErr = gseSeg.LoadDict("zh_s")
	})
	if gseErr != nil {
		b.Fatal(gseErr)
	}
	return &gseSeg
}

// cutAll runs gse's Cut (DAG, no HMM) one line at a time, as the
// segment package's benchmarks do.
func cutAll(g *gse.Segmenter, texts []string) {
	for _, t := range texts {
		for line := range strings.Lines(t) {
			g.Cut(line)
		}
	}
}

// realNotices reads the seeds and, when the corpus is found (../shared/corpus
// beside the module, or $GONGWEN_CORPUS), the corpus notices: a mix of real notices of every size.
func realNotices(b *testing.B) []string {
	var texts []string
	patterns := []string{"../testdata/seeds/*.txt"}
	if dir := eval.FindCorpus(); dir != "" {
		patterns = append(patterns, filepath.Join(dir, "*.txt"))
	}
	for _, pat := range patterns {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	if len(texts) == 0 {
		b.Skip("no seeds")
	}
	return texts
}

// smallNotices are 2 KB notices: the head (≤ 2,000 bytes, cut at a line
// end) of every real notice, the common size of a portal page's text.
func smallNotices(b *testing.B) []string {
	var out []string
	for _, t := range realNotices(b) {
		if len(t) > 2000 {
			cut := strings.LastIndexByte(t[:2000], '\n')
			if cut < 0 {
				continue
			}
			t = t[:cut+1]
		}
		out = append(out, t)
	}
	return out
}

func totalLen(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}

// benchGroup runs gse-Cut, the structure-only parse and the parse with
// keywords on the same texts.
func benchGroup(b *testing.B, texts []string) {
	size := totalLen(texts)
	b.Run("gse-Cut", func(b *testing.B) {
		g := gseCut(b)
		cpuRun(b, size, func() { cutAll(g, texts) })
	})
	b.Run("parse", func(b *testing.B) {
		cpuRun(b, size, func() {
			for _, t := range texts {
				if _, err := parse.Text(t); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("keywords", func(b *testing.B) {
		if _, err := parse.Text(texts[0], parse.WithKeywords(10)); err != nil { // load the dictionary
			b.Fatal(err)
		}
		cpuRun(b, size, func() {
			for _, t := range texts {
				if _, err := parse.Text(t, parse.WithKeywords(10)); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkMixed parses the real notices (seeds and corpus).
func BenchmarkMixed(b *testing.B) { benchGroup(b, realNotices(b)) }

// BenchmarkSmall parses 2 KB notices.
func BenchmarkSmall(b *testing.B) { benchGroup(b, smallNotices(b)) }

// BenchmarkReports parses the annual reports of testdata/reports: the
// template's tables in every rendering, prose reports, traditional script.
func BenchmarkReports(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/reports/*.txt")
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	if len(texts) == 0 {
		b.Skip("no reports")
	}
	benchGroup(b, texts)
}

// BenchmarkLinear parses synthetic plans of 30 KB, 3 MB and 30 MB: equal
// ns/byte means the cost is linear in size.
func BenchmarkLinear(b *testing.B) {
	for _, size := range []int{30 << 10, 3 << 20, 30 << 20} {
		text := synthetic(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			cpuRun(b, len(text), func() {
				if _, err := parse.Text(text); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// pathological inputs that a careless stage would make superlinear, at
// two sizes each: ns/byte must not grow with size.
var pathological = []struct {
	name string
	make func(n int) string
}{
	{"headings", func(n int) string { // a million one-line headings
		var sb strings.Builder
		for i := 0; sb.Len() < n; i++ {
			fmt.Fprintf(&sb, "%s、标题%d\n", []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[i%10], i)
		}
		return sb.String()
	}},
	{"clauses", func(n int) string { // unit clauses without end
		var sb strings.Builder
		sb.WriteString("一、工作任务\n（一）推进公开。")
		for sb.Len() < n {
			sb.WriteString("推进政务公开（市人社局牵头，市财政局配合）；")
		}
		return sb.String()
	}},
	{"brackets", func(n int) string { // deep brackets
		d := n / 12
		return "一、工作任务\n（一）推进" + strings.Repeat("（", d) + "市财政局" + strings.Repeat("）", d) + "。\n"
	}},
	{"lines", func(n int) string { // one sentence broken over many lines
		var sb strings.Builder
		sb.WriteString("一、工作任务\n")
		for sb.Len() < n {
			sb.WriteString("推进政务公开工作，落实各项责任要求并加强监督检查\n")
		}
		return sb.String()
	}},
	{"oneline", func(n int) string { // one run-together line
		var sb strings.Builder
		for i := 1; sb.Len() < n; i++ {
			fmt.Fprintf(&sb, "（%d）推进政务公开工作，落实责任。", i)
		}
		return sb.String()
	}},
}

// BenchmarkPathological reports ns/byte of each pathological input at
// 64 KB and 256 KB (a quadratic stage shows as 4× the cost per byte).
func BenchmarkPathological(b *testing.B) {
	for _, p := range pathological {
		for _, size := range []int{64 << 10, 256 << 10} {
			text := p.make(size)
			b.Run(fmt.Sprintf("%s/%dKB", p.name, size>>10), func(b *testing.B) {
				cpuRun(b, len(text), func() {
					if _, err := parse.Text(text); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}

// htmlInputs are the saved pages of testdata/inputs/html.
func htmlInputs(b *testing.B, pattern string) [][]byte {
	paths, _ := filepath.Glob(filepath.Join("../testdata/inputs/html", pattern))
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	if len(out) == 0 {
		b.Skip("no inputs")
	}
	return out
}

// BenchmarkHTML reads saved web pages (.html) and web archives (.mht),
// extraction included; MB are of the file.
func BenchmarkHTML(b *testing.B) {
	for _, kind := range []struct{ name, pattern string }{{"html", "*.html"}, {"mht", "*.mht"}} {
		pages := htmlInputs(b, kind.pattern)
		size := 0
		for _, p := range pages {
			size += len(p)
		}
		b.Run(kind.name, func(b *testing.B) {
			cpuRun(b, size, func() {
				for _, p := range pages {
					if _, err := parse.Bytes(p); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkExtract extracts the article text of saved pages already in
// UTF-8 (htmltext.Extract alone): the pages of testdata/inputs/html and,
// when the corpus is found, the portal pages beside it. MB are of the page.
func BenchmarkExtract(b *testing.B) {
	portal := "" // beside the corpus
	if dir := eval.FindCorpus(); dir != "" {
		portal = filepath.Join(dir, "..", "portal-pages", "*.html")
	}
	for _, set := range []struct{ name, pattern string }{
		{"testdata", "../testdata/inputs/html/*.html"},
		{"portal", portal},
	} {
		paths, _ := filepath.Glob(set.pattern)
		var pages []string
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			if utf8.Valid(data) {
				pages = append(pages, string(data))
			}
		}
		b.Run(set.name, func(b *testing.B) {
			if len(pages) == 0 {
				b.Skip("no pages")
			}
			cpuRun(b, totalLen(pages), func() {
				for _, p := range pages {
					if _, err := htmltext.Extract(p); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkExtractMHT reads the web archives of testdata/inputs/html as
// the input reader does, without parsing the text: MIME part, charset
// decoding, article extraction. MB are of the archive.
func BenchmarkExtractMHT(b *testing.B) {
	archives := htmlInputs(b, "*.mht")
	size := 0
	for _, a := range archives {
		size += len(a)
	}
	cpuRun(b, size, func() {
		for _, a := range archives {
			page, charset, err := htmltext.MHTMLPage(a)
			if err != nil {
				b.Fatal(err)
			}
			dec, err := textenc.Decode(page, charset, true)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := htmltext.Extract(dec.Text); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// bigHTML repeats the body of a saved page until the page is n bytes.
func bigHTML(page []byte, n int) []byte {
	s := string(page)
	i, j := strings.Index(s, "<body"), strings.LastIndex(s, "</body>")
	if i < 0 || j < i {
		return nil
	}
	k := i + strings.IndexByte(s[i:], '>') + 1
	body := s[k:j]
	var buf bytes.Buffer
	buf.WriteString(s[:k])
	for buf.Len() < n {
		buf.WriteString(body)
	}
	buf.WriteString(s[j:])
	return buf.Bytes()
}

// bigMHT wraps a big UTF-8 page in a web archive, quoted-printable.
func bigMHT(page []byte) []byte {
	var buf bytes.Buffer
	buf.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B0\"\r\n\r\n--B0\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	col := 0
	for _, c := range page {
		if c == '\n' {
			buf.WriteString("\r\n")
			col = 0
			continue
		}
		if col >= 72 {
			buf.WriteString("=\r\n")
			col = 0
		}
		if c == '=' || c >= 0x80 {
			fmt.Fprintf(&buf, "=%02X", c)
			col += 3
		} else {
			buf.WriteByte(c)
			col++
		}
	}
	buf.WriteString("\r\n--B0--\r\n")
	return buf.Bytes()
}

// peakHeap samples the heap's live objects every millisecond while f
// runs and returns the largest value.
func peakHeap(f func()) uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	f()
	close(done)
	wg.Wait()
	return peak.Load()
}

// BenchmarkPeak100MB measures the peak heap while parsing 100 MB of
// text, of HTML and of a web archive, relative to the input size (the
// input itself, held by the caller, is not counted). It runs only under
// -bench; run each input in its own process (scripts/bench.sh does).
func BenchmarkPeak100MB(b *testing.B) {
	const size = 100 << 20
	page := htmlInputs(b, "000.html")[0]
	inputs := []struct {
		name string
		data func() []byte
	}{
		{"text", func() []byte { return []byte(synthetic(size)) }},
		{"html", func() []byte { return bigHTML(page, size) }},
		{"mht", func() []byte { return bigMHT(bigHTML(page, size)) }},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			data := in.data()
			if !utf8.Valid(data) && in.name == "text" {
				b.Fatal("invalid")
			}
			runtime.GC()
			base := peakHeap(func() {})
			c0 := cpuSeconds()
			var peak uint64
			for i := 0; i < b.N; i++ {
				peak = max(peak, peakHeap(func() {
					if _, err := parse.Bytes(data, parse.WithMaxBytes(1<<30)); err != nil {
						b.Fatal(err)
					}
				}))
			}
			cpu := cpuSeconds() - c0
			b.ReportMetric(float64(peak-min(peak, base))/float64(len(data)), "peak/input")
			b.ReportMetric(float64(len(data))*float64(b.N)/1e6/cpu, "MB/cpu-s")
		})
	}
}
