package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

func citingDoc() *model.Document {
	return &model.Document{ID: "d1",
		Meta: model.Meta{DocNumber: &model.Field{Value: "某发〔2021〕1号"}, Title: &model.Field{Value: "某通知"}},
		Citations: []model.Citation{
			{Title: "关于甲的通知", DocNumber: "某办发〔2020〕5号"},
			{Title: "某条例"},
		}}
}

func TestCitationWriter(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ file, want string }{
		{"edges.csv", utf8BOM + "from_file,from_id,from_doc_number,from_title,to_title,to_doc_number\n" +
			"a.txt,d1,某发〔2021〕1号,某通知,关于甲的通知,某办发〔2020〕5号\n" +
			"a.txt,d1,某发〔2021〕1号,某通知,某条例,\n"},
		{"edges.jsonl", `{"from_file":"a.txt","from_id":"d1","from_doc_number":"某发〔2021〕1号","from_title":"某通知","to_title":"关于甲的通知","to_doc_number":"某办发〔2020〕5号"}` + "\n" +
			`{"from_file":"a.txt","from_id":"d1","from_doc_number":"某发〔2021〕1号","from_title":"某通知","to_title":"某条例","to_doc_number":""}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			w, err := newCitationWriter(path)
			require.NoError(t, err)
			require.NoError(t, w.write(citationEdges("a.txt", citingDoc())))
			_, err = os.Stat(path)
			assert.True(t, os.IsNotExist(err), "nothing appears before close")
			require.NoError(t, w.close(true))
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(data))
		})
	}
}

func TestCitationWriterRefusesOtherExtensions(t *testing.T) {
	_, err := newCitationWriter(filepath.Join(t.TempDir(), "edges.xlsx"))
	assert.ErrorContains(t, err, ".csv or .jsonl")
}

func TestCitationWriterDiscardsOnFailure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "edges.csv")
	w, err := newCitationWriter(path)
	require.NoError(t, err)
	require.NoError(t, w.write(citationEdges("a.txt", citingDoc())))
	require.NoError(t, w.close(false))
	_, err = os.Stat(path)
	assert.True(t, os.IsNotExist(err))
}

// End to end on the seeds: -citations writes seed 000's and 001's numbered
// citations beside an XLSX workbook whose 督办台账 lists the items by due
// month, and the items sheet carries the typed deadline and frequency.
func TestSeedsCitationsAndLedger(t *testing.T) {
	out := t.TempDir()
	edges := filepath.Join(out, "edges.csv")
	code, _, errOut := runCmd(t, nil, "-q", "-format", "xlsx", "-o", out, "-citations", edges,
		filepath.Join(seedDir, "000_baa0cee3830c2c78.txt"), filepath.Join(seedDir, "001_2618c019250de3da.txt"))
	require.Equal(t, exitOK, code, errOut)

	numbered := map[string]string{}
	for _, rec := range readCSV(t, edges)[1:] {
		if rec[5] != "" {
			numbered[rec[5]] = rec[0]
		}
	}
	assert.Equal(t, map[string]string{
		"苏府办〔2017〕5号": "000_baa0cee3830c2c78.txt", "苏府办〔2017〕26号": "000_baa0cee3830c2c78.txt",
		"苏政办发〔2019〕56号": "001_2618c019250de3da.txt", "苏政办发〔2018〕112号": "001_2618c019250de3da.txt",
		"苏政办发〔2019〕50号": "001_2618c019250de3da.txt",
	}, numbered)

	f, err := excelize.OpenFile(filepath.Join(out, xlsxName))
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(sheetLedger)
	require.NoError(t, err)
	require.Greater(t, len(rows), xlsxHeaderRows)
	assert.Equal(t, header(ledgerColumns, true), rows[1])
	// Seed 000's dated items are all due by the end of 2017 (年内, 年底前,
	// 下半年); the items without a date follow.
	assert.Equal(t, "2017-12", rows[xlsxHeaderRows][0])
	assert.Equal(t, "2017-12-31", rows[xlsxHeaderRows][1])
	assert.Equal(t, ledgerUndated, rows[len(rows)-1][0])

	items, err := f.GetRows(sheetItems)
	require.NoError(t, err)
	col := slices.Index(items[1], "频次")
	require.GreaterOrEqual(t, col, 0)
	found := false
	for _, r := range items[xlsxHeaderRows:] {
		found = found || len(r) > col && r[col] == "每周"
	}
	assert.True(t, found, "seed 000's 每周公布 item is weekly")
}

func TestCitationsFlagChecks(t *testing.T) {
	for _, args := range [][]string{
		{"-citations", "edges.txt", "a.txt"},
		{"-citations", "edges.csv", "-resume", "-o", "x", "a.txt"},
		{"-citations", "edges.csv", "-stream"},
	} {
		code, _, _ := runCmd(t, nil, args...)
		assert.Equal(t, exitUsage, code, args)
	}
}
