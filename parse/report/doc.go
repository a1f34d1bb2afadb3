// Package report reads a 政府信息公开工作年度报告 (government information
// disclosure annual report): its section headings and the statistics it
// states in prose and in the national table template.
//
// The core parser wraps the whole decoded text in a Text (text.go), which
// folds it once for the two questions it asks: Evidence, whether a text
// without a report title is a report, and Build (report.go), which finds
// the title and year (a title line, or the name a preamble sentence
// issues without its verb: 现将X年度报告公布如下 → X年度报告), then the tables, then the section headings outside
// them, then the counts in the paragraphs that are left. The parser's own
// search for an issuing sentence reads the same fold (Text.Fold). Once
// the Document is built, Text.Release gives the fold's arrays of offset
// runs back for the next Text (nothing Build returns points into them).
// Data flows through small recognisers:
//
//   - norm.go folds the text into one matching form (simplified script via
//     segment.SimplifiedRune, ASCII punctuation, no spaces, quotes or
//     pinyin annotations such as 規(guī)章), keeping every character's source
//     offsets in runs of characters copied byte for byte; the stretches
//     that fold to themselves are passed over a stretch at a time. The
//     norm also keeps what Evidence and Build both ask of the whole text:
//     the headings starting its lines (the Source shares the lines
//     themselves), the tables' layout and the template headings inside
//     lines.
//   - template.go lists the labels of the national template (2019 and 2021
//     versions); tables.go finds the three tables by those labels, in order,
//     whatever the rendering (tabs, pipes, CSV commas, one cell per line,
//     HTML rows with their tags, colspan/rowspan and &nbsp;, PDF rows, or
//     everything run together), and cells.go reads each row's values,
//     placing empty cells by position and splitting glued digits (555 under
//     three columns) by column count, preferring splits whose 总计 adds up.
//     A row's label is its path of row headers, outer first (三、本年度办理
//     结果 / （三）不予公开 / 1.属于国家秘密), as a column's is (法人或其他
//     组织 / 商业企业). Rows whose labels were found and whose values could
//     not be read give a table_unread warning, so that a rendering the
//     reader does not know is flagged rather than silently empty.
//     stattable.go reads the statistics table of the reports before 2019
//     (统计指标 | 单位 | 统计数): row / 统计数, with the row's unit.
//     scan.go holds the scanner that reads a table's region once, noting
//     every label form by the first rune, and hands the labels out in order.
//   - prose.go reads "label + number + measure word" counts from the other
//     paragraphs, with their scope (全市, 市政府本级) and breakdown path
//     (从申请来源看 … 公民申请120件（其中律师申请6件）), nested no deeper
//     than the template's paths; labels.go holds the small scanners that
//     trim a label's enumerator (一是, 其二是), time, subject (我局), level
//     of government and means
//     (在…网站部门专栏, a column inside the site however long when no
//     verb follows the site: 通过…网站乡镇信息公开专栏); a total (共, 累计)
//     after any of them stays; a 等…形式/方式/途径 phrase is a means only
//     after a preposition (通过, 以, 采取 …), else it names the kind of
//     what is counted (图解、视频等多种形式解读).
//     subject.go starts the label at the last adverbial before the verb:
//     it drops a subject named in full (an office, a unit, a place or a
//     site, by the organisation lexicon: 寒亭区主动公开… → 主动公开…,
//     学院通过信息公开网… → 通过信息公开网…), an adverbial another one
//     follows (通过座谈会向社会… → 向社会…) and what stands before a total
//     (在征求意见期间共收到… → 共收到…); a run of time words (全年, 本年度),
//     totals and 新增 right before a verb of the reports is the last
//     adverbial and stays, after a subject or at a clause's start alike
//     (全年公开…, 。共回应…, 全年共收到…), while a date goes (2023年共… →
//     共…); a run holding a total stays before any verb (。共走访企业…),
//     a run of time words alone only before a verb of the reports; 新
//     right before a verb of the reports (the adverb newly: 国务院办公厅新制发…
//     → 新制发…) opens the label after a subject too.
//   - sections.go finds 一、/（一）/1. headings outside the tables, keeping
//     only those that continue their level's numbering.
//   - evidence.go counts the marks of a report (template tables, not a
//     label a sentence quotes; section headings, preamble sentences) for
//     the parser's kind decision, and
//     exports the folding (Fold) so the parser matches traditional and
//     pinyin-annotated text the same way.
//   - check.go turns numbers that should add up and do not into
//     model.WarnInconsistent warnings; it never changes a number. Check
//     runs the template's 勾稽 sums on tables a caller already holds.
//   - missingrows.go warns (model.WarnTableUnread) when section 三's table
//     holds most of the template's rows but lacks some between its first
//     and last: rows a page break or an unread cell lost, with their stats;
//     lostcells.go does the same for section 二's tables (the 2019
//     version's rows counted when one of them is there), and warns when
//     rows of section 三's or 四's table, mostly whole, lack values other
//     rows fill (a column a page break cut off).
//
// Every stat, row and section carries a span into the source text.
package report
