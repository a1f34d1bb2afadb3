package parse

import (
	"context"
	"sync"
)

// Option configures parsing, in the functional-options style.
type Option func(*config)

// config gathers every option. Each input reader and post-processing
// stage keeps its settings in its own sub-struct, declared beside it.
type config struct {
	ctx      context.Context // checked between stages; never nil
	name     string          // file name for Source and errors
	maxBytes int64           // refuse larger inputs
	input    inputConfig
	pdf      pdfConfig
	kw       keywordConfig
	keepText bool // WithSourceText
}

// DefaultMaxBytes is the default limit on input size (256 MiB).
const DefaultMaxBytes = 256 << 20

// configs keeps the configs of calls that returned for the next calls:
// nothing a call returns points into its config.
var configs = sync.Pool{New: func() any { return new(config) }}

// newConfig gathers opts into a config; the caller releases it when it
// returns.
func newConfig(opts []Option) *config {
	c := configs.Get().(*config)
	*c = config{ctx: context.Background(), maxBytes: DefaultMaxBytes, pdf: defaultPDFConfig()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

// release gives c back to configs, cleared so that the pool holds no text.
func (c *config) release() {
	*c = config{}
	configs.Put(c)
}

// WithName sets the file name recorded in Document.Source and used in
// errors, for input that does not come from File.
func WithName(name string) Option { return func(c *config) { c.name = name } }

// WithMaxBytes limits the size of the input; larger inputs fail with
// ErrTooLarge. Zero or less means DefaultMaxBytes.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		c.maxBytes = n
	}
}

// WithSourceText keeps the decoded text in Document.Source.Text, so that a
// caller can show what every span points at (an audit view). The text is
// not part of the JSON output.
func WithSourceText() Option { return func(c *config) { c.keepText = true } }

// WithContext lets the caller cancel parsing or give it a deadline. The
// context is checked at every stage boundary (before reading, after
// decoding, before and after building the document, and before each page
// of a PDF); once it is done, parsing stops there and returns an *Error
// wrapping ctx.Err() (context.Canceled or context.DeadlineExceeded, kinds
// KindCanceled and KindTimeout). A stage already running finishes first.
// A nil context is ignored.
func WithContext(ctx context.Context) Option {
	return func(c *config) {
		if ctx != nil {
			c.ctx = ctx
		}
	}
}
