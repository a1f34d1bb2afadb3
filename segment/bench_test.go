package segment

import (
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// The benchmarks compare this package with plain gse on the same text in
// the same run: go test -run ^$ -bench . -benchtime 20x ./segment

var (
	gseOnce sync.Once
	gseSimp gse.Segmenter
)

// gseSimplified loads gse's embedded simplified dictionary (1–2 s) once.
func gseSimplified(b *testing.B) *gse.Segmenter {
	gseOnce.Do(func() {
		gseSimp.SkipLog = true
		if err := gseSimp.LoadDict("zh_s"); err != nil {
			b.Fatal(err)
		}
	})
	return &gseSimp
}

func seedLines(b *testing.B) ([]string, int) {
	docs := seeds(b)
	var lines []string
	size := 0
	for _, name := range sortedKeys(docs) {
		for line := range strings.Lines(docs[name]) {
			lines = append(lines, line)
			size += len(line)
		}
	}
	return lines, size
}

// BenchmarkThroughput cuts and extracts keywords from the five seeds, one
// call per line (keywords: one call for all lines of the five seeds).
func BenchmarkThroughput(b *testing.B) {
	lines, size := seedLines(b)
	g := gseSimplified(b)
	Default().load()
	b.Run("gse-Cut", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				g.Cut(l)
			}
		}
	})
	b.Run("Cut", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				Default().Cut(l)
			}
		}
	})
	b.Run("Keywords", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			Default().Keywords(10, lines...)
		}
	})
	b.Run("TextRank", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			Default().TextRank(10, lines...)
		}
	})
	b.Run("ToSimplified", func(b *testing.B) {
		trad := readTestdata(b, tradSeed)
		b.SetBytes(int64(len(trad)))
		for b.Loop() {
			ToSimplified(trad)
		}
	})
}

// BenchmarkLoad measures loading the dictionary and the heap it keeps,
// next to gse's own simplified dictionary.
func BenchmarkLoad(b *testing.B) {
	b.Run("segment", func(b *testing.B) {
		b.ReportAllocs()
		var heap uint64
		for b.Loop() {
			b.StopTimer()
			before := heapInUse()
			b.StartTimer()
			s := &Segmenter{}
			s.load()
			b.StopTimer()
			heap = heapInUse() - before
			runtime.KeepAlive(s)
			b.StartTimer()
		}
		b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	})
	b.Run("gse-zh_s", func(b *testing.B) {
		var heap uint64
		for b.Loop() {
			b.StopTimer()
			before := heapInUse()
			b.StartTimer()
			var s gse.Segmenter
			s.SkipLog = true
			if err := s.LoadDict("zh_s"); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			heap = heapInUse() - before
			runtime.KeepAlive(&s)
			b.StartTimer()
		}
		b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	})
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkTraditional is the measurement behind reading traditional
// text through a character-for-character conversion to simplified: the
// share of single-character words (lower is better: the dictionary
// recognised the words) on seed 003 for each way of cutting it.
func BenchmarkTraditional(b *testing.B) {
	trad := readTestdata(b, tradSeed)
	g := gseSimplified(b)
	var gt gse.Segmenter
	gt.SkipLog = true
	if err := gt.LoadDict("zh_t"); err != nil {
		b.Fatal(err)
	}
	ways := []struct {
		name string
		cut  func(string) []string
	}{
		{"segment-t2s", Default().Cut},
		{"gse-zh_s-raw", func(s string) []string { return g.Cut(s) }},
		{"gse-zh_t", func(s string) []string { return gt.Cut(s) }},
		{"gse-zh_s-t2s", func(s string) []string { return g.Cut(ToSimplified(s)) }},
	}
	Default().load()
	for _, w := range ways {
		b.Run(w.name, func(b *testing.B) {
			b.SetBytes(int64(len(trad)))
			var share float64
			for b.Loop() {
				share = singleShare(w.cut(trad))
			}
			b.ReportMetric(share*100, "single-char-%")
		})
	}
}

// singleShare is the share of single Han characters among Han words.
func singleShare(words []string) float64 {
	han, single := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !isHan(r) {
			continue
		}
		han++
		if utf8.RuneCountInString(w) == 1 {
			single++
		}
	}
	if han == 0 {
		return 0
	}
	return float64(single) / float64(han)
}

// BenchmarkDocumentKeywords extracts a document's keywords and those of
// its parts in one call, as parse.WithKeywords does: each seed is the
// document and its lines, taken five at a time, its parts (the tasks).
func BenchmarkDocumentKeywords(b *testing.B) {
	docs := seeds(b)
	type doc struct {
		text  string
		parts [][]Piece
	}
	var all []doc
	size := 0
	for _, name := range sortedKeys(docs) {
		d := doc{text: docs[name]}
		var part []Piece
		at := 0
		for line := range strings.Lines(d.text) {
			if part = append(part, Piece{line, at}); len(part) == 5 {
				d.parts, part = append(d.parts, part), nil
			}
			at += len(line)
		}
		all = append(all, d)
		size += len(d.text)
	}
	Default().load()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0 := cpuSeconds()
	for b.Loop() {
		for _, d := range all {
			Default().DocumentKeywords(10, []string{d.text}, d.parts)
		}
	}
	b.ReportMetric((cpuSeconds()-c0)*1e9/float64(size)/float64(b.N), "cpu-ns/byte")
}

// cpuSeconds is the CPU time (user and system) of the process so far: the
// machine is shared, so wall time says little.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
