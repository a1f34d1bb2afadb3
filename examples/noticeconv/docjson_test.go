package main

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/examples/noticeconv/internal/jsongen"
	"github.com/zwgk/gongwen/model"
)

var updateDocJSON = flag.Bool("update-docjson", false, "rewrite docjson.go from the model's types (go generate)")

// TestDocJSONGenerated checks that docjson.go is what jsongen writes for
// the model's Document as it is now: a field added to the model must be
// written there too (go generate rewrites it).
func TestDocJSONGenerated(t *testing.T) {
	src, err := jsongen.Generate("main", "jsongen (go generate in examples/noticeconv)", reflect.TypeFor[model.Document]())
	require.NoError(t, err)
	if *updateDocJSON {
		require.NoError(t, os.WriteFile("docjson.go", src, 0o644))
		return
	}
	got, err := os.ReadFile("docjson.go")
	require.NoError(t, err)
	require.Equal(t, string(src), string(got), "docjson.go is stale: run go generate in examples/noticeconv")
}

// TestDocJSONLeftToEncodingJSON checks that a Document the generated
// code cannot write (a NaN score) comes back refused with nothing
// appended, and that encoding/json then fails as before; and that a plan
// shared by Plan and Plans is written twice, as encoding/json writes it.
func TestDocJSONLeftToEncodingJSON(t *testing.T) {
	nan := &model.Document{Quality: &model.Quality{Score: math.NaN()}}
	b, err := appendCompact([]byte("x"), nan)
	require.ErrorIs(t, err, errNotCompact)
	assert.Equal(t, "x", string(b))
	_, err = encodeJSON(nan, "", "")
	require.Error(t, err)

	shared := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{No: "一", Tasks: []model.Task{{No: "（一）"}}}}}}
	shared.Plans = []*model.Plan{shared.Plan}
	requireSameJSON(t, shared)
}

// TestJSONGenRefuses checks that jsongen refuses, naming it, each kind of
// field whose JSON encoding/json writes otherwise than its plain rules.
func TestJSONGenRefuses(t *testing.T) {
	for _, typ := range []reflect.Type{
		reflect.TypeFor[struct{ M map[string]int }](),
		reflect.TypeFor[struct{ Any any }](),
		reflect.TypeFor[struct{ Arr [2]int }](),
		reflect.TypeFor[struct{ B []byte }](),
		reflect.TypeFor[struct{ N json.Number }](),
		reflect.TypeFor[struct{ T textValue }](),
		reflect.TypeFor[struct{ J *jsonPointer }](),
		reflect.TypeFor[struct{ embedded }](),
		reflect.TypeFor[struct {
			Q int `json:"q,string"`
		}](),
		reflect.TypeFor[struct {
			Z int `json:"z,omitzero"`
		}](),
		reflect.TypeFor[struct {
			Odd string `json:"a-b"`
		}](),
		reflect.TypeFor[struct {
			X int
			Y int `json:"X"`
		}](),
		reflect.TypeFor[struct{ S [][]string }](),
	} {
		_, err := jsongen.Generate("main", "test", typ)
		assert.Error(t, err, "%v", typ)
	}
}
