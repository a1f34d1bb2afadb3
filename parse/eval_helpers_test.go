package parse_test

import (
	"fmt"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// parseNoPanic parses the file at path, turning a panic of the parser into
// an error naming the file, so one bad file does not hide the others.
func parseNoPanic(path string) (doc *model.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: parser panicked: %v", path, r)
		}
	}()
	return parse.File(path)
}
