package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeaderBelowFirstRow: a task table whose header row a converter moved
// below the first data row reads as if the header stood first, in every
// rendering (tabs, ' | ', pipes with outer bars; as is, traditional,
// brackets, CRLF).
func TestHeaderBelowFirstRow(t *testing.T) {
	header := []string{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}
	rows := [][]string{
		{"1", "推进重大项目信息公开。", "县发改局", "县住建局、县自然资源局", "2018年12月底前"},
		{"2", "公开财政预决算信息。", "县财政局", "县直各部门", "2018年9月底前"},
		{"3", "规范依申请公开办理。", "县政府办公室", "县司法局", "长期坚持"},
	}
	want := []string{"G  ",
		"  T 1 推进重大项目信息公开", "    I 推进重大项目信息公开。 | 2018年12月底前 | 县发改局/lead、县住建局/cooperate、县自然资源局/cooperate",
		"  T 2 公开财政预决算信息", "    I 公开财政预决算信息。 | 2018年9月底前 | 县财政局/lead、县直各部门/cooperate",
		"  T 3 规范依申请公开办理", "    I 规范依申请公开办理。 | 长期坚持 | 县政府办公室/lead、县司法局/cooperate"}
	n := 0
	for _, sep := range []string{"\t", " | ", "|"} {
		row := func(cells []string) string {
			s := strings.Join(cells, sep)
			if sep == "|" {
				s = "|" + s + "|"
			}
			return s + "\n"
		}
		text := "某县2018年政务公开重点工作任务分解表\n\n" + row(rows[0]) + row(header) + row(rows[1]) + row(rows[2])
		for _, tr := range transforms[:4] {
			assert.Equal(t, want, treeOf(mustText(t, tr.apply(text))), fmt.Sprintf("sep%q %s", sep, tr.name))
			n++
		}
	}
	assert.Equal(t, 3*4, n, "every separator in every transform was checked")
}
