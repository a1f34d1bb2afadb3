package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCitesOnly(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"《中华人民共和国政府信息公开条例》", true},
		{"《中华人民共和国政府信息公开条例》（国务院令第711号）；", true},
		{"《省政务公开工作要点》和《市政务公开工作要点》。", true},
		{"《省政务公开工作要点》、《市政务公开工作要点》", true},
		{"《县政务公开管理办法》（县司法局牵头）", false}, // a unit clause: a task
		{"《县政务公开管理办法》（责任单位：县司法局）", false},
		{"修订《县政务公开管理办法》", false},
		{"《县政务公开管理办法》修订工作", false},
		{"《县政务公开管理办法", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, citesOnly(tt.s), tt.s)
	}
}
