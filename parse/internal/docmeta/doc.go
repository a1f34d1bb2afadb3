// Package docmeta holds the vocabulary of a notice's header (GB/T 9704
// 版头 and 版记, and the publishing portal's metadata box) as small
// recognisers on strings:
//
//   - DocType: the 文种 a title ends in (通知, 复函, 批复 …), and
//     MayEndDocType, its test on the last rune alone;
//   - BoxLine, BoxLineAfter: the label–value pairs of a portal's metadata
//     box line (索引号, 发文机关, 成文日期, 标题, 发文字号 …, the labels
//     also in brackets: 【发文字号】X【成文日期】Y; a label it does not list,
//     浏览次数：, closes the value before it); BoxLineGlued, a label glued
//     to its value (文号某政发〔2023〕3号), for a run of such lines;
//     MayOpenBox, their test on a line's first rune, which the header asks
//     before them;
//   - NumberLabel, Labelled: the labels before a 发文字号 (文号：) and of the
//     版记 and 附件说明 (抄送：, 附 件：);
//   - Issuers: joint issuing authorities split into a list; WithoutSeal,
//     an organ without the seal note a text version prints (（印章）);
//   - TitleCore, Publicity: the page wrappings around a title (【栏目】,
//     第一篇：, 标题：, 《》) and the 附注 （此件公开发布）;
//   - Date, ISODate, DigitsDate: the writings of a date (二OO八年二月二十六日,
//     2023-01-03, 2024327; a year of the Republic, 中華民國112年3月6日, in
//     the common era);
//   - Furniture, Breadcrumb, PageNumber, Bracketed: web-page and print
//     furniture (breadcrumbs with > or >>, shared-file names, 文档编号 lines,
//     （本文有删减）, page numbers, a browser's printed URL and date-time
//     lines, view counters but on a box line giving the notice's own
//     facts); Page, what a document's whole text tells Furniture once
//     (whether it holds a breadcrumb separator at all); FooterLine, the
//     label of a portal's footer line (主办单位：…), footer only under the
//     page's closing furniture, which the caller tells (parse/clean.go),
//     or beside a line that names what only a site's footer names
//     (SiteFooterLabel: 技术支持, 版权所有);
//   - TagAt, CellEndTag, SpaceEntityAt: an HTML tag left in a text line
//     (<td colspan="3">), whether it closes a table cell (</td>, </th>),
//     and a reference to white space (&nbsp;, an empty cell's);
//   - Word: a word of simplified script looked for in text of either script
//     (印发, 关于), folding a string only when it holds a rune that folds to
//     the word's first (MayEnd: when its last rune folds to the word's last);
//   - StartsOf, EndsOf (a RuneSet), FirstRunes, LastRunes: the runes that
//     may start or end one of a list of words once a text is folded, for
//     the cheap first tests of other packages' recognisers too (parse's
//     role verbs, labels, conjunctions; fold.go).
//
// Data flow: parse's clean stage takes the Page of a document's text
// (PageOf) and asks its Furniture, and PageNumber, about each line,
// FooterLine and SiteFooterLabel about the lines that close the text, and
// TagAt about the tags it removes (parse/markup.go); the block assembler
// skips a page number or furniture inside a row broken over lines
// (parse/blocks.go); parse's header stage
// (parse/meta.go, parse/metabox.go) walks the cleaned lines and asks the
// other recognisers about a line or a run of lines; the plan-title reader
// (parse/build.go) asks DocType whether a line can end a title; the
// quality notes (parse/quality.go) ask BoxLineGlued whether a 发文字号
// kept its box label (meta_doubt); package parse/report asks TagAt,
// CellEndTag and SpaceEntityAt about the HTML rows of a report's tables.
// They return byte ranges into the string they were given, so the caller
// keeps the source spans. Nothing here knows about lines or spans,
// and nothing here uses a regexp: each recogniser is a short scanner with
// its table test. Traditional script is folded with segment/script, so
// every word is listed once where the fold covers it; the recognisers
// first test a line's first or last rune against the runes that can fold
// to what they look for (script.Preimages), and fold only lines that pass.
package docmeta
