// Package htmltext turns a saved web page into the plain text of its
// article, in the line layout the notice parser reads.
//
// Data flow: a web archive (.mht) first gives up its HTML part
// (MHTMLPage, with the part's charset); MetaCharset finds the charset a
// page declares (the caller decodes the bytes, see parse/textenc); Extract parses the UTF-8 page with
// golang.org/x/net/html, drops what is never content (scripts, styles,
// forms' controls, hidden elements), picks the article root (root.go: the
// element with the most text outside links, narrowed to the child that
// holds nearly all of it, so that headers, menus, breadcrumbs, related
// links and footers fall away), adds the page's title heading when the
// article does not repeat it, and renders the root (render.go): block
// elements and <br> become line breaks, <ol> items get the numbers a
// browser shows, and each data <table> becomes one
// line per row with tab-separated cells (table.go), rowspan and colspan
// resolved on a grid so that a merged cell leaves empty cells below and to
// the right of it, exactly the layout of a tab-separated text table.
//
// Every stage is linear in the size of the page: table grids are bounded
// by a budget proportional to the number of real cells.
package htmltext
