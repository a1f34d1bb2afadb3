package report

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestReportSchema validates the report of every fixture against
// model/schema/report.schema.json.
func TestReportSchema(t *testing.T) {
	data, err := fs.ReadFile(model.SchemaFiles(), "report.schema.json")
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("report.schema.json", doc))
	schema, err := c.Compile("report.schema.json")
	require.NoError(t, err)

	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := filepath.Base(f)
		rep, _ := Build(load(t, name), "")
		b, err := json.Marshal(rep)
		require.NoError(t, err)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		require.NoError(t, err)
		require.NoError(t, schema.Validate(inst), name)
	}
	// and a report with nothing in it
	b, _ := json.Marshal(&model.Report{Sections: []model.Section{}, Stats: []model.Stat{}})
	inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(string(b)))
	require.NoError(t, schema.Validate(inst))
}
