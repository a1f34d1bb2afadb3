package report

import (
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
