package model_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// reasonCodes returns the values of the Reason* constants of quality.go,
// read from its source so that a code added there is listed here too.
func reasonCodes(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "quality.go", nil, 0)
	require.NoError(t, err)
	var codes []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || !strings.HasPrefix(vs.Names[0].Name, "Reason") {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		require.True(t, ok && lit.Kind == token.STRING, vs.Names[0].Name)
		code, err := strconv.Unquote(lit.Value)
		require.NoError(t, err)
		codes = append(codes, code)
		return true
	})
	require.Contains(t, codes, model.ReasonHeaderNoRows)
	return codes
}

// TestReasonCodesDocumented: the schema's reason_code enum and the
// README's quality row list exactly the model's reason codes, in order.
func TestReasonCodesDocumented(t *testing.T) {
	codes := reasonCodes(t)

	data, err := fs.ReadFile(model.SchemaFiles(), "document.schema.json")
	require.NoError(t, err)
	var schema struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &schema))
	assert.Equal(t, codes, schema.Defs["reason_code"].Enum, "document.schema.json reason_code")

	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	const intro = "`code` one of "
	k := strings.Index(string(readme), intro)
	require.GreaterOrEqual(t, k, 0, "README.md names no reason codes")
	list, _, _ := strings.Cut(string(readme[k+len(intro):]), ";")
	var listed []string
	for i, part := range strings.Split(list, "`") {
		if i%2 == 1 {
			listed = append(listed, part)
		}
	}
	assert.Equal(t, codes, listed, "README.md reason codes")
}
