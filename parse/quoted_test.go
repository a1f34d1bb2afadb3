package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestJoinQuotedRows: a quoted spreadsheet cell holding a line break joins
// the lines of its row; other lines are left alone.
func TestJoinQuotedRows(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a cell broken over two lines", "\"1\"\t\"一。\n二。\"\t\"县局\"\n\"2\"\t\"三。\"\t\"县办\"",
			[]string{"\"1\"\t\"一。\n二。\"\t\"县局\"", "\"2\"\t\"三。\"\t\"县办\""}},
		{"rows without breaks", "\"1\"\t\"一。\"\n\"2\"\t\"二。\"", []string{"\"1\"\t\"一。\"", "\"2\"\t\"二。\""}},
		{"a quote never closed joins nothing", "\"1\"\t\"一。\n二。", []string{"\"1\"\t\"一。", "二。"}},
		{"an Excel row quoting only its broken cells", "1\t推进。\t\"县局\n县办\"\t6月\t\"一；\n二。\"\n2\t公开。\t县委\t7月\t无",
			[]string{"1\t推进。\t\"县局\n县办\"\t6月\t\"一；\n二。\"", "2\t公开。\t县委\t7月\t无"}},
		{"a stray quote inside a cell opens no cell", "1\t推进\"放管服改革\t县局\n2\t公开\"\t县办",
			[]string{"1\t推进\"放管服改革\t县局", "2\t公开\"\t县办"}},
		{"prose quotes are no row", "他说：\"好\n是的\"", []string{"他说：\"好", "是的\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range joinQuotedRows(source.New(tt.text).Lines()) {
				got = append(got, l.S)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestQuotedTabTable: the quotes around every cell of a WPS copy are not
// part of titles, heads or units, and a cell with a line break stays one
// item.
func TestQuotedTabTable(t *testing.T) {
	const text = "某县重点任务分工\n\n\"序号\"\t\"重点任务\"\t\"具体措施\"\t\"责任单位\"\n" +
		"\"1\"\t\"推进决策公开\"\t\"1.公开决策目录。\n2.公开征求意见。\"\t\"县司法局牵头，县政府办配合\"\n" +
		"\"2\"\t\"做好政策解读\"\t\"同步发布解读材料。\"\t\"县直各部门\"\n"
	assert.Equal(t, [][]string{{"县司法局:lead", "县政府办:cooperate"}, {"县直各部门:responsible"}}, rolesOf(t, text))
}
