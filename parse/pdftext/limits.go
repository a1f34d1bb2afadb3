package pdftext

// Limits bound the work done on one PDF. The zero value of a field means
// the default from DefaultLimits.
type Limits struct {
	MaxPages        int   // pages read; later pages are reported lost
	MaxContentBytes int64 // decompressed content-stream bytes per page (forms included)
	MaxObjects      int64 // cross-reference entries (guards against huge /Size)
	MaxTreeDepth    int   // nesting of the page tree
	MaxTreeNodes    int   // nodes visited in the page tree
	MaxXrefSections int   // cross-reference sections followed through /Prev
	MaxCMapBytes    int64 // decompressed bytes of one ToUnicode map
	MaxNesting      int   // nesting of arrays and dictionaries in the file
	MaxFormDepth    int   // nesting of form XObjects
	MaxStateDepth   int   // nesting of q/Q graphics states
}

// DefaultLimits returns the defaults: generous for real documents (a 2,000
// page scan, 64 MiB of content on a page) and small enough that a hostile
// file cannot exhaust memory.
func DefaultLimits() Limits {
	return Limits{
		MaxPages:        5000,
		MaxContentBytes: 64 << 20,
		MaxObjects:      4 << 20,
		MaxTreeDepth:    64,
		MaxTreeNodes:    200000,
		MaxXrefSections: 256,
		MaxCMapBytes:    8 << 20,
		MaxNesting:      1000,
		MaxFormDepth:    12,
		MaxStateDepth:   256,
	}
}

// withDefaults fills zero (or negative) fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	orDefault(&l.MaxPages, d.MaxPages)
	orDefault(&l.MaxContentBytes, d.MaxContentBytes)
	orDefault(&l.MaxObjects, d.MaxObjects)
	orDefault(&l.MaxTreeDepth, d.MaxTreeDepth)
	orDefault(&l.MaxTreeNodes, d.MaxTreeNodes)
	orDefault(&l.MaxXrefSections, d.MaxXrefSections)
	orDefault(&l.MaxCMapBytes, d.MaxCMapBytes)
	orDefault(&l.MaxNesting, d.MaxNesting)
	orDefault(&l.MaxFormDepth, d.MaxFormDepth)
	orDefault(&l.MaxStateDepth, d.MaxStateDepth)
	return l
}

// orDefault sets a limit that is not positive to its default d.
func orDefault[T int | int64](v *T, d T) {
	if *v <= 0 {
		*v = d
	}
}
