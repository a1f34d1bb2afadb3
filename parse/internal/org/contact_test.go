package org

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsContact(t *testing.T) {
	for _, tt := range []struct {
		note string
		want bool
	}{
		{"周涛", true}, {"江红", true}, {"欧阳明", true}, {"陳衛東", true},
		{"0566-7028135", true}, {"13856612345", true}, {"８７０２１１３５", true}, {"8702 1135", true},
		{"联系电话：0566-7028135", true}, {"聯繫人：孫立", true}, {"电话：87021135", true}, {"吴芳，13856612345", true},
		// A bracket that belongs to the name or is another note.
		{"金融办", false}, {"街道", false}, {"社区", false}, {"高新区", false}, {"市、区", false},
		{"试点", false}, {"牵头", false}, {"下同", false}, {"2024年", false}, {"2024", false},
		{"", false}, {"张", false}, {"张家港市", false},
	} {
		assert.Equal(t, tt.want, IsContact(tt.note), tt.note)
	}
}
