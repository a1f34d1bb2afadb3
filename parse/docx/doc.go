// Package docx extracts the text of a Word .docx file in the line layout
// the notice parser reads.
//
// Data flow: Extract opens the zip archive (archive/zip), finds the main
// document part through _rels/.rels (falling back to word/document.xml),
// and reads it, numbering.xml and styles.xml with a per-entry size limit
// and a compression-ratio limit, so that a zip bomb fails fast with
// ErrTooLarge instead of filling memory. document.xml is then streamed
// through encoding/xml (document.go): every paragraph becomes a line,
// prefixed with its automatic number rendered the way Word shows it
// (numbering.go: 一、 （一） 1. ① …, counters per list, deeper levels
// restarting; a list that only names a list style, w:numStyleLink, is
// the list that style names, so Word's list-style headings keep their
// numbers), and every table becomes one line per row with its cells
// separated by tabs, gridSpan and vMerge resolved on a grid so that a
// merged cell leaves empty cells beside and below it (document.go), the same
// layout as a tab-separated text table. Paragraphs inside a cell are
// joined by a space, and so are the rows of a table nested in a cell;
// but a one-column table that only frames a nested table (a title row,
// the task table, a 备注 row) is no table: its paragraphs are lines of
// the body and the nested table a table of its own (frameLines). A body
// paragraph whose tabs part columns typed at tab stops (a tab after text,
// or two tabs or more: a table typed without a table) keeps them, so its
// lines read as tab rows too; any other tab is a space (typedColumns).
// Marks inserted from a symbol font (Wingdings ●/○, ✓, Symbol √ — a
// responsibility matrix's cells) read as the characters Word shows,
// whether stored as w:sym or as the font's code points in a run set in it
// (symbols.go). A text box's paragraphs are lines of their own before the
// paragraph anchoring it (a 发文机关标志 box anchored in the 发文字号's paragraph
// stays apart from the number). Deleted text, field codes and the fallback
// copies of text boxes are skipped. Everything is linear in the size of
// the parts.
package docx
