package errs

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSub(t *testing.T) {
	pdf := Sub(Malformed, "malformed PDF")
	err := fmt.Errorf("%w: xref table truncated", pdf)
	assert.True(t, errors.Is(err, pdf))
	assert.True(t, errors.Is(err, Malformed))
	assert.False(t, errors.Is(err, TooLarge))
	assert.Equal(t, "malformed PDF: xref table truncated", err.Error())
	assert.False(t, errors.Is(Sub(TooLarge, "x"), pdf), "subs of other reasons stay apart")
}
