// Package quality tells, from the parser's own evidence, how far a parsed
// Document can be trusted and what in it a person should check.
//
// Data flows one way: the parse stages fill an Evidence (tables typed by
// guess, heading levels inferred from one style, how the kind was decided,
// metadata the layout implies, metadata other evidence contradicts, lines
// naming a table's columns with no table read under them, table rows
// whose lone unit cell may be either unit column's, reported as
// guessed_columns); Assess reads
// it beside the finished Document, runs one check per kind of doubt, and
// writes Document.Quality (score, review, reasons) and the Flags of the
// doubtful goals, tasks, items and units. Nothing here reads a gold annotation.
//
// Each check adds reasons (model.Reason*: document-wide, or one per
// flagged element with its ID, JSON Pointer path, span and excerpt) and one
// penalty for its code; the score is the product of (1 − penalty) over the
// codes met, so one kind of doubt counts once however many elements it
// flags. A Document is marked for review when its score is below
// Threshold. Besides the Evidence, Assess reads the Document's warnings
// (bad pages, sums, a report's table_unread warning as tables_unread, its
// label_doubt warning as label_doubt, and a meta_conflict one as
// meta_doubt).
//
// # The checks
//
// Assess runs them in a fixed order (assess.go), one file each or a few
// of a kind together, by the reason code they raise:
//
//   - bad_pages, sums, tables_unread: warnings.go (the readers' and the
//     report reader's warnings); weak_kind: kind.go (with clauseends.go:
//     a text read with no plan whose paragraphs close on unit clauses in
//     brackets); meta_missing, meta_doubt: meta.go; label_doubt:
//     labeldoubt.go.
//   - headings_unread: bareheadings.go (a plan of implicit goals whose
//     text holds lines standing as goal headings without ordinals — after
//     a whole line or at a spaced table's left edge, not a cell wrapped
//     onto the next line — read as no goal).
//   - guessed_columns, header_no_rows, single_style: tables.go (with the
//     lone unit cells of Evidence.UnitDoubts), unitcolumns.go (two unit
//     cells — parted by a tab, a rule or a blank line — in a table typed
//     by guess), shiftedcolumns.go (a column named for units holding
//     deadlines in most rows: the table read a column off,
//     Evidence.ShiftedTables).
//   - ordinal_order: ordinals.go (goals and tasks), itemorder.go (items'
//     own ordinals), taskstyle.go (tasks not numbered alike).
//   - marks_in_text: inline.go (a unit label or a heading ordinal inside
//     an element's text), cellgaps.go (a table row's cells in prose),
//     runonheading.go (the next goal's heading run on), deadlinelines.go
//     (deadlines on lines of their own), copulalabel.go (a unit label a
//     copula joins to a unit, 责任单位为X, inside an item's text),
//     clauseintext.go (a unit clause
//     after a sentence end naming a unit the item was not given),
//     celllines.go (unit cells on lines of their own in a goal's prose, a
//     bare row number or a 序号： line in a task or item), groupcolumn.go
//     (a guessed table's merged first column of group names heading no
//     goal), untitledrows.go (an untitled task whose items open with
//     numbers in sequence, not read), unreadrows.go (numbered rows copied
//     a cell a line, with unit cells, in a text read into no plan),
//     titlecontent.go (tasks whose first item repeats or opens with the
//     title, in a table whose header names a task and a content column
//     apart), persontail.go (titles and items ending in a person's name
//     after white space: a 责任人 column's cell run in; a name the text
//     uses as a place's stem or a word, org.OtherThanPerson, is none),
//     unittail.go (an
//     item's text ending, after its last sentence, in unit names it was
//     not given), deadlineunit.go (a deadline opening with unit names),
//     datetail.go (items without a deadline ending in one glued to their
//     last word): a unit or deadline cell glued to its neighbour.
//   - thin_item: thin.go, leadercell.go (a leader's post and name read as
//     a task or item), nametitles.go (tasks of a guessed table titled by a
//     person's name alone).
//   - out_of_place: outofplace.go.
//   - truncated: truncated.go (a report whose text ends on a whole stat
//     row in its last section, 其他需要报告的事项, or in a form attached
//     after its signature, is whole; a plan whose
//     last section names units for some items and not for one before its
//     last item ends whole on a last item without units), cutrow.go (the
//     text stops inside a row),
//     unclosedrow.go (a table row line left open), endsatheading.go (a plan
//     closing on a heading with nothing under it).
//   - no_units, unit_name: units.go (items without units — save those of
//     a section framing the plan, 总体要求 or 保障措施, or listing the
//     work's stages (动员部署阶段。…), none of whose items names one — unit names that are no unit's, labels with no
//     unit read), unreadunits.go (a unit clause naming a unit beyond
//     those read from it; a clause wrapped in its cell is read across its
//     line breaks, as the names were), footerunit.go (a unit read from the page's
//     footer), splitname.go (one organisation's name read as two units,
//     cut at its inner 和), unitlist.go (a unit named twice in one item
//     with one role; a piece of a list keeping its conjunction, 和市财政局).
//   - unit_role: roleword.go (a unit's role against the role the text
//     gives it beside its name — rolesaid.go: the verb closing its list,
//     the label opening its clause; a responsible list's first unit read
//     as the lead is excused only where the text may state a lead rule),
//     columnroles.go (a unit read with
//     another role than every other unit in its place of its table
//     column), nolead.go (an item whose units all cooperate or take part,
//     none leading, save an entry its units open: 县直有关单位：积极配合…),
//     listroles.go (a unit read otherwise than the unit before it in one
//     list; a lead in a text that names no lead word).
//   - unplaced: unplaced.go.
//
// unitnames.go holds what the checks that read unit names in text share:
// the one reader of a unit list (appendOrgNames: the marks parting its
// names, each an organisation's), the cutter of a role verb closing a
// name (cutRoleVerb) and of clause words around one (trimWords).
//
// # Calibration
//
// Threshold is 0.8: a document is marked for review when one substantial
// reason (a table typed by column count, a table header with no table
// read under it, a report's template tables found but not read, bad
// pages, totals that do not add up, a weak kind, a metadata field other
// evidence contradicts, unit labels with no unit read: penalty above 0.2)
// or two minor ones (truncation, a missing field, one heading style, a
// column typed by content: 0.1–0.15) meet. `go test ./parse -run
// TestQualityCalibration -v` (with the corpus at ../shared/corpus or
// $GONGWEN_CORPUS) prints the figures; a document is bad when its
// structure F1 against the gold is below 0.9.
//
//   - First design, threshold 0.7, before any tuning, on the parser of
//     2026-12-06 07:15: 8 of 14 bad documents flagged (57 %), 9 of 27 good
//     ones (33 %); batch 1 (dev_01–18) had no bad document.
//   - Tuned on false alarms only — batch 1, testdata/layouts and later the
//     portal pages hold no bad document — (a cut-off last item is
//     truncation, not a missing unit; pinyin notes and page furniture do
//     not close a text; dropped 进展情况 cells are not unplaced; missing
//     units count only where most items have them), threshold 0.8, same
//     parser: batch 1 0 of 18 good flagged, layouts 0 of 31; batch 2 (held
//     out) 11 of 14 bad flagged (79 %), 1 of 9 good (11 %).
//   - The parser was then fixed on the whole corpus by others. Run again
//     on main at 09:00: no bad document left in the corpus; 3 of 41 good
//     flagged (7 %; batch 1 0 of 18, batch 2 3 of 23), layouts 0 of 43,
//     portal pages 1 of 30 (their metadata all right).
//   - So recall is measured on the corpus with its line breaks lost (a
//     real page layout; the gold still holds), tuned on the batch-1
//     variants only: the marks of a plan in the text (heading ordinals,
//     unit labels) with no tree or no unit read took batch-2 variants from
//     10 of 23 bad flagged (43 %) to 19 of 23 (83 %) with lines joined, and
//     from 10 of 22 (45 %) to 19 of 22 (86 %) with spaces, good variants
//     flagged 0 of 1 (08:25); at 09:00, 18 of 23 (78 %) and 18 of 22
//     (82 %): short of the 90 % target.
//   - meta_doubt (a metadata field other evidence contradicts; 15:00) was
//     added after batch 141–150 had two wrong fields with a perfect score
//     (a joint issuer read in part, a number keeping its box label): on all
//     seen data (corpus, layouts, portal pages) it fires nowhere.
//   - tables_unread (15:09, after layout 140's HTML rows lost 59 of 62
//     stats with only a truncated reason) and header_no_rows (15:14, after
//     layout 116's rows went into the tree as prose, unflagged) were added
//     the same way; at 16:30 (main 7661aa1) neither fires, nor meta_doubt,
//     on testdata, the seeds, the corpus or the portal pages
//     (scripts/snapshot.sh).
//   - From 17:00 the share of wrong parses flagged is measured by
//     damaging notices as archives do (parse's TestMutationFlags: lines
//     joined, header row dropped, cells run together, truncation, ordinals
//     stripped or restyled, unit brackets lost, a block moved to the end, a
//     second plan glued, traditional script, page furniture) on the
//     layouts (and the corpus) whose undamaged parse equals the gold; a
//     damaged parse is wrong below structure F1 0.9, right when it equals
//     the gold in the gold's order. First figures on main 7466316, layouts,
//     wrong flagged/silent: joined 73/46, header dropped 12/27, cells
//     together 46/4, truncated 0/6, ordinals stripped 59/46, restyled 23/35,
//     brackets lost 10/9, block to end 9/68, second plan glued 8/61,
//     furniture 3/17 (243 of 562 wrong flagged, 43 %); false alarms 3 of
//     158 undamaged (present before, read from their decoded text).
//   - ordinal_order (17:20): tasks numbered from 1 again under one goal
//     (0.25: a second list read into the goal) or goals and tasks that skip
//     or go back (0.15). Layouts: ordinals stripped 59→75 flagged, restyled
//     23→34, block to end 9→26, second plan glued 8→43, false alarms
//     unchanged. On main cbdf766 it fires on no corpus document or portal
//     page, and on two layouts, both wrong (pending 191 and 195, silent
//     until then: bad layouts flagged 3/10 → 5/10, good 3/182 unchanged).
//     From 18:05 a restart whose task takes its units from a line written
//     above its heading (县财政局： / 1.…, a 责任分工 by unit) is not one:
//     layout 191, read right since, is no false alarm.
//   - ordinal_order also reports, from 17:50, an ordinal that holds text
//     (完成时限1, 2023年6月底前2, 一 推进决策公开: a row's last cell or the
//     title ran into the number; 0.25). Layouts: lines joined 70→87 of 123
//     wrong flagged, ordinals stripped 78→82, restyled 37→41, false alarms
//     unchanged; on main 59fafdc it moves no output of testdata, the seeds,
//     the corpus or the portal pages.
//   - marks_in_text (18:05): a unit label with its colon (牵头单位：) or a
//     heading ordinal right after a sentence end (。二、, 。（三）) inside a
//     goal's, task's or item's own text — a boundary the tree did not read
//     (0.3). Layouts: lines joined 88→94 of 125 wrong flagged, second plan
//     glued 47→50, restyled 42→44, block to end 30→32, brackets lost 10→11;
//     false alarms unchanged; on main 388ed76 it moves no output of
//     testdata, the seeds, the corpus or the portal pages.
//     From 18:40 it also reports an item opening with the ordinal after its
//     task's, in the task's style (2. under task 1, 二、 under task 一), in
//     a task whose items do not number themselves (1.… 2.… in a cell):
//     decisions whose line breaks were lost, only the first read as a
//     heading. On main 1e59206 it moves no output of testdata, the seeds, the
//     corpus or the portal pages.
//   - ordinal_order's skips and steps back weigh 0.25 from 18:10, as a
//     restart does (review alone): at 0.15 they left 0.85 on wrong parses
//     with no second reason. Layouts: block to end 32→48 of 87 wrong
//     flagged, restyled 44→46, furniture 5→6; false alarms unchanged; on
//     real data it fires only where it fired before (layout 191 and three
//     encoding fragments of testdata/inputs that start at 二 or （三）, all
//     already marked for review).
//   - thin_item (18:20): an item whose text holds fewer than four Han
//     characters — another column's cell read as the content (a person, a
//     status 已完成), page furniture (a URL, a time stamp) or a fragment
//     cut at a wrap (0.3). Layouts: furniture 6→18 of 22 wrong flagged
//     (and 3→29 of 29 parses a little off), header dropped 12→16; false
//     alarms unchanged. On main 4e8a2df it fires only on two pending
//     layouts, both wrong and already flagged (179, 211: 息公开, 动。).
//   - marks_in_text also reads, from 18:35, a bracketed task ordinal inside
//     a heading's title (做好公开（一）建立…) and a heading ordinal opening an
//     item (（二）推进…: a heading read as an item). Layouts: lines joined
//     96→110 of 130 wrong flagged, others unchanged; false alarms
//     unchanged. A goal's 一、 inside a title is not read: it fired on a
//     portal page's 坚持知行合一、工学结合. On main 32ed273 it moves no
//     output of testdata, the seeds, the corpus or the portal pages.
//   - At 18:40 (main 6d123f3), layouts, wrong flagged/silent (first figures
//     of 17:20 in brackets, on 158 notices then, 176 now): joined 110/20
//     (73/46), header dropped 17/27 (12/27), cells together 54/2 (46/4),
//     truncated 1/7 (0/6), ordinals stripped 88/28 (59/46), restyled 48/17
//     (23/35), brackets lost 11/8 (10/9), block to end 51/39 (9/68), second
//     plan glued 55/25 (8/61), furniture 18/4 (3/17): 453 of 630 wrong
//     flagged (72 %), up from 243 of 562 (43 %); false alarms 3 of 176
//     undamaged, the same three as before any new check (114 guessed
//     columns, 46 and 87 truncated and unplaced read from their decoded
//     text). Still silent: mostly a table's header dropped (columns typed
//     by their cells, roles lost), a block of lines moved or a second
//     plan glued where the tree's ordinals still run in sequence, headings
//     stripped from notices (a notice without headings is a valid one),
//     and a text cut inside a table row.
//   - label_doubt (20:15): a report's prose stat label that keeps words
//     before its verb the reader could not tell a subject from (县人大主动
//     公开…, 政务微信公开…; the lead's session-7 ruling drops a subject and
//     keeps the last adverbial), from the report reader's label_doubt
//     warning (0.15). On main 475619f it fires on no corpus document,
//     layout, portal page or testdata page, and on seed 002 only at its two
//     “苏州发布” channel-subject labels, which the ruling's reading would
//     drop (公开政府信息) and the reader keeps.
//   - out_of_place (20:30): plan elements read from text that is not the
//     plan's, where the ordinals still run in sequence: an element, or a
//     numbered sentence or table row read into none, after the notice's
//     版记 (抄送, …印发) or the plan's end; tasks after the closing paragraph
//     of the plan's last goal (各单位要…抓好落实。); a line shaped like a
//     plan's title (a year and a plan word: 某县2024年…重点任务清单) inside
//     a plan followed by tasks or items rather than numbered goals (0.25).
//     Layouts, wrong flagged/silent: second plan glued 64/28 → 86/6, block
//     to end 57/44 → 74/27; corpus second plan glued 8/2 → 9/1; false
//     alarms unchanged (3 of 193 undamaged, 2 of 47 right glued). On main
//     abade86 it fires on no output of testdata, the seeds, the corpus or
//     the portal pages.
//   - truncated weighs 0.25 (review alone) from 20:50 when the text stops
//     inside a table row: its last line holds fewer tab cells than most
//     rows above it, so the row's units and deadline are lost. Layouts,
//     truncated in plan: 2/7 → 6/5 wrong flagged/silent, false alarms
//     unchanged (6 of 59 right); on the snapshot it moves only the PDF
//     fixture table4col_libreoffice_umingcn (0.9 → 0.75), whose text does
//     stop inside its last row's content cell.
//   - guessed_columns weighs 0.25 from 21:00 where a table typed by guess
//     has at least two rows naming units in two cells (a tab, pipe or box
//     rule between them), every unit read as responsible: the header that
//     named 牵头单位 and 配合单位 is lost, so every role is a guess. A
//     stronger penalty on every guessed table flagged 21 of 22 right
//     parses; this one leaves them alone. Layouts, header row dropped:
//     18/33 → 32/19 wrong flagged/silent, false alarms unchanged (3 of 25
//     right, 4 of 198 undamaged); on the snapshot it moves no output.
//   - Three shapes of damage the headings' ordinals do not show (session
//     8, 22:45): an item list that starts again, says a number twice, skips
//     or goes back inside one task, or opens above 1 without carrying on
//     from the task before (ordinal_order, 0.25: lines moved within the
//     plan); a goal whose tasks are not numbered alike — an unnumbered
//     task between numbered ones (a wrapped cell read as a row), 1 beside
//     二, 1-1 under goal 二 (ordinal_order, 0.25); a plan whose last element
//     is a bare heading with nothing but page furniture after it while its
//     other tasks hold items (truncated, 0.25). Layouts, wrong
//     flagged/silent: block moved to end 84/28 → 96/16, ordinals stripped
//     101/33 → 108/26, restyled 55/19 → 60/14, lines joined 129/24 →
//     134/19, second plan glued 92/8 → 98/2; false alarms unchanged (3 of
//     208 undamaged). On the snapshot (testdata, the seeds, the corpus, the
//     portal pages) they move no output.
//   - Two shapes of a table read without its header (session 8, 23:00): a
//     line of a goal's paragraph, a task's title or an item's text holding
//     a table row's cells — two to seven gaps of a tab or two spaces and
//     more, one cell a content sentence or a deadline (marks_in_text, 0.3:
//     a table aligned by spaces read as prose; a list of names spaced
//     apart has more gaps and no such cell); a task or item that is a
//     leader's post and name alone, 副县长 某某 (thin_item, 0.3: the 责任领导
//     column read as the content). Layouts, header row dropped: 35/21 →
//     43/13 wrong flagged/silent, false alarms unchanged (3 of 214
//     undamaged); on the snapshot they move no output.
//   - A text cut inside a pipe or box table's row whose last line opens
//     with the table's rule but does not close with one, where the row
//     lines above close theirs, raises truncated to 0.25 (session 8,
//     23:25): what is left may end in a cell (持续推进) and read as whole.
//     Layouts, truncated in plan: 7/6 → 9/4 wrong flagged/silent, false
//     alarms unchanged (8 of 65 right); on the snapshot it moves no
//     output. The same evening a last row closed by a free 备注 cell after
//     its deadline, by the deadline cell's rule (│每月  │) or by the
//     wrapped tail of its last unit name stopped reading as cut: three
//     layouts read right lost their truncated reason (0.9 → 1).
//   - A goal numbered in Chinese whose title or prose holds the next
//     goal's heading (二、 after a sentence end or a wide space, not 二、三
//     季度) while no goal bears that number: the line breaks lost, the
//     headings after the first run into it — in a notice too, whose own
//     headings were not read before (marks_in_text, 0.3; session 8,
//     23:35). Layouts, lines joined: 140/21 → 150/11 wrong flagged/silent,
//     false alarms unchanged; on the snapshot it moves no output.
//   - A work plan's goal whose prose holds time limits on lines of their
//     own (2025年6月底前, twice or more; a year alone, 2024年目标, is a
//     column name): a table copied one cell per line whose header was
//     lost, read as the goal's paragraph (marks_in_text, 0.3; session 8,
//     23:55). Layouts, header row dropped 43/15 → 44/14, false alarms
//     unchanged; on the snapshot it moves no output.
//   - Session 8 in sum (main 2026-12-07 00:00, 216 layouts whose parse
//     equals the gold, 762 wrong damaged parses): the eight checks above
//     (item order, task style, bare last heading, row in text, leader
//     cell, unclosed row, run-on heading, deadline lines) take the wrong
//     parses flagged from 603/159 (79 %) to 660/102 (87 %) on the same
//     parser; false alarms 3 of 216 undamaged, the same three as before.
//     Still silent: headings stripped from notices (a
//     notice without headings is valid), unit clauses whose brackets were
//     lost (the unit cell's names beyond the first dropped), blocks moved
//     after a page's closing furniture, cell-per-line tables whose header
//     was lost where nothing but the units moved.
//   - Two shapes of a unit clause whose brackets were lost (session 9,
//     02:30): an item's text holding, after a sentence end, unit names
//     closed by a role word (。市司法局牵头，市直各部门配合 / …负责■) that
//     name a unit the item was not given — the next item ran on after it
//     (marks_in_text, 0.3); an item's unit clause naming, outside the
//     names read from it, a piece that ends like an organisation once its
//     role words and labels are cut (县教育局牵头、县住房城乡建设局 read as
//     县教育局 alone; 督办 and other non-unit labels end the clause's units)
//     (no_units, 0.25). Layouts, wrong flagged/silent: unit brackets lost
//     11/8 → 19/0, lines joined 152/14 → 153/13; corpus brackets lost 2/1
//     → 3/0, lines joined 22/6 → 23/5; false alarms unchanged (3 of 221
//     undamaged, 1 of 30 on the corpus). On the snapshot they move no
//     output. Cost: Mixed/parse 315.3 → 325.9 instr/B, Small 441.4 →
//     449.0.
//   - A mutation added in session 9 (03:00), a portal's footer glued
//     right under the plan's last line (footer lines alone, or under the
//     page's closing furniture), was the least flagged: layouts 4/7 wrong
//     flagged/silent, 3/24 a little off (the site's owner, 主办单位：某市
//     某局, given to the last row as its lead unit). A unit of the plan's
//     last item read from a footer line the page shows to be one — a
//     label only a footer holds on it or on the footer line under it, or
//     the page's closing furniture above it — is flagged (unit_name,
//     0.3): layouts 8/3 wrong, 26/1 off; corpus 0/1 → 1/0, off 3/2 →
//     5/0; false alarms unchanged (3 of 195 right, 3 of 233 undamaged).
//   - One organisation's name read as two units, cut at its inner
//     conjunction (session 10, 04:15): 市公安和城乡建设局 read as 市公安 and
//     城乡建设局, 中央和国家机关工委 as 中央 and 国家机关工委 — the first half a
//     bare stem (no ending, or two characters after a place rank), the
//     second no name of its own (no place rank, no 各), only 和/及/与
//     between them (unit_name, 0.25: each half still looks like a unit, so
//     the 0.15 of an odd name left it silent). Mutation "unit conjoined" (a
//     unit renamed into a joint name, 县教育局 → 县教育和体育局, text and
//     gold): layouts, wrong and off flagged/silent 1/13 → 11/3, corpus 0/1
//     → 1/0; false alarms unchanged (3 of 178 right). On the snapshot it
//     moves no output; on all real unit pairs joined by a conjunction
//     (corpus, layouts, portal pages, testdata: 22) it fires on none.
//   - A unit whose role is not the one the verb right after its name gives
//     (session 10, 05:05): 市财政局牵头 read as cooperating, 市税务局配合 as
//     the lead — 牵头, 配合, 协助, 参与 … and not a label's head (配合单位：);
//     负责 is left alone, a document-wide rule may make such a unit the
//     lead (unit_role, 0.25); and an item given units of its own that all
//     cooperate or take part, none leading or responsible (unit_role,
//     0.25: a lone unit cell typed as the 配合单位 column of a table whose
//     header was lost). parse's TestUnitPerturbationFlags damages the
//     unflagged right parses of the layouts at one unit or item and
//     assesses them again: a role against its verb 0/75 → 75/75 flagged,
//     an item's lead read as cooperating 0/223 → 223/223, any one role
//     swapped 0/223 → 57/223 (most roles come from a column or a label
//     nothing beside the unit contradicts). Neither fires on a unit of the
//     corpus, the layouts, the portal pages or testdata (no item there is
//     led by none); on the snapshot they move no output.
//   - Four shapes of a table read without its header row (session 10,
//     05:55), from the 15 wrong parses "header row dropped" still left
//     silent on the layouts: a goal's prose holding unit cells on lines
//     of their own right under content sentences, twice or more (a table
//     copied one cell per line read as prose; a signature stands under
//     the last sentence once); a task or item opening with a bare row
//     number on its own line or holding a 序号： line (the 序号 cell run
//     into it) — both marks_in_text, 0.3; two or more tasks of a guessed
//     table titled by a person's name alone (the 责任领导 column read as
//     the tasks; thin_item, 0.3); and two unit cells parted by a blank
//     line counting as two unit columns (guessed_columns, 0.25; a single
//     line break is not one: a cell's names go one per line). Layouts,
//     header row dropped: 59/15 → 66/8 wrong flagged/silent, every other
//     mutation unchanged; false alarms unchanged (1 of 33 right there, 3
//     of the undamaged); corpus unchanged. On the snapshot (testdata, the
//     seeds, the corpus, the portal pages) they move no output. Cost:
//     Mixed/parse 335.9 → 336.8 instr/B, Small 459.2 → 460.1. Still
//     silent: no plan read at all (112, dev_09), a category column lost
//     into one implicit goal (120, 312), numbered rows read as items of
//     one untitled task (162), a wrapped cell cut mid-title (179), a
//     remarks cell read as the content (181), cells per line without
//     blank lines whose unit columns cannot be told from one cell's names
//     (240), task and content cells read as one title (256).
//   - The role the text says beside a unit (session 11, 07:00): the verb
//     closing the list the unit stands in (市林业局、市水务局配合 — the
//     list opening a clause, not after 会同), past an adverb (按职责分工
//     负责), or the label opening its clause (配合单位：, 协同责任单位：, 责任
//     科室：), where a verb and a label that disagree say nothing. A unit
//     read with another role is flagged (unit_role, 0.25), save where a
//     document-wide rule (排名第一的为牵头单位，其余为协办单位) may have given
//     a responsible list's first unit the lead and the others cooperate:
//     such a reading is let be unless two or more units in that place are
//     read as responsible and one at most as the rule would. parse's
//     TestUnitPerturbationFlags, any one role swapped: 58/226 → 144/226
//     flagged; no other figure moved. On the snapshot (testdata, the seeds,
//     the corpus, the portal pages) it moves no output; before the rule's
//     leniency and the 会同 case it flagged dev_21, dev_23, dev_25, layouts
//     40 and 106 and portal page p036, all right.
//   - A unit read otherwise than its table column (session 11, 07:20): the
//     units standing in the same cell of rows with as many cells (parted
//     by tabs, rules or runs of spaces), opening it or not, take one role
//     from the column's header; one read with another role where two or
//     more others agree is flagged (unit_role, 0.25). A unit the text
//     gives a role beside its name and a cell holding a role word — with
//     the same cell of the next line when that line continues the row (甲
//     牵 / 头) — are left out. Any role swapped: 151/233 → 191/233
//     flagged; no other figure moved; on the snapshot it moves no output
//     (it flagged layout 211, right, until a wrapped cell was read on).
//     In rows laid out with spaces the cells must also start within four
//     display columns of one another (sameColumn): a PDF's narrow columns
//     drift and a line one space parts holds fewer cells, so the place
//     among a line's cells does not tell the column (layout 295, right,
//     was flagged). The columns are counted in characters instead where
//     more of the units start at the very same count so (byChars:
//     pdftotext -layout sets each glyph in one character cell; layout
//     399, right, was flagged, a partner cell after a task holding digits
//     starting near the leads by display width).
//   - A unit list read wrong at one unit (session 11, 07:30): a unit named
//     twice in one item with one role (a clause or cell read twice; a lead
//     that also cooperates on a merged row's later line is no repeat) and
//     a unit that opens with the conjunction joining it to the one before
//     (和市财政局, 及各乡镇人民政府: the rest a whole name opening with a
//     place rank, 各, 有关 or 相关; 和县教育局 only after a unit that opens
//     with 县 too, 和县 being a county; 和平区 never) (unit_name, 0.25).
//     TestUnitPerturbationFlags: a unit read twice 0/237 → 237/237, a list
//     cut before 和 201/218 → 218/218; on the snapshot no output moved (one
//     item of the layouts names a unit twice, with two roles).
//   - The unit labels the marks of a plan count and inline.go finds in an
//     element's text were a list of seven of their own; from session 11
//     (07:40) they are role.UnitLabels save notLabels, the labels that
//     name something else in running text. Read before deciding: the
//     whole list sent dev_20 (责任分工 in its title), portal pages p000
//     (明确参与部门 in a regulation) and p016 (政务新媒体主办单位) to review
//     for units never assigned, and flagged ten right parses more under
//     "footer glued" (主办单位：某市某局); counting a label only where it
//     stands as one (a colon, a cell's end) left eight wrong parses of
//     "cells run together" silent (序号责任单位完成时限 run together). With
//     notLabels no output and no mutation figure moved.
//   - Two shapes of a table read without its header row (session 11,
//     07:55): a guessed table whose first column is merged group names
//     (稳增长 on one row, blank cells under it; no number, unit or date)
//     in a work plan none of whose goals bears them — the 类别 column read
//     as tasks or dropped (marks_in_text, 0.25); an untitled, unnumbered
//     task whose unnumbered items open with ordinals in sequence (1.… 2.…)
//     — numbered rows read one level too low (marks_in_text, 0.3).
//     Layouts, header row dropped: 71/9 → 74/6 wrong flagged/silent (120,
//     162, 312), false alarms unchanged (1 of 34 right); every other
//     mutation unchanged; on the snapshot no output moved. Still silent:
//     a wrapped cell cut mid-title (179), a remarks cell read as content
//     (181), cells per line (240, 256), cell paragraphs of a CMS page
//     (314).
//   - A table copied one cell a line and read into no plan (session 11,
//     08:15): three or more lines holding a bare row number counting up
//     (1, 2, 3), each followed within eight lines by a line naming units
//     alone (市发改委; 执法支队牵头，法规科配合), in a text whose plans hold
//     no goal (marks_in_text, 0.3; page numbers have no unit lines between
//     them). Header row dropped: layouts 75/6 → 76/5 (112), corpus 1/1 →
//     2/0 (dev_09); no other figure moved; on the snapshot no output moved.
//   - Two shapes of a table read without its header row (session 13,
//     13:10), from the eight parses "header row dropped" left silent on
//     the layouts: a goal's tasks, none numbered, whose titles open with
//     ordinals in sequence (1.公开… 2.每季度…) — numbered rows read as
//     tasks titled by their whole first cell since session 12 read rows
//     under no task heading as tasks (2d4adc7; before it they were items
//     of an untitled task, which this check already flagged) (162, 331;
//     marks_in_text, 0.3); and a guessed table whose columns are laid out
//     as no table's are (Evidence GuessedTable.Odd, from the tree
//     builder's layout): two goal or task columns, one read over the
//     other (a progress column read as the task, 342), three content
//     columns (a wrapped cell's lines taken for columns, 179), a guessed
//     task or content column right of the deadline (a remarks column read
//     as the content, 181; a row's second part read as more columns, 240)
//     (guessed_columns, 0.25). Two content columns (问题 | 整改措施) and a
//     second deadline column (a remark typed as one, 111) are left alone:
//     both read right. Layouts, header row dropped: 83/8 → 89/2 wrong
//     flagged/silent, false alarms unchanged (1 of 41 right); every other
//     mutation unchanged; on the snapshot (testdata, the seeds, the
//     corpus, the portal pages) no output moved. Still silent: a page
//     break's lost header leaving three rows one cell each (256), cell
//     paragraphs of a CMS page read as prose (314).
//   - Two shapes of a role swapped (session 13, 13:00), from the 36 units
//     of TestUnitPerturbationFlags' "any role swapped" left silent, most
//     in cells one per line: a unit read with another role than the unit
//     before it in the same list, nothing but a separator between them
//     (国土分局、财政局 as lead and cooperating; not a comma, which may close
//     a labelled clause or part CSV cells; not after a lead where the text
//     may state a document-wide rule) (listroles.go); and a unit read as
//     the lead in a text holding no word that gives the lead (牵头, 牵
//     alone for a cell wrapped one character a line, 主抓, 抓总, 分头, 主办,
//     主责, 会同), folded when the text is not settled (unit_role, 0.25;
//     each only where no earlier check flagged a role). Any role swapped:
//     229/265 → 256/265 flagged; every other figure unchanged; on the
//     snapshot no output moved. Still silent: a responsible unit read as
//     the lead in a text that names 牵头 elsewhere (a preamble's 各牵头单位)
//     in a cell of its own (112, 130, 134, 261, 57), a rule-stating text
//     (40), a lead cell read as cooperating and back (107, 211, 50).
//   - A task's title or an item's text holding two or more deadlines on
//     lines of their own (session 13, 14:00), as a goal's prose did
//     already: rows copied one cell per line run into one element (a CMS
//     page's cell paragraphs, 314) (marks_in_text, 0.3). Header row
//     dropped, layouts (303 then): 99/2 → 100/1 wrong flagged/silent;
//     every other figure and false alarm unchanged; on the snapshot no
//     output moved. Still silent: 256 (a page break's lost header leaves
//     three rows one cell each, units and deadline inside the task).
//   - Reason only is not enough (session 15, 19:10): of ten wrong blind
//     notices of session 14, four were docked to 0.9 by one minor reason
//     and not sent to review — a user filtering on review missed them; two
//     of them a 参加部门 column the vocabulary did not know, typed by its
//     cells as 配合. parse's TestCarrierDamage damages the right layouts as
//     carriers do and counts wrong parses sent to review / docked with a
//     reason only / silent. guessed_columns now sends to review (0.25)
//     a guessed table whose units took a role no header named
//     (GuessedTable.Roles: a units column under a name not known, or left
//     at responsible beside another units column, its cells naming no
//     role themselves) and a row's lone unit cell of either unit column
//     (UnitDoubts, 0.1 before); unit_name weighs 0.25 on a name written
//     twice (two rows' cells joined). Wrong review/reason/silent (325
//     right layouts): header cell lost 23/16/3 → 35/4/3, unit column
//     unknown 41/6/0 → 47/0/0, header row dropped 110/3/0 → 111/2/0;
//     right parses sent to review: header cell lost 1 → 2 and unit column
//     unknown 1 → 2 (a lost 牵头单位 or 责任单位 name over a column beside
//     配合单位: the role is a coin flip, right by luck there); pending
//     layouts 278 and 394 now go to review (0.9, 0.804 → 0.75); corpus,
//     layouts and portal pages: no false alarm added (3 of 41, 3 of 373,
//     0 of 30); TestMutationFlags unchanged but header row dropped 109/3
//     → 110/2.
//   - Title and content in one cell (session 15, 19:05): the most silent
//     damage of TestCarrierDamage was two cells glued (31 of 124 wrong
//     parses silent): a row's 工作任务 and 具体内容 cells run together, the
//     tree reads the whole as the task's title and again as its one item.
//     Tasks of a table whose header names a task and a content column
//     apart (Evidence.TwoTextTables), most of them (two or more) with one
//     item repeating the title, are now flagged (marks_in_text, 0.3): a
//     table with one text column reads so by design and is left alone, as
//     are rows whose content cell was left empty (review 15: a right
//     table of mostly empty 具体内容 cells went to review; TwoTextTables
//     no longer covers such a row, TestGluedTitleContentReview).
//     Two cells glued: 87/7/32 → 103/7/16 wrong review/reason/silent,
//     no right parse sent to review; it fires on two pending layouts, both
//     wrong and in review already (376, 409), on no other layout, corpus
//     document or portal page; TestMutationFlags unchanged.
//   - A person run into a title (session 15, 19:25): pdftotext -layout
//     prints a 责任人 or 领衔代表 column one space after the title's (blind
//     layout 398 through pdftotext -layout: 关于提升…的建议 李建军), and a
//     header lost leaves a 责任人 cell on the line after an item's text.
//     Two or more titles or items ending, after white space, in a person's
//     name alone are flagged (marks_in_text, 0.3; a name read from the
//     last 13 bytes only; one after a digit is a number's unit, 1.2 万人,
//     and no name: review 15 found right tables of targets so sent). TestCarrierDamage counts a parse holding the
//     person it glued as wrong (the gold compares items' heads only):
//     person in title 33/7/95 → 127/2/6 wrong review/reason/silent, no
//     right parse sent to review; header row dropped 112/2 → 113/1, and
//     four parses the gold calls right, each with the 责任人 cell in an
//     item's text, now in review (TestMutationFlags' false alarms 1 → 5,
//     its floor raised for them); 398 through pdftotext -layout 1 → 0.7;
//     no layout, corpus document or portal page moved.
//   - Cells glued into other fields (session 16): two cells glued left
//     16 wrong parses silent, each holding another column's cell where a
//     check can see it: a deadline opening with unit names (县水利局2024年
//     9月底前), an item's text going on after its last 。 with unit names
//     it was not given (…违规收费行为。市发展改革委), items without a
//     deadline ending in one glued to their last word, a first item
//     opening with its task's title (no longer only a task's one item);
//     and rows joined left four, three of them a markdown row run into
//     the item above, whose bars cellgaps.go now reads as gaps. Two cells
//     glued 110/7/16 → 124/4/5 wrong review/reason/silent, rows joined
//     33/1/4 → 37/0/1; right parses sent to review unchanged in every
//     damage of TestCarrierDamage and TestMutationFlags; TestQuality
//     Calibration unchanged (corpus 3 of 41, portal pages 0 of 30).
//   - Goal headings without ordinals (session 17): ordinals stripped left
//     54 wrong parses silent on the layouts, 29 of them work plans whose
//     goal headings (一、, a table's goal rows) became plain lines while
//     the tasks kept theirs, read under one implicit goal. Two lines or
//     more standing as goal headings — Han, 4 to 24 runes, no sentence,
//     no unit, date, deadline or unit clause; after a whole line (a
//     sentence, a unit cell, a deadline, a rule, a header) or at the left
//     edge of a table laid out in spaces, not in a column nor wrapped on
//     into the next line (a line as long, a unit's name) — in no element,
//     opening a task's title or an item's text, after one of its sentences,
//     or a task or item of their own without units of its own, in a plan
//     of implicit goals, give headings_unread (0.25, review); a text read
//     with no plan, three of whose paragraphs close on a unit clause in
//     brackets, gives weak_kind. Ordinals stripped 161/54 → 190/25 wrong
//     flagged/silent (on the layouts of session 16; with session 17's,
//     167/57 → 198/3, the harness no longer stripping notices of kind
//     other); corpus 21/4 → 21/3 (a notice of kind other left out); no
//     right parse flagged in any mutation or damage, TestQuality
//     Calibration unchanged (corpus 3 of 41, portal pages 0 of 30).
package quality
