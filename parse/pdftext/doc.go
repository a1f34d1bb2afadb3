// Package pdftext extracts the text of a PDF in reading order, the way a
// reader of a Chinese government notice sees it: one paragraph or one
// table row per line, table cells separated by a TAB.
//
// It is built on github.com/ledongthuc/pdf's object reader and its exported
// content-stream interpreter (pdf.Interpret), not on the library's text
// functions, whose fonts, advances and page handling are wrong for Chinese
// documents (see shared/notes/pdf-facts.md). Data flows in five stages:
//
//  1. preflight.go checks the raw bytes before the library sees them: it
//     finds the real header and the last %%EOF (tolerating junk before,
//     after, and a %PDF-2.0 header), walks the cross-reference chain itself
//     so that a /Prev loop, a huge /Size or subsection (which hang the
//     library or kill the process with an unrecoverable out-of-memory)
//     become errors, and rejects nesting deep enough to overflow the
//     library's recursive parser and object-stream /N or /Extends values
//     that make it loop; it raises a trailer /Size smaller than the
//     objects the cross-reference tables list (pdfunite writes such files,
//     and the library would cut its table there and lose the catalogue).
//     open.go then opens the file, trying the empty user password of an
//     encrypted file. Options.Context, when set, is checked before the
//     page tree is walked and before each page.
//  2. pagetree.go walks the page tree with depth and node limits and cycle
//     detection, carrying inherited resources and boxes down instead of
//     following /Count or /Parent.
//  3. walker.go interprets each page's content (and form XObjects) with its
//     own text state: advances for simple, Type0 and Type 3 fonts
//     (font.go; a Type 3 glyph's height bounded by its FontBBox, as
//     Skia's glyph space has 256 units an em, not 1000), ToUnicode maps precomputed into hash maps and honoured for
//     Type 3 fonts (cmap.go), /ActualText spans, the predefined CMaps
//     GBK-EUC, GB-EUC, GBK2K, Big5, UCS2 and UTF16 decoded through
//     golang.org/x/text, fonts cached per document by object (never by
//     resource name), ruling lines from strokes and thin filled
//     rectangles, image placements. Each page runs under recover, with its
//     decompressed content capped (Limits) and q/Q nesting bounded. Pages
//     drawn rotated are turned upright.
//  4. layout.go groups glyphs into lines and paragraphs (a line that ran
//     to the right margin goes on at the next when that one stands at the
//     page's usual line pitch, however wide, starts at the margin the
//     wrapped lines share (wrapMargin; a single such line on a page of
//     headings and tables sets it when it follows a full line) rather
//     than at a first-line indent, and opens no
//     numbered entry after a closed sentence; a line set against the
//     right margin from far right of the left one, a signature's date,
//     goes on at no line, on its page or atop the next; the 版记's 抄送
//     and printing lines, and the 附件说明 (附件：…), open their own); table.go rebuilds ruled
//     tables (columns from vertical rules, rows from horizontal rules or,
//     lacking them, from vertical gaps; merged cells from missing row
//     rules, cells spanning columns where no vertical rule crosses the
//     row; a cell's line that left room, inside the table's padding, for
//     the first piece a wrap would have moved — linebreak.go: 县, （牵,
//     6月, counting punctuation a browser set in half an em whole, and
//     the room a justified line was spread over evenly, its gaps no
//     spaces (stretch, table.go) — was broken on purpose, and its next line is joined with a space, as
//     units set one per line are); labeltable.go reads a table printed
//     with no rules at all by its header: a band of up to three lines
//     whose pieces all name columns (序号, 重点任务, 牵头单位 …, the
//     column names of parse/internal/table), its column boundaries in
//     the gaps between the labels where the fewest body lines cross, its
//     rows parted by the wider gaps between them or by the first
//     column's text, a line running across the columns from the first a
//     row spanning the table, any other line crossing them its end
//     (one reaching the page's foot goes on atop the next page, its
//     header repeated or not);
//     quality.go normalises Kangxi radicals, radical supplements and
//     compatibility ideographs (those ranges only), and flags garbled and
//     scanned pages.
//  5. document.go joins the pages: running headers, page numbers and
//     repeated table header rows (as many as the table's first rows the
//     new page repeats) are removed, a paragraph (not a numbered entry
//     after a closed sentence) or a table row split by a page break is
//     joined back (not when the new page's first row names a field under
//     a row naming one, a task card's 牵头科室 under 工作内容: a name is
//     never cut; nor when it leaves the merged columns empty and fills the
//     others under a row that closed every cell, a sentence, a unit's
//     name (ending as package org's endings do), a deadline: the next row
//     of a merged group), and merged
//     cells are filled down or left empty (Options.FillMerged; in a
//     column the header names as lead units' always filled: the page's
//     rules tell a merged 牵头单位 that the text cannot). A table continues on the next page also when
//     one page lacks column rules the other has (pagecolumns.go: a page
//     whose rows never split a column), its cells spread over the union;
//     a cell spanning rows that the break cut keeps its rest, printed
//     under the page's last row (overflow.go) or atop the next page in a
//     column open at both sides of the break, or, under a repeated header
//     with rules closing both sides, when it is the rest of a numbered
//     label (（三）不 / 予公开) in a column of merged cells.
//
// Failures confined to a page become Warnings and the other pages are
// kept; file-level failures wrap ErrMalformed, ErrEncrypted, ErrTooLarge
// or ErrNoTextLayer (ErrGarbled when every page's text layer is garbage).
package pdftext
