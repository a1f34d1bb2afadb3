package docmeta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithoutSeal(t *testing.T) {
	for s, want := range map[string]string{
		"某县人民政府办公室（印章）":  "某县人民政府办公室",
		"某县人民政府办公室 (盖章)": "某县人民政府办公室",
		"某縣人民政府（蓋章）":     "某縣人民政府",
		"某市财政局（公章）":      "某市财政局",
		"某镇人民政府（章）":      "某镇人民政府",
		"各街道（功能区）":       "各街道（功能区）",
		"某县人民政府办公室":      "某县人民政府办公室",
		"（印章）":           "（印章）",
	} {
		assert.Equal(t, want, s[:WithoutSeal(s)], s)
	}
}
