package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// reviewInputs writes three notices into a directory: one the parser has
// no doubt about, one with an item whose units are missing among items
// that have them (a flagged element), and one where nothing of a notice is
// recognised (a document marked for review).
func reviewInputs(t *testing.T) string {
	dir := t.TempDir()
	head := "某某市人民政府办公室关于印发某某市2024年政务公开工作要点的通知\n" +
		"各区人民政府，市政府各部门：\n现将《某某市2024年政务公开工作要点》印发给你们，请认真贯彻执行。\n" +
		"某某市人民政府办公室\n2024年3月1日\n某某市2024年政务公开工作要点\n一、深化重点领域信息公开\n"
	writeFile(t, dir, "a_clean.txt", []byte(head+
		"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n"+
		"（二）推进就业信息公开。及时发布招聘信息。（市人社局负责）\n"))
	writeFile(t, dir, "b_flagged.txt", []byte(head+
		"（一）推进财政信息公开。细化预决算公开内容。（市财政局负责）\n"+
		"（二）推进就业信息公开。及时发布招聘信息。\n"+
		"（三）推进教育信息公开。公开招生政策。（市教育局负责）\n"))
	writeFile(t, dir, "c_unknown.txt", []byte("今天下午三点在二楼会议室开会，请大家准时参加。\n"))
	return dir
}

func TestReviewQueueCSV(t *testing.T) {
	in := reviewInputs(t)
	queue := filepath.Join(t.TempDir(), "queue.csv")
	code, _, errOut := runCmd(t, nil, "-format", "jsonl", "-review", queue, in)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "review: 1 of 3 documents need review")

	f, err := os.Open(queue)
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs)
	recs[0][0] = strings.TrimPrefix(recs[0][0], utf8BOM)
	assert.Equal(t, header(reviewColumns, false), recs[0])
	col := func(name string) int { return slices.Index(recs[0], name) }

	var files []string
	for _, rec := range recs[1:] {
		files = append(files, rec[col("file")])
		switch rec[col("file")] {
		case "b_flagged.txt":
			assert.Equal(t, "no_units", rec[col("reason")])
			assert.Equal(t, "/plan/goals/0/tasks/1/items/0", rec[col("path")])
			assert.NotEmpty(t, rec[col("element_id")])
			assert.Equal(t, "及时发布招聘信息。", rec[col("excerpt")])
			assert.Equal(t, "false", rec[col("review")])
			assert.NotEmpty(t, rec[col("line")])
		case "c_unknown.txt":
			assert.Equal(t, "weak_kind", rec[col("reason")])
			assert.Equal(t, "true", rec[col("review")])
			assert.Empty(t, rec[col("path")], "a document-wide reason")
		}
	}
	assert.Equal(t, []string{"b_flagged.txt", "c_unknown.txt"}, files, "one row per flagged element or reason; nothing for the clean notice")
}

func TestReviewQueueXLSXHighlightsRows(t *testing.T) {
	in := reviewInputs(t)
	out := t.TempDir()
	queue := filepath.Join(out, "queue.xlsx")
	code, _, errOut := runCmd(t, nil, "-q", "-format", "xlsx", "-o", out, "-review", queue, in)
	require.Equal(t, exitOK, code, errOut)

	fill := func(f *excelize.File, sheet, cell string) string {
		id, err := f.GetCellStyle(sheet, cell)
		require.NoError(t, err)
		st, err := f.GetStyle(id)
		require.NoError(t, err)
		return strings.Join(st.Fill.Color, "")
	}

	q, err := excelize.OpenFile(queue)
	require.NoError(t, err)
	defer q.Close()
	rows, err := q.GetRows(sheetReview)
	require.NoError(t, err)
	require.Len(t, rows, xlsxHeaderRows+2)
	for i, row := range rows[xlsxHeaderRows:] {
		cell := "A" + strconv.Itoa(xlsxHeaderRows+1+i)
		if row[0] == "c_unknown.txt" {
			assert.Equal(t, "是", row[1])
			assert.Equal(t, "FFF2CC", fill(q, sheetReview, cell), "a document marked for review is highlighted")
		} else {
			assert.Empty(t, fill(q, sheetReview, cell))
		}
	}

	book, err := excelize.OpenFile(filepath.Join(out, xlsxName))
	require.NoError(t, err)
	defer book.Close()
	items, err := book.GetRows(sheetItems)
	require.NoError(t, err)
	flagged := 0
	for i, row := range items[xlsxHeaderRows:] {
		cell := "A" + strconv.Itoa(xlsxHeaderRows+1+i)
		if len(row) > flagsColumn && row[flagsColumn] != "" {
			flagged++
			assert.Equal(t, "no_units", row[flagsColumn])
			assert.Equal(t, "FFF2CC", fill(book, sheetItems, cell), "a flagged item's row is highlighted")
		} else {
			assert.Empty(t, fill(book, sheetItems, cell))
		}
	}
	assert.Equal(t, 1, flagged)
}

func TestReviewFlagChecks(t *testing.T) {
	code, _, errOut := runCmd(t, nil, "-review", "queue.txt", seedDir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, ".csv or .xlsx")
	code, _, _ = runCmd(t, nil, "-stream", "-review", "queue.csv")
	assert.Equal(t, exitUsage, code)
}
