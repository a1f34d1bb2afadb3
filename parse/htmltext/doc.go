// Package htmltext turns a saved web page into the plain text of its
// article, in the line layout the notice parser reads.
//
// Data flow: a web archive (.mht) first gives up its HTML part
// (MHTMLPage, with the part's charset); MetaCharset finds the charset a
// page declares (the caller decodes the bytes, see parse/textenc); Extract reads the UTF-8 page's
// tree as golang.org/x/net/html builds it, drops what is never content (scripts, styles,
// forms' controls, hidden elements), picks the article root (root.go: the
// element with the most text outside links, narrowed to the child that
// holds nearly all of it, so that headers, menus, breadcrumbs, related
// links and footers fall away; the portal's metadata box is never the
// root: when the best element is a box, lies in one or is nine tenths
// box, it is chosen again with the boxes' text counting for nothing, so a
// short notice whose plan is only a link is not lost to its box), adds the page's title heading when the
// article does not repeat it (with the headings naming the authority right
// above it when it starts with 关于: <h1>某省人民政府办公厅</h1><h1>关于…</h1>) — or, when no heading titles it and the
// article does not print it, the notice title (ending in a 文种) the
// page's <title> names beside the site's name, read then from the page's
// first 64 KB (pagetitle.go) — and renders the root (render.go): block
// elements and <br> become line breaks, <ol> items get the numbers a
// browser shows (an empty item too: the 序号 cell a word processor numbers),
// and each data <table> (one that nests no table and has a row with text
// in two cells; the others, a signature set right by an empty cell
// included, are page layout whose cells are blocks) becomes one
// line per row with tab-separated cells (table.go), rowspan and colspan
// resolved on a grid so that a merged cell leaves empty cells below and to
// the right of it, exactly the layout of a tab-separated text table.
//
// The tree is not built when the page allows (stream.go): replay.go
// rebuilds html.Parse's tree construction from x/net/html's Tokenizer and
// hands the tree out in document order, so that two passes over the
// tokens do the work of the node tree — the first (measure.go) keeps a
// small record per element, chooses the root, its title and the metadata
// box; the second (stream.go) renders them with the same builder. A 100 MB
// page is then read in a fraction of its size beside the text. Markup for
// which html.Parse moves nodes it has already placed (content misplaced
// in a table, misnested formatting across blocks) or that the replay
// leaves aside (frameset, template, svg, math) is read from the tree
// (extract.go, prune.go, root.go, render.go); stream_test.go checks that
// both give the same text on every saved page and on generated hostile
// markup.
//
// Every stage is linear in the size of the page: table grids are bounded
// by a budget proportional to the number of real cells.
package htmltext
