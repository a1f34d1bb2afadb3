package parse_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse"
)

// countdownCtx is a context that is cancelled after its Err method has
// been called n times: it cancels parsing at a chosen stage boundary, the
// same on every run, which a timer cannot do.
type countdownCtx struct {
	context.Context
	n     atomic.Int32
	calls atomic.Int32
}

func newCountdown(n int32) *countdownCtx {
	c := &countdownCtx{Context: context.Background()}
	c.n.Store(n)
	return c
}

func (c *countdownCtx) Err() error {
	c.calls.Add(1)
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestContextCancelledMidPDF cancels while a multi-page PDF is being
// read: parsing stops at the next page with an *Error that wraps
// context.Canceled and names the file, and nothing is returned.
func TestContextCancelledMidPDF(t *testing.T) {
	path := filepath.Join(pdfDir, "mixed_text_and_scanned_page.pdf")
	// How many checks a full parse makes: every boundary, each page included.
	full := newCountdown(1 << 20)
	_, err := parse.File(path, parse.WithContext(full))
	require.NoError(t, err)
	total := full.calls.Load()
	require.Greater(t, total, int32(4), "a two-page PDF passes the file, tree, page and build boundaries")

	// Checks: File, Bytes, the page tree, page 1, page 2. Cancelled after
	// page 1 was read, it stops before page 2.
	ctx := newCountdown(4)
	doc, err := parse.File(path, parse.WithContext(ctx))
	assert.Nil(t, doc)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
	assert.NotErrorIs(t, err, parse.ErrMalformed, "a cancellation is not a damaged file")
	assert.Equal(t, parse.KindCanceled, parse.KindOf(err))
	var pe *parse.Error
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, path, pe.File)
	assert.Equal(t, int32(5), ctx.calls.Load(), "it stopped at the first boundary after the cancellation")
	assert.Less(t, ctx.calls.Load(), total)
}

// TestContextAtEveryBoundary cancels at each boundary of a text parse in
// turn: every one of them stops the parse with the context's error.
func TestContextAtEveryBoundary(t *testing.T) {
	const notice = "某府办〔2024〕3号\n某市2024年政务公开工作要点\n一、推进决策公开\n（一）做好决策预公开。（市司法局牵头）\n"
	full := newCountdown(1 << 20)
	_, err := parse.Bytes([]byte(notice), parse.WithContext(full))
	require.NoError(t, err)
	for n := range full.calls.Load() {
		_, err := parse.Bytes([]byte(notice), parse.WithContext(newCountdown(n)), parse.WithName("n.txt"))
		assert.ErrorIs(t, err, context.Canceled, "cancelled after %d checks", n)
	}
}

// TestContextDeadline checks an expired deadline: kind timeout.
func TestContextDeadline(t *testing.T) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err := parse.File(filepath.Join(pdfDir, "trad_chromium_type3.pdf"), parse.WithContext(ctx))
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, parse.KindTimeout, parse.KindOf(err))
}
