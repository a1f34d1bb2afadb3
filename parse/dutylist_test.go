package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment"
)

// TestUnitFirstDutyList: a 责任清单 whose first column is the unit (a
// merged cell left empty on the rows after its first) and whose 公开事项
// cells are numbered 1., 2. … reads one task per row, numbered as
// written, each with the unit of its group. Tab and U+3000-aligned
// renderings, simplified and traditional.
func TestUnitFirstDutyList(t *testing.T) {
	rows := [][3]string{
		{"责任单位", "公开事项", "完成时限"},
		{"区教育局", "1.公开义务教育招生政策。", "2024年6月底前"},
		{"", "2.每季度公开教育经费使用情况。", "每季度"},
		{"区民政局", "3.按月公开低保对象统计数据。", "每月"},
	}
	head := "某区人民政府办公室关于印发某区2024年政务公开责任清单的通知\n各部门：\n现将责任清单印发给你们。\n某区人民政府办公室\n2024年3月1日\n\n某区2024年政务公开责任清单\n\n"
	renderings := map[string]func([3]string) string{
		"tab": func(r [3]string) string { return strings.Join(r[:], "\t") },
	}
	scripts := map[string]func(string) string{"simplified": func(s string) string { return s }, "traditional": toTraditional}
	want := []string{"1 区教育局", "2 区教育局", "3 区民政局"}
	for rname, render := range renderings {
		for sname, script := range scripts {
			t.Run(rname+"/"+sname, func(t *testing.T) {
				var b strings.Builder
				b.WriteString(head)
				for _, r := range rows {
					b.WriteString(render(r) + "\n")
				}
				doc := mustText(t, script(b.String()))
				var got []string
				for _, task := range doc.Tasks() {
					var units []string
					for _, it := range task.Items {
						for _, u := range it.Units {
							units = append(units, segment.ToSimplified(u.Name))
						}
					}
					got = append(got, task.No+" "+strings.Join(units, " "))
				}
				assert.Equal(t, want, got)
			})
		}
	}
}
