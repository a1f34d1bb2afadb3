package parse

// Option configures parsing, in the functional-options style.
type Option func(*config)

// config gathers every option. Each input reader and post-processing
// stage keeps its settings in its own sub-struct, declared beside it.
type config struct {
	name     string // file name for Source and errors
	maxBytes int64  // refuse larger inputs
	input    inputConfig
	pdf      pdfConfig
	kw       keywordConfig
	keepText bool // WithSourceText
}

// DefaultMaxBytes is the default limit on input size (256 MiB).
const DefaultMaxBytes = 256 << 20

func newConfig(opts []Option) *config {
	c := &config{maxBytes: DefaultMaxBytes}
	c.pdf = defaultPDFConfig()
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
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
