package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// selfCheckNotice writes a notice asking its recipients to check
// themselves, with a summary form attached after the signature whose rows
// name what to check (labels, in one or two columns) and leave the columns
// to fill in empty, in the rendering row.
func selfCheckNotice(row func(cells []string) string, twoLabels bool) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line("某市中心医院关于开展年度安全生产自查工作的通知")
	line("某医〔2025〕7号")
	line("各科室：")
	line("为落实安全生产责任，医院决定开展年度安全生产自查。现将有关事项通知如下：")
	line("一、自查范围")
	line("全院各临床、医技科室和后勤部门。")
	line("二、自查内容")
	line("1.消防设施配置和维护保养情况。")
	line("2.危险化学品储存和使用管理情况。")
	line("三、工作要求")
	line("请各科室于3月15日前报送自查情况汇总表。")
	line("附件：安全生产自查情况汇总表")
	line("某市中心医院")
	line("2025年3月1日")
	line("附件")
	line("安全生产自查情况汇总表")
	head := []string{"序号", "检查项目", "存在问题", "整改措施", "完成时限", "备注"}
	if twoLabels {
		head = []string{"序号", "类别", "检查项目", "存在问题", "整改措施", "备注"}
	}
	line(row(head))
	for k, item := range []string{"消防设施", "危化品管理", "用电安全", "特种设备"} {
		cells := []string{fmt.Sprint(k + 1), item, "", "", "", ""}
		if twoLabels {
			cells = []string{fmt.Sprint(k + 1), "设施设备", item, "", "", ""}
		}
		line(row(cells))
	}
	line("填表人：　　　　联系电话：")
	return b.String()
}

// TestLabelledFormNotAPlan: a form attached after a notice's signature whose
// rows carry short labels of what to check and empty columns to fill in is
// a form, not the plan: the notice keeps its own headings, in tab and pipe
// rows, with one or two label columns, in both scripts.
func TestLabelledFormNotAPlan(t *testing.T) {
	want := []string{"G 一 自查范围", "G 二 自查内容",
		"  T 1 消防设施配置和维护保养情况", "    I 消防设施配置和维护保养情况。 |  | ",
		"  T 2 危险化学品储存和使用管理情况", "    I 危险化学品储存和使用管理情况。 |  | ",
		"G 三 工作要求"}
	rows := map[string]func([]string) string{
		"tab":  func(c []string) string { return strings.Join(c, "\t") },
		"pipe": func(c []string) string { return "| " + strings.Join(c, " | ") + " |" },
	}
	for rname, row := range rows {
		for _, two := range []bool{false, true} {
			for _, trad := range []bool{false, true} {
				text := selfCheckNotice(row, two)
				if trad {
					text = toTraditional(text)
				}
				label := fmt.Sprintf("row=%s two=%v trad=%v", rname, two, trad)
				doc, err := Text(text)
				require.NoError(t, err, label)
				assert.Equal(t, model.KindNotice, doc.Kind, label)
				assert.Nil(t, doc.Plan.Title, label)
				assert.Equal(t, want, treeOf(doc), label)
			}
		}
	}
}
