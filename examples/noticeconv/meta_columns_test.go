package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jointPlan is a joint notice, its title broken over three lines, whose
// body assigns one task.
const jointPlan = "某省人民政府办公厅、某军区政治部\n关于加强民兵训练场地\n管理工作的通知\n某政办发〔1996〕25号\n各市人民政府：\n" +
	"一、加强场地管理\n（一）建立场地台账，定期核查。（某省民政厅负责）\n" +
	"某省人民政府办公厅　某军区政治部\n一九九六年六月二十九日\n"

// TestOutputsShowTitleIssuersAndType runs the command on a joint notice:
// JSON Lines carry the full title, both issuers and the 文种 in meta, and
// the CSV items table has them as columns.
func TestOutputsShowTitleIssuersAndType(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "joint.txt")
	require.NoError(t, os.WriteFile(in, []byte(jointPlan), 0o644))
	const title = "某省人民政府办公厅、某军区政治部关于加强民兵训练场地管理工作的通知"

	code, out, errOut := runCmd(t, nil, "-q", "-format", "jsonl", in)
	require.Equal(t, exitOK, code, errOut)
	var doc struct {
		Meta struct {
			Title   struct{ Value string }   `json:"title"`
			DocType struct{ Value string }   `json:"doc_type"`
			Issuers []struct{ Value string } `json:"issuers"`
		} `json:"meta"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, title, doc.Meta.Title.Value)
	assert.Equal(t, "通知", doc.Meta.DocType.Value)
	require.Len(t, doc.Meta.Issuers, 2)
	assert.Equal(t, "某省人民政府办公厅", doc.Meta.Issuers[0].Value)
	assert.Equal(t, "某军区政治部", doc.Meta.Issuers[1].Value)

	outDir := filepath.Join(dir, "csv")
	code, _, errOut = runCmd(t, nil, "-q", "-format", "csv", "-o", outDir, in)
	require.Equal(t, exitOK, code, errOut)
	items := readCSV(t, filepath.Join(outDir, itemsCSV))
	require.Len(t, items, 2, "one item")
	col := func(name string) string {
		i := slices.Index(items[0], name)
		require.GreaterOrEqual(t, i, 0, name)
		return items[1][i]
	}
	assert.Equal(t, title, col("title"))
	assert.Equal(t, "通知", col("doc_type"))
	assert.Equal(t, "某省人民政府办公厅、某军区政治部", col("issuers"))
}
