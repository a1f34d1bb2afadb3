package parse_test

import (
	"fmt"
	"log"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse"
)

// Parse a file and print each item's lead units. This body is the "Use
// from Go" snippet of README.md (TestReadmeSnippetIsExampleFile keeps them
// the same), so the snippet is compiled with every test run. It works on
// any notice: an annual report has no plan, and the iterators and Text
// are nil-safe.
func ExampleFile() {
	doc, err := parse.File("notice.pdf") // or parse.Text / parse.Bytes / parse.Reader
	if err != nil {
		// err names the file and the reason; KindOf gives a stable name
		// for logs (empty, encoding, malformed, unsupported_format, …).
		log.Fatalf("%v (%s)", err, parse.KindOf(err))
	}
	fmt.Println(doc.Kind, doc.Meta.DocNumber.Text()) // "" when there is no 发文字号
	for task, item := range doc.Items() {            // nothing for an annual report
		for u := range item.UnitsWith(model.RoleLead) {
			fmt.Println(task.No, task.Title, u.Name, u.Role.Label()) // … 市财政局 牵头
		}
	}
}
