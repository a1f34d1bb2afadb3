package parse_test

import (
	"fmt"

	"github.com/zwgk/gongwen/parse"
)

// Parse a notice from text and walk its work plan.
func Example() {
	notice := `南府办〔2022〕9号
南海区人民政府办公室关于印发南海区2022年政务公开工作要点的通知
各镇人民政府、街道办事处，区政府各部门：
现将《南海区2022年政务公开工作要点》印发给你们，请认真贯彻执行。
南海区人民政府办公室
2022年2月28日
南海区2022年政务公开工作要点
一、推进决策公开
（一）做好决策预公开。重大行政决策草案向社会公开征求意见。（区司法局牵头，区政府办公室配合）
（二）加强政策解读。政策文件与解读方案同步组织、同步审签。（责任单位：区政府办公室、区直各部门）`

	doc, err := parse.Text(notice)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Kind, doc.Meta.DocNumber.Value, doc.Meta.SignedDate.Value)
	fmt.Println(doc.Plan.Title.Value)
	for _, g := range doc.Plan.Goals {
		for _, t := range g.Tasks {
			for _, it := range t.Items {
				fmt.Printf("%s/%s %s:", g.No, t.No, t.Title)
				for _, u := range it.Units {
					fmt.Printf(" %s(%s)", u.Name, u.Role)
				}
				fmt.Println()
			}
		}
	}
	// Output:
	// workplan 南府办〔2022〕9号 2022-02-28
	// 南海区2022年政务公开工作要点
	// 一/一 做好决策预公开: 区司法局(lead) 区政府办公室(cooperate)
	// 一/二 加强政策解读: 区政府办公室(responsible) 区直各部门(responsible)
}
