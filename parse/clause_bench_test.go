package parse

import (
	"testing"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// clauseShapes are unit clauses of the usual shapes, for timing the clause
// reader alone.
var clauseShapes = []string{
	"市发改委牵头，市财政局、市人社局配合",
	"责任单位：市发改委、市财政局、各区县人民政府",
	"市教育局、市卫生健康委按职责分工负责",
	"牵头单位：市商务局；配合单位：市市场监管局、市税务局；完成时限：2024年12月底",
	"各县（市、区）人民政府落实，排在第一位的为牵头单位",
}

// BenchmarkAnalyzeClause times analyzeClause on clauseShapes.
func BenchmarkAnalyzeClause(b *testing.B) {
	strs := make([]source.Str, len(clauseShapes))
	size := 0
	for i, s := range clauseShapes {
		strs[i] = source.New(s).At(0, len(s))
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range strs {
			analyzeClause(s)
		}
	}
}
