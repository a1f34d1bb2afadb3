package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hanwebFields are the fields of a Hanweb portal's box, which names the
// document number 文号 and the index number 信息索取号: label, value.
var hanwebFields = [][2]string{
	{"信息索取号", "002717835/2016-00142"},
	{"组配分类", "市府办文件"},
	{"发布机构", "某市人民政府办公室"},
	{"生成日期", "2016-05-09"},
	{"文　　号", "某政办发〔2016〕38号"},
}

// TestHanwebBoxInFurniture: a Hanweb box (信息索取号, 发布机构, 生成日期,
// 文号) in a furniture container is the page's box, not furniture to drop:
// its number comes out once, before the notice, in both extractors,
// whatever its markup and wherever it stands, also with 信息索取号 and 文号
// only.
func TestHanwebBoxInFurniture(t *testing.T) {
	for name, markup := range boxMarkups {
		for _, class := range []string{"xxgk_info", "info"} {
			for _, inColumn := range []bool{true, false} {
				for _, fields := range [][][2]string{hanwebFields, {hanwebFields[0], hanwebFields[4]}} {
					label := fmt.Sprintf("%s/%s/inColumn=%v/%d fields", name, class, inColumn, len(fields))
					page := boxPage(markup(fields), class, inColumn)
					sameAsTree(t, label, page)
					got, err := Extract(page)
					require.NoError(t, err, label)
					assert.Equal(t, 1, strings.Count(got, "某政办发〔2016〕38号"), "%s: the number once\n%s", label, got)
					assert.Less(t, strings.Index(got, "某政办发〔2016〕38号"), strings.Index(got, "各乡镇人民政府"), "%s: the box before the body\n%s", label, got)
				}
			}
		}
	}
}
