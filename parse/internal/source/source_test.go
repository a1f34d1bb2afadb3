package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReleaseReusesLines: a released Source's line array is reused by the
// next Source, which sees only its own lines, and the released Source
// still answers (it splits its lines again).
func TestReleaseReusesLines(t *testing.T) {
	for _, tc := range []struct {
		name, first, second string
		lines               []string
	}{
		{"newlines", "甲\n乙\n丙\n丁", "一\n二", []string{"一", "二"}},
		{"carriage returns", "甲\r\n乙\r\n丙", "一\r二", []string{"一", "二"}},
		{"longer after shorter", "甲", "一\n二\n三", []string{"一", "二", "三"}},
		{"empty", "甲\n乙", "", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := New(tc.first)
			before := len(a.Lines())
			a.Release()
			assert.Nil(t, a.lines, "a released Source holds no lines")
			b := New(tc.second)
			var got []string
			for _, l := range b.Lines() {
				got = append(got, l.S)
			}
			if got == nil {
				got = []string{}
			}
			assert.Equal(t, tc.lines, got)
			require.Len(t, a.Lines(), before, "split again after Release")
			assert.Equal(t, before, a.LineOf(len(tc.first)))
			b.Release()
			a.Release()
		})
	}
}

// TestReleaseUnsplit: releasing a Source whose lines were never split, or
// releasing twice, does nothing.
func TestReleaseUnsplit(t *testing.T) {
	s := New("甲\n乙")
	s.Release()
	assert.Equal(t, 2, s.LineOf(len("甲\n")))
	s.Lines()
	s.Release()
	s.Release()
	assert.Equal(t, 2, len(s.Lines()))
}
