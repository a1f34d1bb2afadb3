// Package parse reads Chinese government notices into model.Document.
//
// Text, Bytes, Reader and File are the entry points; Options (WithName,
// WithEncoding, WithFormat, WithKeywords …) configure them. Every failure
// is an *Error naming the file and wrapping a sentinel (ErrEncoding,
// ErrUnsupportedFormat, ErrEmpty, …) for errors.Is.
//
// # Stages, from bytes to Document
//
//  1. Input (input.go, input_pdf.go): the format is sniffed (text, HTML,
//     DOCX, PDF; legacy .doc/.wps are refused) and the bytes become UTF-8
//     text: textenc detects and decodes UTF-8/UTF-16/GB18030/Big5,
//     htmltext takes the article out of a saved page, docx and pdftext
//     read those containers; tables come out as tab-separated rows (a
//     PDF's from its rules or, printed without any, from a header row of
//     column names). The
//     text's script is surveyed once (script.Survey, in the read that
//     checks a string given to Text is UTF-8): whether its head is
//     simplified, and whether nothing in it folds, which lets
//     internal/quality skip folding its pieces.
//  2. Source (internal/source): the text is indexed by line. From here on
//     every string is a source.Str that maps its bytes back to offsets in
//     the text, so every element gets a model.Span however much it was
//     cleaned or joined.
//  3. Rebreak (rebreak.go): lines that hold a whole run-together document
//     (a page saved without line breaks) are cut at header elements and at
//     headings in sequence; the lines of a spreadsheet row whose quoted
//     cell holds a line break are joined (quoted.go).
//  4. Clean (clean.go, markup.go): HTML leftovers, Markdown marks, page
//     numbers, rules and web-page furniture (internal/docmeta: breadcrumbs,
//     file-name and 文档编号 lines, （本文有删减）) are removed; each line
//     is classified as text, tab row, pipe row, blank or noise; the quotes
//     a spreadsheet copy wraps tab cells in are dropped, and runs of lines
//     exported as CSV become tab rows (csvrows.go); the pipe lines of a
//     grid whose frame lines part every row (├──┼──┤, +----+) are joined
//     into one row each, its cells wrapped inside the frame
//     (framedrows.go); the tab rows of a table whose paste parted some
//     cells by tabs and others by runs of spaces, known by a header whose
//     pieces are all column names, are cut at those runs too
//     (mixedrows.go); a table that a PDF-to-text converter following the
//     text flow gave column by column (序号 / 重点任务 and their rows, then
//     责任单位 / 完成时限 and their cells in blocks) becomes tab rows when
//     every later column has one cell per row (columnblocks.go); the footer lines closing a saved page under its
//     share bar or print buttons, or beside a site-only label (主办单位：…
//     技术支持：…), become noise (markFooter), and so does the list of
//     links lynx -dump appends to a page (References, 1. http://…:
//     markLinkList). The text is
//     searched once for the marks a line may hold anywhere (tags, tabs,
//     pipes, box bars, ASCII commas, breadcrumb separators: textMarks), and each
//     line only for those its text holds.
//  5. Header (meta.go, metabox.go, date.go): small recognisers take the
//     GB/T 9704 elements — the portal's metadata box (索引号, 发文机关,
//     成文日期, 标题, 发文字号 …) first, then the full title (authority +
//     subject + 文种, joined across two or three lines; a 纪要's 版头,
//     …常务会议纪要, without 关于) and its 文种,
//     发文字号 (internal/docno) and 发文机关标志 above it, 主送机关, 附件说明,
//     signature and 成文日期 (or a date above the title), the issuers as a
//     list, 附注, the title of the document issued (印发《X》), and the 版记
//     (抄送, 印发机关和日期; one printed above an attachment's mark that
//     text follows, attachmentAfter, does not end the text) — and mark
//     their lines used. The vocabulary
//     (文种, box labels, dates, joint issuers, title wrappings) lives in
//     internal/docmeta; whether a line names an organisation (issuer,
//     signature, 印发机关) is internal/org's. Last, the box is cross-checked with the header: it
//     fills what the header lacks, and a disagreement is a warning (a box
//     title without the 《》 or the authority the notice's title starts
//     with names the same document).
//  6. Kind (kind.go, called from build.go): a report title sends the text
//     to package report; otherwise the plan region is chosen (after the
//     signature when a plan is attached, or at a later attachment titled
//     as the plan the notice names when the first is a form without
//     headings or rows; up to a second attachment (附件2：,
//     attachment.go), which
//     plans.go reads as a plan of its own into Document.Plans, each later
//     attachment's text built like a document and its spans moved back;
//     a notice that is itself a plan — it names one, issues none and its
//     body holds 一、 and （一） headings — with text after its signature
//     is read from its body, titled by its own title, and what follows the
//     signature is its appendix (a 任务分工), a plan of its own after it),
//     the attached plan's title found (a title printed over two lines is
//     joined when together they give meta.issued_title). A text holding one
//     of the report template's tables, under no plan title and no title of
//     a notice or a published report, is a report before any tree is built
//     (reportBeforeTree: the table decides whatever the tree would hold).
//     Otherwise the tree is built (stages 7–9); then the evidence is weighed
//     both ways: the marks of a report (report.Evidence: template tables,
//     section headings, preamble) against the items with units, a task
//     table and a plan title. A notice that issues something other than a plan (a
//     report format, or rules such as a 管理办法 whose articles name no
//     units, or a department's report it forwards, 关于…工作意见的报告,
//     whose measures name none), or whose own numbered paragraphs are
//     requirements, or
//     a work summary, is a notice; it keeps its headings' tree, and what it
//     issues without a body is named in meta.issued_title.
//  7. Blocks (blocks.go, table.go, wrappedrows.go): the region becomes
//     paragraphs (lines broken mid-sentence joined back) and table rows. Package
//     internal/table reads tables whatever rendering survived (tab and
//     pipe rows, one cell per line, rows flattened with spaces, a table run
//     together on one line, a PDF's columns laid out with spaces, aligned
//     or drifting from line to line) into one grid, types each column by its header
//     or else by its cells' content, and aligns rows that lost cells.
//     A tab or pipe row that a page wrapped onto the next line (no row
//     number, its text going on in mid-sentence, a 配合： field under the
//     牵头： one) is joined back to its row (wrappedrows.go).
//     A table that names no work — a form to fill in (blankform.go: rows
//     of labels beside empty cells, a 回执's label rows), a register (a
//     name list, a roster, a table of scores or figures under column names
//     no plan's table has) or a schedule keyed by the clock
//     (registertable.go) — gives no blocks, and after the signature it
//     does not open the plan region (planStart).
//     A table of contents (contents.go: 目录 and the titles the plan
//     repeats, or titles closed by dot leaders and page numbers) is left
//     out of the blocks. A task card (a two-column table of field names
//     and values under a merged （一）… title row, or field lines 工作内容：…
//     under a heading line: table.ReadCard) becomes its title as a heading
//     paragraph over a table of one row.
//     A responsibility matrix (matrix.go) names its units in the header,
//     one a column, on the header row or on rows of their own under a
//     merged 责任单位 (unit groups between), and marks each task's units
//     in its row (●/○, ★/√, 牵头/配合): those rows become the header's,
//     and the legend above or below the table (注：●为牵头单位…) gives the
//     marks their roles instead of being read as text. A table turned on
//     its side (transposed.go: the column names down its first column, a
//     task a column) is turned upright.
//     A paragraph that only names a table's columns
//     (table.HeaderLine) with no table read under it is noted for stage 12.
//  8. Tree (tree.go, headings.go, treerows.go, levels.go, clause.go,
//     units.go, labels.go, copulalabel.go, roles.go, scan.go, unitgrouprow.go, ids.go,
//     internal/ordinal, internal/role):
//     heading levels come from the ordinal style by convention (一、 goal,
//     or task where it is the only level and its sections assign work by
//     unit clauses, as a 纪要's decisions do;
//     （一） task, 1. task under 一、 or item under （一）, （1） ① inside
//     an item; 1 over 2.1 over 2.1.1 for decimal section numbers; entries
//     that only cite 《》 titles, as a 编制依据 lists them, are no
//     headings; a regulation's 第一章 chapters, 第一条 articles and the
//     （一） points an article enumerates are goals, tasks and items; a
//     goal or task heading whose short title ends in a colon before its
//     content, 一、会议时间：…, is titled by the words before the colon); headings open goals and tasks, content accumulates, and unit
//     clauses — trailing or inline brackets, 责任单位： lines (also with a
//     copula for the colon where it closes a paragraph, stands in a
//     bracket or on its own line: 责任单位为X、Y, copulalabel.go; or after
//     the units it labels, X为牵头单位，Y为配合单位, copularole.go, but
//     not after a comma in a sentence of content), unit cells,
//     a 由X牵头，Y配合， opening a paragraph or a sentence of them
//     between two others —
//     close items ("units close items"); a unit line after a block of
//     items that have none speaks for the whole block, one opening 以上 for
//     the tasks above it, a clause opening an item or heading for the text
//     after it (also a bracket of organisation names alone: 【县教育局】推进…), and unit lines under an item's short title for that item
//     with the content below them; where a task's unit lines stand above
//     its items (one under the title, one between each two, none after
//     the last: unitsabove.go) each speaks for the item below it, and a
//     line naming a unit with a colon (县发展改革局：) for the numbered
//     entries under it up to the next such line (unitheads.go), and a
//     numbered entry opening with its units and a colon (（一）县财政局：
//     负责…, the colon ending the title) or a 。 before a role verb
//     (（五）县交通运输局。负责…) for itself, in the role of the
//     first verb of its first sentence (unitentries.go); an inline
//     enumeration 一是…，由X负责；二是…，Y牵头，Z配合 whose every piece ends
//     in units after a comma is split into one item per piece
//     (enumclauses.go); such unbracketed comma tails (…，X牵头，Y配合)
//     close an item but stay in its text, and an opening 由X牵头，Y配合，
//     stays at its start, since only brackets, unit lines and unit cells
//     set units apart from content. A unit sentence's verbs may take a
//     complement that names no work (各县区负责具体实施, 牵头推进落实). Unit clauses are split into units
//     with roles (牵头 lead, 配合 cooperate, 参与 participate, 负责/落实
//     responsible: the role verbs and label heads of internal/role, which
//     the table and quality stages read too); internal/org decides which list elements name
//     organisations and which are dates, notes or fragments. Empty unit
//     cells under a merged cell inherit the units above; a row filling
//     only its 配合单位 cell under a merged 牵头单位 cell (or 责任单位 one,
//     in a table with no 牵头单位 column) gets the leading units above,
//     in their own role, ahead of its own (treerows.go); in a table with
//     no unit column, a row holding only unit names (市教育局（2项）) gives
//     them to the rows below it up to the next (unitgrouprow.go), and a
//     row holding only a short name in the 序号 column (优化政策服务)
//     heads the rows below as a goal with no number; a row numbered N
//     holding only its task cell over rows numbered N.k with task cells of
//     their own is a goal over them, and a row numbered in the 序号 column
//     under a task cell merged over it (二级任务 | 工作措施) an item of that
//     task, the 序号 then numbering rows, not tasks (treerows.go); the rows
//     of a table with neither a 序号 nor a task column under no task
//     heading are tasks without ordinal, titled by their first sentence
//     (entryrows.go). A unit
//     column named for two (牵头单位/配合单位) gives each cell's units
//     before the slash the first role, after it the second (table.go). The word
//     recognisers (labels, role verbs, qualifiers, conjunctions) fold a
//     piece to simplified script only once a rune of it may start or end
//     one of their words (docmeta.StartsOf, EndsOf), and a plan's IDs are written
//     into one buffer (ids.go).
//  9. Rules and checks (rules.go, warnings.go): lead rules such as
//     排在第一位的为牵头单位 are applied to their clause, with 下同 to the
//     clauses after it, or to the whole document when stated in a note;
//     a clause's note 以下各项均需X落实，不再列出 adds X to every later item;
//     ordinal gaps and repeats, items with no unit, unplaced text and unit
//     names or labels cut off by the end of the text become warnings; IDs
//     are derived from the document's number and titles and each
//     element's path.
//  10. Commitments (commitments.go): package internal/timex reads each item's
//     deadlines (resolved against the plan's year), frequency and targets
//     from the source under its span, its unit clause and its 时限 cell.
//  11. Citations (citations.go): every 《title》 the text cites, with the
//     document number after it, apart from the notice's own number and
//     the plans it issues.
//  12. Quality (quality.go, internal/quality): the stages note what the
//     Document does not show (tables typed by guess, heading levels from
//     one style, what the kind rests on, metadata the layout implies,
//     metadata other evidence contradicts — a 发文字号 keeping its box
//     label, a title naming more organs than the signature —, column
//     names with no table read under them);
//     package quality weighs it with the Document's own signs of doubt into
//     Document.Quality and the Flags of doubtful elements.
//  13. Keywords (keywords.go, optional): with WithKeywords, package segment
//     adds keywords and canonical unit names. Without it no dictionary is
//     loaded, nor linked: the segmenter is reached through an interface
//     that only WithKeywords fills in.
//
// Scratch memory: what the stages build and drop within one document
// (the source lines, the cleaned lines and their cells, the plan region's
// blocks, the tree builder with its goals, tasks and a small plan's items,
// the report norm's offset runs, the options) is given back when the
// document is finished (Source.Release, report.Text.Release, scratch.go,
// package internal/pool) and reused by the next one; nothing a Document
// holds points into it.
package parse
