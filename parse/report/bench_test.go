package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func benchmarkBuild(b *testing.B, name string, copies int) {
	src := load(b, name)
	text := strings.Repeat(src.Text+"\n", copies)
	s := source.New(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(s, "")
	}
}

// BenchmarkBuildProse reads the prose seed 002 (31 KB).
func BenchmarkBuildProse(b *testing.B) { benchmarkBuild(b, "seed002_suzhou_2016.txt", 1) }

// BenchmarkBuildTemplate reads a template report with its three tables.
func BenchmarkBuildTemplate(b *testing.B) { benchmarkBuild(b, "template2021_tabs.txt", 1) }

// BenchmarkBuildLarge reads seed 002 repeated to about 1 MB.
func BenchmarkBuildLarge(b *testing.B) { benchmarkBuild(b, "seed002_suzhou_2016.txt", 32) }

// BenchmarkBuildRunOn reads a report whose counts run on in one paragraph
// without a sentence end (PDF text that lost its breaks), 64 KB and 256 KB:
// equal ns/byte means no count rereads the paragraph before it.
func BenchmarkBuildRunOn(b *testing.B) {
	const unit = "全市公开信息12条（含转载3条），从来源看，网站发布3条，"
	for _, kb := range []int{64, 256} {
		text := "某县2021年政府信息公开工作年度报告\n" + strings.Repeat(unit, kb<<10/len(unit))
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			s := source.New(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Build(s, "")
			}
		})
	}
}

// BenchmarkNormalize folds the prose seed 002 (31 KB) with its offsets.
func BenchmarkNormalize(b *testing.B) {
	text := load(b, "seed002_suzhou_2016.txt").Text
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		normalize(text)
	}
}

// BenchmarkEvidenceBuild reads every report of testdata/reports as the
// parser does for a text without a report title: its marks (Evidence),
// then the report (Build) on the same norm.
func BenchmarkEvidenceBuild(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "*.txt"))
	var srcs []*source.Source
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, source.New(string(data)))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			rt := NewText(s)
			rt.Evidence()
			rt.Build("")
		}
	}
}
