package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIssuers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"某省人民政府办公厅、某军区政治部", []string{"某省人民政府办公厅", "某军区政治部"}},
		{"某省人民政府办公厅　某军区政治部", []string{"某省人民政府办公厅", "某军区政治部"}},
		{"某市人民政府 某市人民政府办公室", []string{"某市人民政府", "某市人民政府办公室"}},
		{"某县人民政府", []string{"某县人民政府"}},
		{"某某市 人民政府", []string{"某某市 人民政府"}},
		{"市教育局，市财政局", []string{"市教育局", "市财政局"}},
		{" 、 ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Issuers(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}
