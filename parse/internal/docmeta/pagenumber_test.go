package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPageNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"- 3 -": true, "—12—": true, "第3页": true, "第 3 页，共 10 页": true, "第3页,共10页": true,
		"第 2 頁 共 3 頁": true, "第 2 页 共 3 页": true, "第2頁": true,
		"Page 3": true, "PAGE12": true, "3/10": true, " 3 / 10 ": true,
		"3": false, "第三页": false, "- 3": false, "2020/2021年度": false, "第3页内容": false, "Pages 3": false, "": false,
		"第2頁的內容": false, "第 2 页 共": false,
	} {
		assert.Equal(t, want, PageNumber(s), s)
	}
}
