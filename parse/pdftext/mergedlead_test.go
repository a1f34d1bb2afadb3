package pdftext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMergedLeadFilled: without FillMerged, a cell merged down a column
// the header names as lead units' (牵头单位, 牵头处室 under a 责任分工
// group) is filled into every row it spans — whatever that row holds in
// its other cells — while merged cells elsewhere (a task over its
// measures, a 责任单位 column) stay empty for the parser to read.
func TestMergedLeadFilled(t *testing.T) {
	box := rect{0, 0, 595, 842}
	headers := map[string][][]string{
		"one row":       {{"序号", "工作任务", "牵头单位", "责任单位", "完成时限"}},
		"grouped":       {{"序号", "工作任务", "责任分工", "", "完成时限"}, {"", "", "牵头处室", "配合处室", ""}},
		"traditional":   {{"序號", "工作任務", "牽頭單位", "責任單位", "完成時限"}},
		"lead wording":  {{"序号", "工作任务", "牵头部门", "配合部门", "完成时间"}},
		"no lead named": {{"序号", "工作任务", "责任单位", "配合单位", "完成时限"}},
	}
	for name, head := range headers {
		rows := append(append([][]string{}, head...),
			[]string{"6", "开展隐患排查治理", "县安监局", "县直有关部门", "12月底"},
			[]string{"7", "加强宣传教育", "", "县委宣传部", "6月底"},
			[]string{"", "", "", "县教育局", "9月底"},
		)
		inh := make([][]bool, len(rows))
		for i := range inh {
			inh[i] = make([]bool, 5)
		}
		n := len(head)
		inh[n+1][2], inh[n+2][2] = true, true // the lead merged over rows 6, 7 and the next
		inh[n+2][0], inh[n+2][1] = true, true // task 7 merged over its two measures
		tab := table{top: 700, bottom: 500, bounds: []float64{50, 100, 250, 350, 450, 550}, rows: rows, spanning: []bool{true, true, true, false, false}, inherit: inh}
		got := strings.Split(assemble([]pageResult{{num: 1, box: box, tables: []table{tab}}}, false), "\n")[n:]
		lead := "县安监局"
		if name == "no lead named" {
			lead = ""
		}
		assert.Equal(t, []string{
			"6\t开展隐患排查治理\t县安监局\t县直有关部门\t12月底",
			"7\t加强宣传教育\t" + lead + "\t县委宣传部\t6月底",
			"\t\t" + lead + "\t县教育局\t9月底",
		}, got, name)
	}
}
