// Package table reads the task tables of work plans in whatever rendering
// survived a web page, a converter or a copy-paste, and types their columns.
//
// Data flows in two steps:
//
//  1. Recognisers (one per rendering family) turn cleaned lines (Line, as
//     the parser's cleaner classified them) into the same Grid: a header
//     (the column names, when there are any) and rows of cells. Tab and
//     pipe rows arrive as cells already and are gathered by the caller;
//     CellLines reads a table rendered one cell per line (its header three
//     column names or more, or a task and a unit column; with or without
//     blank lines — where blank lines part the header's names, lines with
//     none between them are one cell holding line breaks, unless they are
//     the text's next section, a 一、 heading over headings, which ends
//     the table —, bare | lines,
//     cells ending in " |", "||" row separators;
//     a two-row header flattened after its first row is regrouped: unit
//     or task and content names under their group); Spaced
//     reads rows flattened to one line each with the cells separated by
//     spaces, or run together on one line, rows cut at their 序号;
//     Columns (tried before Spaced, whose reading the caller takes instead
//     when it covers more lines: rows typed with gaps but not aligned) reads
//     a table a PDF-to-text converter laid out in columns
//     (columns.go): cells separated by runs of two or more display columns
//     of white space (RuneWidth: a Han rune is two wide, pinyin glosses
//     and a form feed take none; a table whose lines keep to their columns
//     better when each rune counts one column, typed by hand and aligned
//     by character count, or read by display width into no row at all, as
//     pdftotext -layout sets every glyph in one character cell, is
//     measured so: measure.go; a piece running across a column's start is
//     split at a single space there, or at its cells' leftmost start under
//     a name centred right of them, where the line then fits: cells that
//     filled their columns parted by one space, cellspace.go; and, whether
//     it fits or not, at a single space after which the text starts
//     exactly where a later column starts, by its name or its cells read
//     before (a cell pdftotext set at its column one space after a full
//     one: 部、市文 政局), and after a row number in the 序号 column one
//     space before the task's text (1 示范区…), startcut.go; the columns
//     after the first follow a line most of whose pieces start where they
//     start moved by one distance, pdftotext packing a page's columns
//     tighter from some line on: gridShift; a line within a fifth of its
//     column's second widest piece fills it there), the columns given by the header's pieces (three names or
//     more, or a task and a unit column; names one space apart each a
//     column name are parted, 序号 工作任务; a header wrapped onto the next
//     lines, up to six, joined by column; names under a group name on a second header
//     row become columns) and stretched over the cells of lines as wide
//     as the table (names centred over their columns), each piece of a
//     line going to the column it overlaps (a piece running into the next
//     column cut at its last single space before that column's start: a
//     text browser parts a cell that fills its column from the next by one
//     space; a reading all of whose lines fit so is taken over Drifting's,
//     Grid.CutFits) (a line that opens with its
//     number or heading and has a piece for every column that the names
//     would not place one a column takes them one by one and moves the
//     columns onto them: names typed off their columns; so does such a
//     line with empty cells the names would place wrongly, each piece in
//     the column whose name stands nearest left of it; a line holding
//     only a heading 一、… is a group row however wide); a line whose
//     pieces all go under cells of the row above that did not end their
//     sentence is that row wrapped (a line ended by a decimal point
//     before a piece opening with a digit did not end it, nor one ended by
//     a semicolon beside a cell stopped in mid-sentence; joined without a
//     break, but for a
//     short line ending a clause, or any short line in a unit column: the
//     names stood one per line; a cell that opened with its heading and
//     ended a sentence at the column's edge goes on under a line without
//     a heading), any other starts a row (one whose merged cells are
//     blank included); a unit cell merged over rows and printed once,
//     centred, in their middle goes to each of them (centred.go); rows
//     whose cells a PDF centred vertically (a group opening with a row
//     holding no number whose cells all go on in the numbered row under
//     it, or that ended no sentence, over one line or several) take the
//     lines above their number line: each row's extent is chosen by which lines' cells run on
//     across a cut (also past a line holding nothing in their column: a
//     two-line cell set above and below the number line), by a blank
//     line or page break between two number lines, and by its number
//     line standing at its middle, best in the very middle, and by
//     holding one cell a column: two pieces of a column parted by two
//     lines or more that hold none are two rows' cells (splitCells: a row
//     whose cells the tool stacked under its number line keeps its units)
//     (centredrows.go); measured by character count, the lines between
//     two blank lines holding one row number are read as that row's cell
//     blocks where they part into one block a column (blockcells.go:
//     pdftotext -layout sets each cell of a ruled row as one block of lines
//     at one start column, which moves from row to row and off the names,
//     and a cell one space after the cell left of it where a line of that
//     one reaches there: cut where the text after a single space starts
//     at another block, or where a line of a block wider than its others
//     would end as wide; a short line set off its block's start is the
//     cell's left of it when it holds no date under a deadline name); the
//     header repeated
//     after a page break is skipped; counted by character, a table one of
//     whose cells holds, at a single space, the leftmost start its column
//     shows in other rows (a cell set one space after one that filled its
//     column, on a row read before the rows showing where that column
//     starts) is read again knowing those starts from its first line,
//     cutting there (seedstarts.go; inside a row of cell blocks, a piece
//     running past the next block), and a unit cell's line a rune short
//     of its column's widest ended a name of its own (charfill.go:
//     names one a paragraph);
//     the table ends at a line that runs across the columns, or at one
//     speaking of the table (以上任务…) from left of the second column
//     (under it, 以上。 ends a wrapped cell), or at a note (注：…) standing
//     alone there under a blank line. The lines
//     carry their indent (Line.Indent) for this. HeaderAt and IsNamesLine
//     tell the caller that such a header starts at a line (no plan title
//     goes on there).
//     Drifting (drift.go, driftplace.go) reads a table a PDF-to-text
//     converter laid out with its narrow columns drifting from line to
//     line and cells parted by as little as one space (a header of names
//     parted by spaces, the first 序号, a name wrapped at a narrow column
//     completed by the next line: 序 / 号): each line is split at every
//     space and its pieces go to the columns by type and order (a row
//     number, prose, units by org, a date or a note), their position only
//     choosing among columns of one kind, a piece that finishes the cell
//     the line above left in a column (市住房城乡建 / 设局, 2021年 / 9月底前,
//     长期坚 / 持) going there, pieces one space parted inside a cell joined
//     again; rows are found by their numbers, centred ones as Columns
//     finds them (centredRows, a cell running on told by its type). The
//     caller takes its reading (Grid.Drifted) over Columns' and Spaced'
//     when text cells wrapped at their column's width and the positions
//     could not be trusted (one space parted two cells, or a piece's type
//     put it in a column of another kind than the one it stands nearest),
//     and falls back on it
//     where neither reads the table. A table with two text columns side
//     by side is not read: no type tells which space parts them.
//     RawCells reads a ruled table a PDF-to-text tool printed in drawing
//     order (pdftotext -raw, rawcells.go): a header of names one space
//     apart (the last perhaps wrapped: 完成时 / 限), then each row cell
//     after cell, each cell's wrapped lines one per line, cells on one
//     baseline joined by a space; rows found by their numbers, 一、 lines
//     goal rows; a row's deadline and units cut from its end as the
//     longest tails reading as such (never across a space that parts
//     two cells of one baseline), its text parted between task and
//     content at a space or by the task column's width; a form feed
//     (Line.Page) or the repeated header splits a row, the part after it
//     finishing its cells. It takes 序号, one or two text columns, one
//     units column and a deadline column or none, and leaves tables
//     flattened a row a line (sub-rows (1), 1-1) to Spaced.
//     LabelBlocks reads a table whose rows were each flattened into a
//     block of field lines (序号：1 / 工作任务：… / 责任单位：…), the first
//     block's names the header (labelblocks.go); a bare line among a
//     block's fields (a text version that names some columns only) is an
//     unnamed column, the n-th bare line of every block the same one.
//     ReadCard reads a task card (任务卡, 任务书): one row of a task table
//     printed as a table of its own turned on its side, rows of two cells
//     naming a field on the left and giving its value on the right (or
//     field lines 工作内容：… under a heading line), under a title row
//     merged across it ((一)…), which stays a heading (card.go).
//     Numbered reads a table lost to one cell per line and pasted
//     without its header, its rows found by their numbers alone (each
//     must end in units or a deadline); RunTogether cuts a pipe row
//     holding a whole table (rows joined by
//     the empty cell two rows' outer pipes leave included): by position
//     when its rows kept their empty cells and fit their columns, else by
//     type, empty cells dropped (ragged rows). Where row
//     boundaries were lost, a rowCutter cuts the stream of cells by type:
//     at a row number, at a first-level heading, and where a cell fits no
//     column right of the one before it — unless the cell before stopped
//     in mid-sentence in the text column and units or a deadline follow:
//     then the source broke that cell over lines and the pieces stay in
//     one row (Align joins them); a line read as a deadline (全年…,
//     年内…) where a unit column the row has not filled stands before the
//     deadline column is text opening with a time word, and a line read
//     as one unit name where the row's text is to come is its first line
//     when more text follows. A header repeated after a page
//     break is skipped and the row after it marked (Row.AfterBreak),
//     unless the row it cut goes on after it (more of its text, its
//     units or deadline).
//     CellLines ends at a line that is no cell: a field line (注：…) that
//     does not go on with the row being read (目标：网办率95% between a
//     task and its units does, and so does a unit cell 牵头：A；配合：B
//     ending the text), and a line speaking of the table (SpeaksOfTable:
//     以上任务…, 各责任单位要…, a note 注：…/备注：…/说明：…). Its rows open with their task where the
//     table has no 序号 (a name like a unit's there is the task's), and
//     short text after a cell goes to a 责任领导 or 备注 column next to it
//     rather than skip it. MayStart tells by a line alone whether
//     any of CellLines, Columns, Spaced and Numbered may start there (a
//     column name standing alone, a gap, 序/编, the row number 1), so the
//     caller tries them only on such lines. HeaderLine tells a line that
//     names three or more columns and little else: left as a paragraph
//     with no table read under it, it is a table in a rendering none of
//     these knows, which the parser reports (header_no_rows).
//     SheetCaption and NoteRow tell the caller a tab row that is a line of
//     a sheet padded to its width (sheetrows.go): its title or 填报单位
//     line, which hides no header under it, and a note (注：…) under the
//     rows, which ends the table.
//  2. Type (typing.go) classifies cells by their content (Vocab.Classify:
//     an 一、 ordinal → goal, （一） → task, a bare number → 序号 (a bare
//     Chinese numeral too: the 序号 of a group row, 一 | 提升…), a unit
//     list → units, a deadline phrase → deadline, prose → content), gives
//     each column a role from its header word (HeaderRole: folded to
//     simplified, pinyin glosses and spaces removed, a bracketed
//     qualifier after the name dropped (配合科室（单位）), key words for
//     names not in the list; a column of progress, review or a schedule's
//     phase — 推进情况, 未完成原因, 第一阶段 — is ignored) or else from its cells, and says how it decided
//     (Column.By: header, content or position); a goal column right of
//     the task column (工作任务 | 工作目标) holds each task's target and is
//     content; of two columns named for the task and no content column
//     (工作要点 | 主要任务), the one of sentences is the content
//     (settleContent); a units column typed by its cells right after a named 牵头
//     column holds its partners (配合); a column named for two unit columns
//     parted by a slash (牵头单位/配合单位: SlashPair) is a units column
//     whose Column.Then is the role of the units after each cell's slash;
//     一级任务 names a goal column, 二级任务 a task column; a header cell
//     naming a unit over a column of marks (●/○/★/√ or the words 牵头/配合/
//     参与) makes the columns of a responsibility matrix (marks.go:
//     MatrixNames), units columns whose unit is the header's name and whose
//     cells give its role in each row (Legend.MarkRole: the legend's
//     meaning of a symbol, ReadLegend, else filled shapes lead, hollow ones
//     cooperate, ticks are responsible). Rows that lost cells
//     (merged cells dropped on continuation rows, empty cells a rendering
//     could not keep, unit names each on a line) are aligned to the
//     columns by type (Align), ties going to the right; a short row of a
//     table copied one cell per line or read by Spaced (spaces part the
//     cells, so an empty one leaves no trace) whose lone units so fall in the
//     secondary unit column (配合单位) after an empty lead one reads as an
//     empty secondary cell that vanished as well as a lead cell merged over
//     the rows (unitdoubt.go): the other rows settle it — no lead above in
//     its group, a lead above naming the unit itself, the unit standing in
//     one of the two columns only elsewhere, two rows in a row printing
//     the same lead each (the table merges no lead cells) —, the units
//     moving to the lead column when the secondary cell vanished; without
//     such evidence the row is marked (Row.UnitDoubt). A unit the end of
//     the text cut in mid-word is dropped.
//
// A cell's type depends on its text alone, and the recognisers and Type
// ask for it again and again (cutting rows, trying a table at each line
// that may start one, voting column roles, aligning rows): the parser
// gives them a Vocab that keeps the types (Vocab.Memo), one per document,
// and gives its memo back for the next document's (Vocab.Release).
// Column names are tested by their bytes before anything is folded
// (mayBeName): prose never reaches the folding.
//
// The package knows table words and cell shapes only; what a unit list or a
// deadline phrase is comes from the caller (Vocab), so that knowledge lives
// once, in the parser's clause reader.
package table
