package org

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment/script"
)

// TestIsVillage: a village's own name is a unit; a class, a count or a
// task ending in 村 is not, in either script.
func TestIsVillage(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"德天村", true},
		{"隘江村", true},
		{"二道河村", true},
		{"大东沟门村", true},
		{"高山村", true},
		{" 永陵村 ", true},
		{"村", false},
		{"山村", false},
		{"农村", false},
		{"新农村", false},
		{"美丽乡村", false},
		{"贫困村", false},
		{"省级示范村", false},
		{"城中村", false},
		{"三个村", false},
		{"所在村", false},
		{"12个村", false},
		{"推进美丽宜居村", false},
		{"建设社会主义新农村", false},
		{"德天村委会", false}, // ends in 会: an organisation ending, not this reader's
		{"A村", false},
		// a class or title of villages, named alone or by the task that
		// awards it
		{"卫生村", false},
		{"生态村", false},
		{"创建卫生村", false},
		{"打造精品村", false},
		{"建设小康村", false},
		{"争创平安村", false},
		{"平安村", true},
		{"建设村", true},
		{"建设新村", true},
		// a body with the 村 of the next name glued on
		{"镇司法所村", false},
		{"镇派出所村", false},
		{"镇农办村", false},
		{"乡财政所村", false},
		{"前所村", true},
		{"花园村", true},
		{"大花园村", true},
		{"书院村", true},
	} {
		assert.Equal(t, tc.want, IsVillage(tc.s), tc.s)
		assert.Equal(t, tc.want, IsVillage(script.ToTraditional(tc.s)), "traditional %s", tc.s)
	}
}
