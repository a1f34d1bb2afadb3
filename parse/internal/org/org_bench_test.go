package org

import "testing"

// benchCandidates are strings of the shapes the readers hand to IsUnit and
// Classify: unit names (with and without an ending, traditional script,
// brackets), collectives, deadlines, notes, fragments and sentences that a
// clause or a header line puts where a unit may stand.
var benchCandidates = []string{
	"市发展改革委", "各区县人民政府", "市教育局牵头", "市财政局", "市人力资源社会保障局",
	"区人才工作领导小组办公", "市融媒体", "各街道（功能区）", "各有关部门", "市直各有关",
	"縣財政局", "州發(fā)改委", "开发区管委会", "市住房公积金管理中心", "人民银行苏州市中心支行",
	"2024年6月底前", "三季度", "年内持续推进", "長期堅持", "下同", "区政", "各村",
	"A", "ABC", "要把这项工作作为今年的重点抓紧抓实抓出成效", "加强政策解读", "规范行政权力运行",
	"市卫生健康委、市医保局", "各级各部门要高度重视，切实加强组织领导。", "持续开展", "区司法局等",
	"县农行", " 市公安局 ", "按照省委省政府的统一部署", "（市发改委）", "市数据局",
}

// benchEach runs f on every candidate, b.N times.
func benchEach(b *testing.B, f func(string)) {
	n := 0
	for _, s := range benchCandidates {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range benchCandidates {
			f(s)
		}
	}
}

// The Ref benchmarks run the reference implementation (reference_test.go)
// in the same run, so that a comparison does not depend on the load of
// the machine.

func BenchmarkClassify(b *testing.B)    { benchEach(b, func(s string) { Classify(s) }) }
func BenchmarkRefClassify(b *testing.B) { benchEach(b, func(s string) { refClassify(s) }) }
func BenchmarkEnding(b *testing.B)      { benchEach(b, func(s string) { Ending(s) }) }
func BenchmarkRefEnding(b *testing.B)   { benchEach(b, func(s string) { refEnding(s) }) }
