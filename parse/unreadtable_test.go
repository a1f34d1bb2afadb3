package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestUnreadTableFlagged: a table whose header line names its columns but
// whose rendering no recogniser reads (cells parted by ¬) sends the
// document to review with header_no_rows; the same table in a rendering the
// parser reads, and prose that lists column names, do not.
func TestUnreadTableFlagged(t *testing.T) {
	notice := "某县人民政府办公室关于印发某县2023年政务公开工作任务分工的通知\n某政办〔2023〕5号\n\n" +
		"各乡镇人民政府，县政府各部门：\n现将《某县2023年政务公开工作任务分工》印发给你们，请认真贯彻执行。\n\n" +
		"某县人民政府办公室\n2023年3月1日\n\n某县2023年政务公开工作任务分工\n"
	rows := [][]string{
		{"序号", "工作任务", "责任单位", "完成时限"},
		{"1", "及时公开财政预决算信息。", "县财政局", "2023年6月底前"},
		{"2", "推进重大建设项目信息公开。", "县发改局牵头，县住建局配合", "持续推进"},
	}
	table := func(sep string) string {
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join(r, sep) + "\n")
		}
		return b.String()
	}
	for _, c := range []struct {
		name, text string
		unread     bool
	}{
		{"cells parted by spaced bullets", notice + table(" • "), false},
		{"cells parted by ¬", notice + table("¬"), true},
		{"traditional, cells parted by ¬", toTraditional(notice + table("¬")), true},
		{"tabs", notice + table("\t"), false},
		{"full-width bars", notice + table("｜"), false},
		{"prose naming the columns", notice + "一、填报要求\n请按序号、工作任务、责任单位、完成时限逐项填报。\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Text(c.text)
			require.NoError(t, err)
			require.NotNil(t, doc.Quality)
			var codes []string
			for _, r := range doc.Quality.Reasons {
				codes = append(codes, r.Code)
			}
			assert.Equal(t, c.unread, slices.Contains(codes, model.ReasonHeaderNoRows), "reasons %v", codes)
			if c.unread {
				assert.True(t, doc.Quality.Review, "an unread table sends the document to review")
			}
		})
	}
}
