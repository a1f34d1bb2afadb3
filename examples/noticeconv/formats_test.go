package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zwgk/gongwen/model"
)

func fixtures() map[string]*model.Document {
	return map[string]*model.Document{"a/plan.txt": planDoc(), "b/report.txt": reportDoc()}
}

func TestBuildTable(t *testing.T) {
	tests := []struct {
		name string
		opt  tableOptions
		want [][]string // columns goal_no, task_no, item_id, item_text, unit, role, canonical_unit, units_inherited, deadline, line
	}{
		{"per item", tableOptions{}, [][]string{
			{"一", "一", "i1", "制定重大行政决策事项目录。", "市法制办、市人社局", "lead、cooperate", "法制办公室、人力资源和社会保障局", "false", "", "12"},
			{"一", "一", "i2", "推行重大决策预公开。", "市法制办", "lead", "法制办公室", "true", "", "13"},
			{"一", "二", "i3", "公开重点改革任务*进展*。", "各市、区政府", "responsible", "各市、区政府", "false", "2017年底前", "15"},
			{"二", "三", "i4", "做好解读工作。", "", "", "", "false", "", "22"},
		}},
		{"per unit, Chinese roles", tableOptions{perUnit: true, chinese: true}, [][]string{
			{"一", "一", "i1", "制定重大行政决策事项目录。", "市法制办", "牵头", "法制办公室", "否", "", "12"},
			{"一", "一", "i1", "制定重大行政决策事项目录。", "市人社局", "配合", "人力资源和社会保障局", "否", "", "12"},
			{"一", "一", "i2", "推行重大决策预公开。", "市法制办", "牵头", "法制办公室", "是", "", "13"},
			{"一", "二", "i3", "公开重点改革任务*进展*。", "各市、区政府", "负责", "各市、区政府", "否", "2017年底前", "15"},
			{"二", "三", "i4", "做好解读工作。", "", "", "", "否", "", "22"},
		}},
	}
	col := func(name string) int {
		for i, c := range itemColumns {
			if c.name == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	pick := []int{col("goal_no"), col("task_no"), col("item_id"), col("item_text"), col("unit"), col("role"),
		col("canonical_unit"), col("units_inherited"), col("deadline"), col("line")}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab := buildTable("x.txt", planDoc(), tc.opt)
			require.Len(t, tab.items, len(tc.want))
			for i, row := range tab.items {
				require.Len(t, row, len(itemColumns))
				assert.Equal(t, "x.txt", row[0])
				assert.Equal(t, "青府办〔2017〕141号", row[1])
				var got []string
				for _, c := range pick {
					got = append(got, row[c])
				}
				assert.Equal(t, tc.want[i], got, "row %d", i)
			}
			assert.Empty(t, tab.stats)
			assert.NotEmpty(t, tab.workload)
		})
	}
}

func TestCanonicalFallsBackToTheNameAsWritten(t *testing.T) {
	assert.Equal(t, "规范名", canonical(model.Unit{Name: "写法", Canonical: "规范名"}))
	assert.Equal(t, "虚构测试单位甲乙丙", canonical(model.Unit{Name: "虚构测试单位甲乙丙"}))
}

func TestBuildTableStats(t *testing.T) {
	tab := buildTable("r.txt", reportDoc(), tableOptions{})
	assert.Empty(t, tab.items)
	assert.Empty(t, tab.workload)
	require.Equal(t, [][]string{
		{"r.txt", "某政发〔2020〕1号", "2019年政府信息公开工作年度报告", "2019", "", "主动公开政府信息", "1234", "条", "全市",
			"", "报告", "某市人民政府办公室、某市财政局", "5", "9", "3"},
		{"r.txt", "某政发〔2020〕1号", "2019年政府信息公开工作年度报告", "2019", "申请 / 自然人", "本年新收 / 自然人", "12.5", "", "",
			"", "报告", "某市人民政府办公室、某市财政局", "50", "52", "9"},
	}, tab.stats)
}

func TestWorkloadTotalsSumAcrossDocuments(t *testing.T) {
	w := workloadTotals{}
	w.add(buildTable("a", planDoc(), tableOptions{}).workload)
	w.add(buildTable("b", planDoc(), tableOptions{}).workload)
	rows := w.rows()
	require.NotEmpty(t, rows)
	byUnit := map[string][]string{}
	for _, r := range rows {
		byUnit[r.Unit] = record(workloadColumns, &r, tableOptions{})[1:]
	}
	// 法制办公室 leads task t1 (once, though named on two items) in each copy.
	assert.Equal(t, []string{"法制办公室", "2", "0", "0", "0", "2"}, byUnit["法制办公室"])
	assert.Equal(t, []string{"人力资源和社会保障局", "0", "2", "0", "0", "2"}, byUnit["人力资源和社会保障局"])
	for i := 1; i < len(rows); i++ {
		assert.GreaterOrEqual(t, rows[i-1].Total(), rows[i].Total())
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	data, err := io.ReadAll(f)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(data, []byte(utf8BOM)), "%s starts with a UTF-8 BOM", path)
	recs, err := csv.NewReader(bytes.NewReader(data[len(utf8BOM):])).ReadAll()
	require.NoError(t, err)
	return recs
}

func TestCSVSinkToDirectory(t *testing.T) {
	dir := t.TempDir()
	s, err := newCSVSink(nil, dir, tableOptions{})
	require.NoError(t, err)
	feed(t, s, fixtures(), "a/plan.txt", "b/report.txt")

	items := readCSV(t, filepath.Join(dir, itemsCSV))
	require.Len(t, items, 1+4)
	assert.Equal(t, header(itemColumns, false), items[0])
	assert.Equal(t, "a/plan.txt", items[1][0])
	assert.Equal(t, "制定重大行政决策事项目录。", items[1][7])

	stats := readCSV(t, filepath.Join(dir, statsCSV))
	require.Len(t, stats, 1+2)
	assert.Equal(t, header(statColumns, false), stats[0])
	assert.Equal(t, "1234", stats[1][6])

	units := readCSV(t, filepath.Join(dir, unitsCSV))
	assert.Equal(t, header(workloadColumns, false), units[0])
	assert.Contains(t, units, []string{"", "法制办公室", "1", "0", "0", "0", "1"}, "the fixture names no issuer")

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary files left")
}

func TestCSVSinkToStdoutAndAbort(t *testing.T) {
	var out bytes.Buffer
	s, err := newCSVSink(&out, "", tableOptions{perUnit: true})
	require.NoError(t, err)
	feed(t, s, fixtures(), "a/plan.txt")
	recs, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	assert.Len(t, recs, 1+5)

	dir := t.TempDir()
	s, err = newCSVSink(nil, dir, tableOptions{})
	require.NoError(t, err)
	require.NoError(t, s.close(false))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "an aborted run leaves no partial output")
}

func TestXLSXSink(t *testing.T) {
	dir := t.TempDir()
	s, err := newXLSXSink(nil, dir, tableOptions{})
	require.NoError(t, err)
	feed(t, s, fixtures(), "a/plan.txt", "b/report.txt")

	f, err := excelize.OpenFile(filepath.Join(dir, xlsxName))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{sheetItems, sheetWorkload, sheetStats, sheetLedger}, f.GetSheetList())

	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		require.NoError(t, err)
		return v
	}
	// Items: merged title, header, one row per item.
	assert.Equal(t, "任务分解表", cell(sheetItems, "A1"))
	assert.Equal(t, "文件", cell(sheetItems, "A2"))
	assert.Equal(t, "工作内容", cell(sheetItems, "H2"))
	assert.Equal(t, "a/plan.txt", cell(sheetItems, "A3"))
	assert.Equal(t, "青府办〔2017〕141号", cell(sheetItems, "B3"))
	assert.Equal(t, "推进权力运行公开", cell(sheetItems, "D3"))
	assert.Equal(t, "制定重大行政决策事项目录。", cell(sheetItems, "H3"))
	assert.Equal(t, "市法制办、市人社局", cell(sheetItems, "I3"))
	assert.Equal(t, "牵头、配合", cell(sheetItems, "J3"))
	assert.Equal(t, "是", cell(sheetItems, "L4"), "flags as 是/否")
	assert.Equal(t, "否", cell(sheetItems, "L3"))
	assert.Equal(t, "标题", cell(sheetItems, "N2"))
	assert.Equal(t, "市政府办公室关于印发青川市2017年政务公开工作要点实施方案的通知", cell(sheetItems, "N3"))
	assert.Equal(t, "通知", cell(sheetItems, "O3"))
	assert.Equal(t, "", cell(sheetItems, "P3"), "the plan fixture names no issuer")
	assert.Equal(t, "事项ID", cell(sheetItems, "V2"), "machine columns after the clerk's")
	assert.Equal(t, "2017年底前", cell(sheetItems, "M5"))
	assert.Equal(t, "22", cell(sheetItems, "Y6"))
	assert.Empty(t, cell(sheetItems, "A7"), "four items, four rows")
	// Every sheet has an AutoFilter over its header and rows (an Excel table).
	for sheet, ref := range map[string]string{sheetItems: "A2:Y6", sheetStats: "A2:O4"} {
		tables, err := f.GetTables(sheet)
		require.NoError(t, err)
		require.Len(t, tables, 1, sheet)
		assert.Equal(t, ref, tables[0].Range, sheet)
	}
	wlTables, err := f.GetTables(sheetWorkload)
	require.NoError(t, err)
	require.Len(t, wlTables, 1)
	typ, err := f.GetCellType(sheetItems, "Y6")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ, "line numbers are numbers")
	assert.NotEqual(t, excelize.CellTypeInlineString, typ, "line numbers are numbers")

	for _, sheet := range []string{sheetItems, sheetWorkload, sheetStats} {
		merges, err := f.GetMergeCells(sheet)
		require.NoError(t, err)
		require.Len(t, merges, 1, sheet)
		assert.Equal(t, "A1", merges[0].GetStartAxis(), sheet)
		panes, err := f.GetPanes(sheet)
		require.NoError(t, err)
		assert.True(t, panes.Freeze, sheet)
		assert.Equal(t, 2, panes.YSplit, sheet)
		assert.Equal(t, 0, panes.XSplit, sheet)
		assert.Equal(t, "A3", panes.TopLeftCell, sheet)
	}
	items, _ := f.GetMergeCells(sheetItems)
	assert.Equal(t, "Y1", items[0].GetEndAxis(), "title spans every item column")

	// Workload: 法制办公室 leads one task.
	rows, err := f.GetRows(sheetWorkload)
	require.NoError(t, err)
	assert.Equal(t, []string{"政府", "单位", "牵头", "配合", "参与", "负责", "合计"}, rows[1])
	assert.Contains(t, rows[2:], []string{"", "法制办公室", "1", "0", "0", "0", "1"})

	// Stats of the annual report.
	assert.Equal(t, "主动公开政府信息", cell(sheetStats, "F3"))
	assert.Equal(t, "1234", cell(sheetStats, "G3"))
	assert.Equal(t, "12.5", cell(sheetStats, "G4"))
	assert.Equal(t, "申请 / 自然人", cell(sheetStats, "E4"))
}

func TestXLSXWithoutReportsHasNoStatsSheet(t *testing.T) {
	var out bytes.Buffer
	s, err := newXLSXSink(&out, "", tableOptions{perUnit: true})
	require.NoError(t, err)
	feed(t, s, fixtures(), "a/plan.txt")
	f, err := excelize.OpenReader(&out)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{sheetItems, sheetWorkload, sheetLedger}, f.GetSheetList())
	rows, err := f.GetRows(sheetItems)
	require.NoError(t, err)
	assert.Len(t, rows, 2+5, "one row per item and unit")
}

func TestFitCell(t *testing.T) {
	assert.Equal(t, "短", fitCell("短"))
	long := strings.Repeat("字", excelize.TotalCellChars+10)
	got := []rune(fitCell(long))
	assert.Len(t, got, excelize.TotalCellChars)
	assert.Equal(t, '…', got[len(got)-1])
}

func TestMarkdown(t *testing.T) {
	md := string(renderMarkdown("a/plan.txt", planDoc()))
	for _, want := range []string{
		"# 市政府办公室关于印发青川市2017年政务公开工作要点实施方案的通知\n",
		"- **文件**：`a/plan.txt`\n",
		"- **发文字号**：青府办〔2017〕141号\n",
		"- **主送机关**：各市、区人民政府、市各委办局\n",
		"## 青川市2017年政务公开工作要点实施方案\n",
		"为深入贯彻落实……\n\n特制定本方案。\n",
		"### 一、推进权力运行公开\n",
		"#### （一）推进决策公开\n",
		"- 制定重大行政决策事项目录。  \n  责任单位：牵头：市法制办；配合：市人社局\n",
		"- 推行重大决策预公开。  \n  责任单位（沿用上行）：牵头：市法制办\n",
		"- 1 公开重点改革任务\\*进展\\*。  \n  责任单位：负责：各市、区政府  \n  时限：2017年底前\n",
		"- 做好解读工作。\n",
		"## 提示 (warnings)\n\n- `no_units` item names no unit（第 22 行）\n",
	} {
		assert.Contains(t, md, want)
	}
	withKeywords := planDoc()
	withKeywords.Keywords = []model.Keyword{{Term: "政务公开", Weight: 0.3}, {Term: "政策解读", Weight: 0.2}}
	assert.Contains(t, string(renderMarkdown("a", withKeywords)), "- **关键词**：政务公开、政策解读\n")
	assert.NotContains(t, md, "关键词")

	rep := string(renderMarkdown("r.txt", reportDoc()))
	assert.Contains(t, rep, "# r.txt\n")
	assert.Contains(t, rep, "### 一、总体情况\n")
	assert.Contains(t, rep, "#### （一）主动公开\n")
	assert.Contains(t, rep, "| 申请 / 自然人 | 本年新收 / 自然人 | 12.5 |  |  |\n")
}

func TestMDCode(t *testing.T) {
	assert.Equal(t, "`a_b.txt`", mdCode("a_b.txt"))
	assert.Equal(t, "``a`b``", mdCode("a`b"))
	assert.Equal(t, "`` `a ``", mdCode("`a"))
}

func TestJSONLSink(t *testing.T) {
	dir := t.TempDir()
	s, err := newJSONLSink(nil, dir)
	require.NoError(t, err)
	feed(t, s, fixtures(), "b/report.txt", "a/plan.txt")
	data, err := os.ReadFile(filepath.Join(dir, jsonlName))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, lines, 2)
	var d model.Document
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &d))
	assert.Equal(t, model.KindAnnualReport, d.Kind)
	var p model.Document
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &p))
	assert.Equal(t, planDoc(), &p, "round-trips")
}

func TestEncodeJSONKeepsMarkupReadable(t *testing.T) {
	data, err := encodeJSON(map[string]string{"t": "<p>《通知》&</p>"}, "", "")
	require.NoError(t, err)
	assert.Equal(t, `{"t":"<p>《通知》&</p>"}`+"\n", string(data))
}

// TestRolesListedOnceForPeople: an item whose three units all lead shows
// 牵头 once in the XLSX role column, and each role in CSV order otherwise.
func TestRolesListedOnceForPeople(t *testing.T) {
	units := []model.Unit{{Name: "甲局", Role: model.RoleLead}, {Name: "乙局", Role: model.RoleLead}, {Name: "丙局", Role: model.RoleCooperate}, {Name: "丁局", Role: model.RoleLead}}
	r := itemRow{doc: &model.Document{}, goal: &model.Goal{}, task: &model.Task{}, item: &model.Item{Units: units}, units: units}
	role := func(opt tableOptions) string {
		for _, c := range itemColumns {
			if c.name == "role" {
				return c.value(&r, opt)
			}
		}
		return ""
	}
	assert.Equal(t, "牵头、配合", role(tableOptions{chinese: true}))
	assert.Equal(t, "lead、lead、cooperate、lead", role(tableOptions{}), "CSV keeps one role per unit, aligned with the unit column")
}

// TestWorkloadByGovernment: the same department of two governments is
// two rows; the government is the issuer's part before 人民政府.
func TestWorkloadByGovernment(t *testing.T) {
	doc := func(issuer string) *model.Document {
		return &model.Document{Meta: model.Meta{Issuer: &model.Field{Value: issuer}}, Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{{Items: []model.Item{
			{Units: []model.Unit{{Name: "市财政局", Role: model.RoleLead}}}}}}}}}}
	}
	w := workloadTotals{}
	w.add(documentWorkload(doc("苏州市人民政府办公室")))
	w.add(documentWorkload(doc("南京市人民政府")))
	w.add(documentWorkload(doc("苏州市人民政府")))
	var got [][]string
	for _, r := range w.rows() {
		got = append(got, []string{r.gov, r.Unit, strconv.Itoa(r.Lead)})
	}
	assert.Equal(t, [][]string{{"南京市", "财政局", "1"}, {"苏州市", "财政局", "2"}}, got)
	assert.Equal(t, "苏州市财政局", government(&model.Document{Meta: model.Meta{IssuerMark: &model.Field{Value: "苏州市财政局文件"}}}))
	assert.Equal(t, "", government(&model.Document{}))

	var text bytes.Buffer
	require.NoError(t, writeWorkloadText(&text, w.rows()))
	assert.Equal(t, "政府    单位    牵头  配合  参与  负责  合计\n"+
		"南京市  财政局     1     0     0     0     1\n"+
		"苏州市  财政局     2     0     0     0     2\n", text.String(), "aligned by display width")
}
