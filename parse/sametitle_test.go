package parse

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
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
