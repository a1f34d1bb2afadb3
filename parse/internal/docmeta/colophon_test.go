package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPrintingLine: the 版记's printing line ends in a date and 印发, in
// either script and with any spacing; a sentence that issues a plan, a
// 印发 without its date and a title naming the word are none.
func TestPrintingLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"阜平县人民政府办公室　　　　　　　　2011年3月22日印发", true},
		{"合肥高新区党政办公室 2019年5月21日印发　", true},
		{"宜昌市人民政府辦公室　2016年3月7日印發", true},
		{"濮院镇党政办公室 二〇〇八年三月十一日 印发", true},
		{"现将《工作方案》印发给你们，请认真贯彻执行。", false},
		{"县政府办公室印发", false},
		{"关于2011年3月22日印发的通知", false},
		{"2011年3月22日印发的方案已经废止", false},
		{"", false},
	} {
		assert.Equal(t, c.want, PrintingLine(c.in), c.in)
	}
}
