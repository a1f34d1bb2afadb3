package report

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/reports")

// requestKeys2021 are the value rows of the 2021 template's request table.
var requestKeys2021 = []string{
	"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开", "部分公开",
	"不予公开/属于国家秘密", "不予公开/其他法律行政法规禁止公开", "不予公开/危及三安全一稳定", "不予公开/保护第三方合法权益",
	"不予公开/属于三类内部事务信息", "不予公开/属于四类过程性信息", "不予公开/属于行政执法案卷", "不予公开/属于行政查询事项",
	"无法提供/本机关不掌握相关政府信息", "无法提供/没有现成信息需要另行制作", "无法提供/补正后申请内容仍不明确",
	"不予处理/信访举报投诉类申请", "不予处理/重复申请", "不予处理/要求提供公开出版物", "不予处理/无正当理由大量反复申请",
	"不予处理/要求行政机关确认或重新出具已获取信息",
	"其他处理/申请人无正当理由逾期不补正", "其他处理/申请人逾期未按收费通知要求缴纳费用", "其他处理/其他",
	"总计", "结转下年度继续办理",
}

// requestKeys2019 differ in 其他处理, a single row.
var requestKeys2019 = append(append(append([]string(nil), requestKeys2021[:20]...), "其他处理"), requestKeys2021[23:]...)

func keys(t *model.Table) []string {
	var out []string
	for _, r := range t.Rows {
		out = append(out, r.Key)
	}
	return out
}

func cellValue(t *testing.T, tab *model.Table, row, col string) float64 {
	t.Helper()
	r := tab.Row(row)
	require.NotNil(t, r, "row %s", row)
	v, ok := r.Cell(tab, col)
	require.True(t, ok, "%s / %s", row, col)
	return v
}

func TestTemplateFixtures(t *testing.T) {
	tests := []struct {
		file        string
		version     int // template version: 2019 or 2021
		proactive   [][]string
		natural     float64 // 本年新收 / 自然人
		fee         float64 // 行政事业性收费, first column
		warnings    []string
		traditional bool
	}{
		{file: "template2021_tabs.txt", version: 2021, natural: 120, fee: 15.6},
		{file: "template2021_traditional_cellpipes.txt", version: 2021, natural: 120, fee: 15.6, traditional: true},
		{file: "template2019_lines.txt", version: 2019, natural: 120, fee: 3},
		{file: "template2019_glued.txt", version: 2019, natural: 7, fee: 3},
		{file: "template2020_pipes_badsums.txt", version: 2021, natural: 120, fee: 15.6, warnings: []string{
			"本年新收 120 + 上年结转 5 ≠ 办理结果总计 117 + 结转下年度 9",
			"（一）予以公开: 总计 73 but the columns add up to 72",
			"（七）总计: 总计 136 but the columns add up to 137",
			"（七）总计 / 自然人: 总计 117 but the 办理结果 rows add up to 116",
			"（七）总计 / 总计: 总计 136 but the 办理结果 rows add up to 137",
			"行政复议: 总计 5 but the columns add up to 4",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src := load(t, tt.file)
			rep, warns := Build(src, "")
			require.NotNil(t, rep.Tables)
			tabs := rep.Tables

			// section 二: every block with its columns, every row complete
			wantCols := map[int][][]string{
				2021: {{"本年制发件数", "本年废止件数", "现行有效件数"}, {"本年处理决定数量"}, {"本年处理决定数量"}, {"本年收费金额"}},
				2019: {{"本年新制作数量", "本年新公开数量", "对外公开总数量"}, {"上一年项目数量", "本年增/减", "处理决定数量"}, {"上一年项目数量", "本年增/减", "处理决定数量"}, {"上一年项目数量", "本年增/减"}, {"采购项目数量", "采购总金额"}},
			}[tt.version]
			require.Len(t, tabs.Proactive, len(wantCols))
			for i, blk := range tabs.Proactive {
				assert.Equal(t, wantCols[i], blk.Columns)
				assert.NotEmpty(t, blk.Title)
				for _, r := range blk.Rows {
					for _, c := range r.Cells {
						assert.NotNil(t, c, "%s %s", blk.Title, r.Key)
					}
				}
			}
			fee := tabs.Proactive[3]
			assert.Equal(t, tt.fee, cellValue(t, &fee, "行政事业性收费", fee.Columns[0]))

			// section 三: every row, every cell
			req := tabs.Requests
			require.NotNil(t, req)
			want := requestKeys2021
			if tt.version == 2019 {
				want = requestKeys2019
			}
			assert.Equal(t, want, keys(req))
			assert.Equal(t, []string{"自然人", "法人或其他组织/商业企业", "法人或其他组织/科研机构", "法人或其他组织/社会公益组织", "法人或其他组织/法律服务机构", "法人或其他组织/其他", "总计"}, req.Columns)
			for _, r := range req.Rows {
				for i, c := range r.Cells {
					assert.NotNil(t, c, "%s / %s", r.Key, req.Columns[i])
				}
			}
			assert.Equal(t, tt.natural, cellValue(t, req, "本年新收政府信息公开申请数量", "自然人"))

			// section 四: three rows of five
			rev := tabs.Review
			require.NotNil(t, rev)
			assert.Equal(t, reviewRows, keys(rev))
			for _, r := range rev.Rows {
				require.Len(t, r.Cells, 5)
				for _, c := range r.Cells {
					assert.NotNil(t, c)
				}
			}
			assert.Equal(t, 2.0, cellValue(t, rev, "行政复议", "结果维持"))
			assert.Equal(t, 1.0, cellValue(t, rev, "行政诉讼/复议后起诉", "总计"))

			// every non-empty cell is also a stat labelled ROW / COLUMN
			cells := 0
			for _, blk := range tabs.Proactive {
				cells += len(blk.Rows) * len(blk.Columns)
			}
			cells += len(req.Rows)*7 + 15
			tableStats := 0
			for _, s := range rep.Stats {
				if strings.Contains(s.Label, " / ") {
					tableStats++
					assert.NotEmpty(t, s.Path)
					assert.Contains(t, src.Text[s.Span.Start:s.Span.End], strings.TrimPrefix(fmtNum(s.Value), "-"))
				}
			}
			assert.Equal(t, cells, tableStats)
			if tt.traditional {
				assert.Contains(t, labels(rep), "一、本年新收政府信息公開申請數量 / 法人或其他組織 / 商業企業")
			} else {
				assert.Contains(t, labels(rep), "三、本年度办理结果 / （一）予以公开 / 自然人")
			}

			var msgs []string
			for _, w := range warns {
				assert.Equal(t, model.WarnInconsistent, w.Code)
				msgs = append(msgs, w.Message)
			}
			for _, w := range tt.warnings {
				assert.True(t, containsAny(msgs, w), "missing warning %q in %q", w, msgs)
			}
			if tt.warnings == nil {
				assert.Empty(t, msgs)
			}

			// the six template sections are headings, also inside a line
			// (glued); the table rows (一、本年新收 …) are not
			var top []string
			for _, s := range rep.Sections {
				top = append(top, s.No)
			}
			assert.Equal(t, []string{"一", "二", "三", "四", "五", "六"}, top)
			assert.NotEmpty(t, rep.Title)
			golden(t, strings.TrimSuffix(tt.file, ".txt")+".golden.json", rep, warns)
		})
	}
}

func labels(r *model.Report) []string {
	var out []string
	for _, s := range r.Stats {
		out = append(out, s.Label)
	}
	return out
}

func containsAny(msgs []string, w string) bool {
	for _, m := range msgs {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// golden compares the report's JSON with testdata/reports/NAME, rewriting
// it under -update.
func golden(t *testing.T, name string, rep *model.Report, warns []model.Warning) {
	t.Helper()
	b, err := json.MarshalIndent(struct {
		Report   *model.Report   `json:"report"`
		Warnings []model.Warning `json:"warnings"`
	}{rep, warns}, "", "  ")
	require.NoError(t, err)
	path := filepath.Join("..", "..", "testdata", "reports", name)
	if *update {
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.JSONEq(t, string(want), string(b))
}

func TestGluedDigits(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want []float64
	}{
		{"555", 3, []float64{5, 5, 5}},
		{"141414", 3, []float64{14, 14, 14}},
		{"0000000", 7, []float64{0, 0, 0, 0, 0, 0, 0}},
		{"93001013", 7, []float64{9, 3, 0, 0, 1, 0, 13}}, // the total settles it
		{"5\t\t3", 3, []float64{5, -1, 3}},               // an empty cell by position
		{"| 5 | | 3 |", 3, []float64{5, -1, 3}},
		{"1,234 12", 2, []float64{1234, 12}},
		{"-3 +2", 2, []float64{-3, 2}},
		{"? 0 |\n0 |", 2, []float64{0, 0}},
	}
	for _, tt := range tests {
		valid := func(v []float64) bool { return len(v) != 7 || sum(v[:6]) == v[6] }
		cells := new(cellReader).read(tt.in, 0, len(tt.in), tt.n, valid)
		var vals []float64
		for _, c := range cells {
			if c.v == nil {
				vals = append(vals, -1)
			} else {
				vals = append(vals, *c.v)
			}
		}
		assert.Equal(t, tt.want, vals, tt.in)
	}
}

func TestNormalize(t *testing.T) {
	n := normalize("規(guī)章 |\n本年收費(fèi)金額（單位：萬元）“三安全”")
	assert.Equal(t, "规章|本年收费金额(单位:万元)三安全", n.s)
	k := strings.Index(n.s, "金额")
	assert.Equal(t, "金額", "規(guī)章 |\n本年收費(fèi)金額（單位：萬元）“三安全”"[n.src(k):n.srcEnd(k+len("金额"))])
}

func TestBuildNeverPanics(t *testing.T) {
	for _, in := range []string{"", "一、", "（一）", "1.", "第二十条第(", "本年新收政府信息公开申请数量", "结果维持结果纠正", "从看，1件", "分别为1件、2件", "(其中", "12345678901234567890123456789012345678901234567890条", "\xff\xfe"} {
		rep, _ := Build(sourceOf(in), "")
		require.NotNil(t, rep, in)
	}
}

// TestHTMLGrid reads tables as the core renders HTML: grid rows with tabs,
// merged label cells padded with empty cells, and an empty 其他 column.
func TestHTMLGrid(t *testing.T) {
	rep, warns := Build(load(t, "template2022_htmlgrid.txt"), "")
	require.NotNil(t, rep.Tables)
	assert.Empty(t, warns)
	assert.Equal(t, 2022, rep.Year)
	require.Len(t, rep.Tables.Proactive, 4)
	assert.Equal(t, 1024.0, cellValue(t, &rep.Tables.Proactive[1], "行政许可", "本年处理决定数量"))
	req := rep.Tables.Requests
	require.NotNil(t, req)
	assert.Equal(t, requestKeys2021, keys(req))
	for _, r := range req.Rows {
		for i, c := range r.Cells {
			if req.Columns[i] == "法人或其他组织/其他" {
				assert.Nil(t, c, "%s: the empty 其他 cell", r.Key)
			} else {
				assert.NotNil(t, c, "%s / %s", r.Key, req.Columns[i])
			}
		}
	}
	assert.Equal(t, 2.0, cellValue(t, req, "予以公开", "法人或其他组织/法律服务机构"))
	assert.Equal(t, 72.0, cellValue(t, req, "予以公开", "总计"))
	assert.Equal(t, 4.0, cellValue(t, req, "不予公开/属于四类过程性信息", "总计"))
	rev := rep.Tables.Review
	require.NotNil(t, rev)
	assert.Equal(t, reviewRows, keys(rev))
	assert.Equal(t, 4.0, cellValue(t, rev, "行政复议", "总计"))
	golden(t, "template2022_htmlgrid.golden.json", rep, warns)
}

// TestProseAfter2019 keeps template words in sentences as prose counts.
func TestProseAfter2019(t *testing.T) {
	rep, warns := Build(load(t, "prose2020_no_tables.txt"), "")
	assert.Nil(t, rep.Tables)
	assert.Empty(t, warns)
	var got []want
	for _, s := range rep.Stats {
		got = append(got, want{s.Label, s.Value, s.Unit, s.Scope, strings.Join(s.Path, "/")})
	}
	assert.Equal(t, []want{
		{"主动公开政府信息", 326, "条", "全镇", ""},
		{"本年新收政府信息公开申请", 15, "件", "全镇", ""},
		{"上年结转政府信息公开申请", 2, "件", "全镇", ""},
		{"予以公开", 9, "件", "全镇", ""},
		{"部分公开", 3, "件", "全镇", ""},
		{"无法提供", 4, "件", "全镇", ""},
		{"结转下年度继续办理", 1, "件", "全镇", ""},
		{"发生政府信息公开行政复议", 1, "件", "", ""},
		{"结果维持", 1, "件", "", ""},
		{"结果纠正", 0, "件", "", ""},
		{"行政诉讼", 0, "件", "", ""},
	}, got)
}

// TestPDFRows reads request rows as a PDF text layer gives them: values
// separated by spaces, a label wrapped onto the next line, full-width digits.
func TestPDFRows(t *testing.T) {
	text := "三、收到和处理政府信息公开申请情况\n" +
		"申请人情况 自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n" +
		"一、本年新收政府信息公开申\n请数量 12 1 0 0 0 0 13\n" +
		"二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n" +
		"三、本年度办理结果 （一）予以公开 ８ １ 0 0 0 0 ９\n" +
		"（七）总计 8 1 0 0 0 0 9\n" +
		"四、结转下年度继续办理 4 0 0 0 0 0 4\n"
	rep, warns := Build(sourceOf(text), "")
	require.NotNil(t, rep.Tables)
	req := rep.Tables.Requests
	require.NotNil(t, req)
	assert.Equal(t, []string{"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开", "总计", "结转下年度继续办理"}, keys(req))
	assert.Equal(t, 13.0, cellValue(t, req, "本年新收政府信息公开申请数量", "总计"))
	assert.Equal(t, 9.0, cellValue(t, req, "予以公开", "总计"))
	assert.Equal(t, "一、本年新收政府信息公开申请数量", req.Rows[0].Label)
	assert.Empty(t, warns)
}
