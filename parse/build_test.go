package parse

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstYear(t *testing.T) {
	pattern := regexp.MustCompile(`(19|20)\d{2}`) // the pattern firstYear replaced
	for _, tt := range []struct{ in, want string }{
		{"某区2024年政务公开工作要点", "2024"},
		{"某区1998—2000年规划", "1998"},
		{"第12019号", "2019"},
		{"2１024年", ""},
		{"２０２４年", ""},
		{"3020年", ""},
		{"201", ""},
		{"", ""},
	} {
		assert.Equal(t, tt.want, firstYear(tt.in), tt.in)
		assert.Equal(t, pattern.FindString(tt.in), firstYear(tt.in), "agrees with the pattern: %q", tt.in)
	}
}
