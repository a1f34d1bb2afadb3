package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
)

func TestCSVCount(t *testing.T) {
	tests := []struct {
		in     string
		ends   []int // the end of each field, nil when there are none
		quoted bool
	}{
		{"a,b,c", []int{1, 3, 5}, false},
		{`1,"x,y",z`, []int{1, 7, 9}, true},
		{`1,"x,y"`, []int{1, 7}, true},
		{`1,"open`, nil, false},
		{`1,"x"y,z`, nil, false},
		{"无逗号", []int{9}, false},
		{`1,"推进""放管服""改革",甲局`, []int{1, 29, 36}, true},
		{`1,"a""",b`, []int{1, 7, 9}, true},
		{`1,"a"",b`, nil, false},
	}
	for _, tt := range tests {
		n, quoted := csvCount(tt.in)
		assert.Equal(t, len(tt.ends), n, tt.in)
		assert.Equal(t, tt.quoted, quoted, tt.in)
		var ends []int
		for i := 0; len(ends) < n; i++ {
			end, _, ok := csvField(tt.in, i)
			require.True(t, ok, tt.in)
			ends = append(ends, end)
			i = end
		}
		assert.Equal(t, tt.ends, ends, tt.in)
	}
}

func TestMarkCSVRows(t *testing.T) {
	tests := []struct {
		name string
		text string
		rows int
	}{
		{"table", "序号,任务,单位\n1,\"建设平台，上云。\",\"甲局,乙局\"\n2,推进应用。,丙局", 3},
		{"no quoted field, under a header", "序号,任务,单位\n1,建设平台,甲局\n2,推进应用,丙局", 3},
		{"no quoted field, prose above the header", "说明,附表,如下\n序号,任务,单位\n1,建设平台,甲局\n2,推进应用,丙局", 3},
		{"no quoted field, a row with one field more", "序号,任务,单位\n1,建设平台,甲局\n2,推进应用,丙局,丁局", 0},
		{"no quoted field, no header", "1,建设平台,甲局\n2,推进应用,丙局\n3,完善制度,丁局", 0},
		{"no quoted field, header and one row", "序号,任务,单位\n1,建设平台,甲局", 0},
		{"prose with commas, no quote", "We met, talked, and left.\nThen, later, we wrote.\nOk, fine, done.", 0},
		{"Chinese prose with ASCII commas", "各单位要高度重视,认真组织,确保实效。\n要加强领导,明确分工,落实责任。\n要强化督查,定期通报,严肃问责。", 0},
		{"numbers with thousands commas", "收入1,234,567元\n支出2,345,678元\n结余3,456,789元", 0},
		{"a sentence naming columns", "请按序号,工作任务,责任单位填报。\n各单位要认真,如实,按时报送。\n逾期未报的,予以通报,限期整改。", 0},
		{"two lines only", "序号,任务,单位\n1,\"建设平台，上云。\",甲局", 0},
		{"quoted field over two lines", "序号,任务,单位\n1,\"建设平台，\n实现上云。\",甲局\n2,推进应用。,丙局", 3},
		{"a quote written twice inside a field", "序号,任务,单位\n1,\"深化\"\"放管服\"\"改革\",甲局\n2,推进应用。,丙局", 3},
		{"quote never closed", "序号,任务,单位\n1,\"建设平台，\n实现上云。,甲局\n2,推进应用。,丙局", 0},
		{"prose with commas", "We met, talked, and left.\nThen, \"later\", we wrote.\nOk, fine, done, yes.", 0},
		{"two columns under their names", "工作任务,责任单位\n修缮村部。,\"镇建设办牵头，各村配合\"\n疏浚河塘。,镇水利站", 3},
		{"two columns, no header", "修缮村部。,\"镇建设办牵头，各村配合\"\n疏浚河塘。,镇水利站\n整治村容。,镇城管办", 0},
		{"two fields of prose", "会上,\"大家\"发了言\n会后,各自回去\n次日,再议", 0},
	}
	for _, tt := range tests {
		lines := cleanLines(source.New(tt.text).Lines())
		rows := 0
		for _, ln := range lines {
			if ln.kind == lineTabRow {
				rows++
			}
		}
		assert.Equal(t, tt.rows, rows, tt.name)
	}
	lines := cleanLines(source.New("序号,任务,单位\n1,\"建设平台，上云。\",\"甲局,乙局\"\n2,推进应用。,丙局").Lines())
	var cells []string
	for _, c := range lines[1].cells {
		cells = append(cells, c.S)
	}
	assert.Equal(t, "1|建设平台，上云。|甲局,乙局", strings.Join(cells, "|"))

	lines = cleanLines(source.New("序号,任务,单位\n1,\"建设平台，\n实现上云。\",甲局\n2,推进应用。,丙局").Lines())
	require.Len(t, lines, 4)
	var broken []string
	for _, c := range lines[1].cells {
		broken = append(broken, c.S)
	}
	assert.Equal(t, "1|建设平台，\n实现上云。|甲局", strings.Join(broken, "|"))
	assert.Equal(t, lineNoise, lines[2].kind, "the line the record continued on")
}

func TestUnquoteCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"建设平台"`, "建设平台"},
		{`" 建设平台 "`, "建设平台"},
		{`"推进""放管服""改革"`, `推进"放管服"改革`},
		{`""""`, `"`},
		{`""`, ""},
		{`"a"b"`, `"a"b"`}, // the first quote closes the field early: not one quoted cell
		{`建设平台`, "建设平台"},
		{`"open`, `"open`},
	}
	for _, tt := range tests {
		src := source.New(tt.in).Lines()[0]
		got := unquoteCell(src)
		assert.Equal(t, tt.want, got.S, tt.in)
		for i := range got.S {
			// every byte of the cell maps back to the same byte of the source
			off := got.Src(i)
			assert.Equal(t, got.S[i], tt.in[off], "%s: byte %d", tt.in, i)
		}
	}
}
