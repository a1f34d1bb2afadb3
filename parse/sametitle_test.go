package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSameTitle: a portal box's title names the notice's document when it
// differs only by the book-title marks a box drops, by the issuing
// authority it leaves off the front, by white space or by script; a box
// title with other words, or one that keeps the authority the notice's
// title lacks, is another reading and stays a conflict.
func TestSameTitle(t *testing.T) {
	authorities := []string{"某市生态环境局", "某省人民政府办公厅", "某县人民政府"}
	subjects := []string{"印发《某市生态环境局2021年政务公开工作任务清单》", "印发〈某县2024年为民办实事项目〉", "做好2025年森林防火工作"}
	for _, a := range authorities {
		for _, s := range subjects {
			own := a + "关于" + s + "的通知"
			unmarked := "关于" + stripMarks(s) + "的通知"
			for name, c := range map[string]struct {
				boxed string
				same  bool
			}{
				"identical":            {own, true},
				"marks dropped":        {a + unmarked, true},
				"authority dropped":    {"关于" + s + "的通知", true},
				"both dropped":         {unmarked, true},
				"spaced":               {a + " 关于" + s + "的 通知", true},
				"traditional":          {a + "關於" + s + "的通知", true},
				"other subject":        {"关于做好2025年防汛工作的通知", false},
				"other authority":      {"某县财政局关于" + s + "的通知", false},
				"box keeps authority":  {"某区" + own, false},
				"only the subject":     {stripMarks(s) + "的通知", false},
				"about twice in front": {"关于" + a + "关于" + s + "的通知", false},
			} {
				if s == subjects[2] && name == "marks dropped" {
					continue // no marks to drop
				}
				label := fmt.Sprintf("%s/%s/%s", a, s, name)
				assert.Equal(t, c.same, sameTitle(own, c.boxed), label)
			}
		}
	}
	// The notice's own title lost its authority: the box's fuller title
	// is no copy of it.
	assert.False(t, sameTitle("关于做好2025年森林防火工作的通知", "某县人民政府关于做好2025年森林防火工作的通知"))
}

func stripMarks(s string) string {
	out := []rune{}
	for _, r := range s {
		if r != '《' && r != '》' && r != '〈' && r != '〉' {
			out = append(out, r)
		}
	}
	return string(out)
}

// TestBoxNameHoldingRecipients: a box whose 名称 holds the notice's 主送机关
// (a CMS that filled the field with the first line of the text) gives no
// title, in either script, with either colon and separator, so a notice
// without a title line of its own stays without one instead of taking
// the addressees.
func TestBoxNameHoldingRecipients(t *testing.T) {
	for _, recipients := range []string{
		"各区县人民政府，市政府各部门：",
		"海門經濟技術開發區、海門工業園區管委會,各區、鎮人民政府(管委會),市各委辦局:",
		"各乡镇人民政府、街道办事处；县直各单位:",
	} {
		for _, label := range []string{"名称", "标　　题"} {
			text := "索引号：\tAB01/2017-00123\t发布机构：\t某市人民政府办公室\n" + label + "：\t" + recipients + "\t\n\n" +
				recipients + "\n《某市近期政务公开工作要点》已经市政府同意，现印发给你们。\n某市人民政府办公室\n2017年9月4日\n"
			h := headerOf(t, text)
			require.NotNil(t, h.meta.Portal, recipients)
			assert.Nil(t, h.meta.Portal.Title, "%s/%s: the box's title", label, recipients)
			assert.Nil(t, h.meta.Title, "%s/%s: the notice's title", label, recipients)
		}
	}
}
