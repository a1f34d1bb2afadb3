// Package segment is gongwen's Chinese language layer: word segmentation
// with a government-domain dictionary, keyword extraction, traditional
// text, and canonical names of responsible units.
package segment
