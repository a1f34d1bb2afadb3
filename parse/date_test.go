package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2017年5月28日", "2017-05-28"},
		{"2017 年 5 月 28 日", "2017-05-28"},
		{"二〇一七年五月二十八日", "2017-05-28"},
		{"二○一九年十二月三十一日", "2019-12-31"},
		{"苏州市人民政府办公室 2017年5月31日印发", "2017-05-31"},
		{"2017年13月1日", ""},
		{"二〇一七年", ""},
	}
	for _, tt := range tests {
		iso, _, _, ok := findDate(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		assert.Equal(t, tt.want, iso, tt.in)
	}
	for in, want := range map[string]string{"2021531": "2021-05-31", "20211231": "2021-12-31", "2021": "", "2021999": ""} {
		got, _ := digitsDate(in)
		assert.Equal(t, want, got, in)
	}
}
