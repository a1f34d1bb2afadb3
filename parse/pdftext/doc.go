// Package pdftext extracts the text of a PDF in reading order, the way a
// reader of a Chinese government notice sees it.
//
// Data flows in five stages:
//
//  1. preflight (preflight.go) checks the raw bytes before the PDF library
//     sees them: it finds the real header and the last %%EOF, rewrites a
//     header the library would refuse, and walks the cross-reference chain
//     itself so that a /Prev loop, a huge /Size or a huge subsection start
//     (which hang or kill the process inside the library) become errors.
//  2. pagetree.go walks the page tree with depth and node limits, carrying
//     inherited resources down instead of following /Parent links.
//  3. walker.go interprets each page's content stream through the library's
//     exported pdf.Interpret, with its own text state: correct advances for
//     Type0, Type3 and simple fonts (font.go), ToUnicode maps precomputed
//     into hash maps (cmap.go), predefined Chinese CMaps decoded with
//     golang.org/x/text, ruling lines and image placements recorded. Every
//     page runs under recover and with a cap on decompressed content.
//  4. layout.go groups glyphs into lines and paragraphs; table.go rebuilds
//     ruled tables (columns from vertical rules or x coverage, rows from
//     horizontal rules, merged cells filled down); quality.go normalises
//     radicals and compatibility ideographs and flags garbled or scanned
//     pages.
//  5. document.go joins the pages: running headers, page numbers and
//     repeated table header rows are removed, a table row or paragraph split
//     by a page break is joined back, and the result is one paragraph or
//     one tab-separated table row per line.
package pdftext
