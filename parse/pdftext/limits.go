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

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxPages <= 0 {
		l.MaxPages = d.MaxPages
	}
	if l.MaxContentBytes <= 0 {
		l.MaxContentBytes = d.MaxContentBytes
	}
	if l.MaxObjects <= 0 {
		l.MaxObjects = d.MaxObjects
	}
	if l.MaxTreeDepth <= 0 {
		l.MaxTreeDepth = d.MaxTreeDepth
	}
	if l.MaxTreeNodes <= 0 {
		l.MaxTreeNodes = d.MaxTreeNodes
	}
	if l.MaxXrefSections <= 0 {
		l.MaxXrefSections = d.MaxXrefSections
	}
	if l.MaxCMapBytes <= 0 {
		l.MaxCMapBytes = d.MaxCMapBytes
	}
	if l.MaxNesting <= 0 {
		l.MaxNesting = d.MaxNesting
	}
	if l.MaxFormDepth <= 0 {
		l.MaxFormDepth = d.MaxFormDepth
	}
	if l.MaxStateDepth <= 0 {
		l.MaxStateDepth = d.MaxStateDepth
	}
	return l
}
