package timex

import (
	"strings"
	"testing"
)

// benchItems are item texts of the shapes plans give (written for the
// benchmark): prose with numbers and ordinals, a deadline or two, a
// target and a frequency.
var benchItems = []string{
	"进一步统一政务公开标准，2023年6月底前完成第一批目录编制，全面推行清单管理，每季度更新一次。",
	"加强政策解读，重要政策文件与解读材料同步起草、同步审签、同步发布，解读率达到100%，年内持续推进。",
	"建立健全依申请公开工作机制，依法依规答复申请，答复时限不超过20个工作日，确保按时办结率在95%以上。",
	"持續深化「放管服」改革，2024年第三季度前實現一網通辦，全年辦件量不少於5萬件，長期堅持。",
	"各县（市、区）人民政府要于12月31日前报送年度工作总结，按月报送进展情况，常态化开展督查检查。",
}

func BenchmarkFinders(b *testing.B) {
	ref := Ref{Year: 2023}
	size := len(strings.Join(benchItems, ""))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var f Folder
	for b.Loop() {
		for _, s := range benchItems {
			t := f.Fold(s)
			t.Deadlines(ref, false)
			t.Frequencies()
			t.Targets()
		}
	}
}

func BenchmarkFold(b *testing.B) {
	size := len(strings.Join(benchItems, ""))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var f Folder
	for b.Loop() {
		for _, s := range benchItems {
			f.Fold(s)
		}
	}
}
