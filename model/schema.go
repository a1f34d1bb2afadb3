package model

import (
	"embed"
	"io/fs"
)

//go:embed schema/*.schema.json
var schemaFS embed.FS

// SchemaFiles returns the JSON Schema (draft 2020-12) of the Document JSON
// form: "document.schema.json", which refers to "report.schema.json".
// Validators load both under those names.
func SchemaFiles() fs.FS {
	sub, err := fs.Sub(schemaFS, "schema")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// Schema returns the document schema's bytes.
func Schema() []byte {
	b, err := schemaFS.ReadFile("schema/document.schema.json")
	if err != nil {
		panic(err)
	}
	return b
}
