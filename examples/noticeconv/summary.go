package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
)

// summary counts what a batch did, for the report at its end.
type summary struct {
	ok, failed, skipped int
	review              int // documents the parser marks for review
	bytes               int64
	failures            map[string]int // by error kind
	warnings            map[string]int // by warning code
	kinds               map[string]int // documents by kind
}

func newSummary() *summary {
	return &summary{failures: map[string]int{}, warnings: map[string]int{}, kinds: map[string]int{}}
}

// add counts one result.
func (s *summary) add(r *result) {
	s.bytes += r.size
	switch {
	case r.err != nil:
		s.failed++
		s.failures[string(errorKind(r.err))]++
	case r.skipped:
		s.skipped++
	default:
		s.ok++
		s.kinds[string(r.kind)]++
		if r.review {
			s.review++
		}
		for _, c := range r.warnings {
			s.warnings[c]++
		}
	}
}

// print writes the summary, e.g.
//
//	noticeconv: 9000 ok, 1000 failed, 0 skipped; 41.3 MB in 12.1s: 3.4 MB/s, 826 files/s
//	  documents: workplan 7000, annual_report 2000
//	  failed: empty 500, encoding 500
//	  warnings: no_units 1204, ordinal_gap 12
//	  review: 312 of 9000 documents need review (quality score below 0.8)
func (s *summary) print(w io.Writer, elapsed time.Duration) {
	secs := max(elapsed.Seconds(), 1e-9)
	mb := float64(s.bytes) / 1e6
	fmt.Fprintf(w, "noticeconv: %d ok, %d failed, %d skipped; %.1f MB in %s: %.1f MB/s, %.0f files/s\n",
		s.ok, s.failed, s.skipped, mb, elapsed.Round(time.Millisecond), mb/secs, float64(s.ok+s.failed)/secs)
	for _, line := range []struct {
		label  string
		counts map[string]int
	}{{"documents", s.kinds}, {"failed", s.failures}, {"warnings", s.warnings}} {
		if len(line.counts) > 0 {
			fmt.Fprintf(w, "  %s: %s\n", line.label, formatCounts(line.counts))
		}
	}
	if s.ok > 0 {
		fmt.Fprintf(w, "  review: %d of %d documents need review (quality score below %g)\n", s.review, s.ok, reviewThreshold)
	}
}

// formatCounts lists counts by decreasing count, then name: "a 3, b 1".
func formatCounts(m map[string]int) string {
	keys := slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
