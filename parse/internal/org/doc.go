// Package org knows what the name of an organisation looks like in Chinese
// government text: the endings that close the names of bodies (局, 委, 办,
// 厅, 人民政府, 中心, 管委会 …), the collective names (各有关部门, 市直各单位),
// and the other things that stand where a unit name is expected but are not
// one — deadlines (6月底前), notes (年内持续推进, 下同), fragments cut by the
// end of an excerpt (区政), prose and leaders named by post (IsLeader:
// 王立新副市长, 常务副市长王立新, 党委书记) — and the contact a table cell may
// add in a bracket after a unit (IsContact: 县财政局（周涛）, a phone number,
// 联系电话：…; surnames embedded from data/surnames.txt), and whether a
// string taken for a person's name is, where a text holds it, a place's
// stem or a word instead (OtherThanPerson: 张家港市, 推动高质量发展). The official
// posts (posts.go: 市长, 书记, 巡视员) are listed once here, for IsLeader,
// for the person labels of parse (EndsInPost: 分管副主席：, but not a
// salutation, NamedPost: 马万祺副主席：) and for the leader cells the
// quality checks read.
//
// Data flows one way: a caller hands in a short string it has already cut
// out (an element of a unit list, the author in a title, the name under a
// signature, the few runes around a name it found) and gets back a
// verdict; nothing here scans running text.
// Traditional script is folded with segment.ToSimplified before endings are
// compared, so every ending is listed once, in simplified form. The
// endings are indexed by their last rune and the note words by their
// first (hanIndex), so a candidate is read once and compared only with
// the words that can match it.
//
// The unit reader of package parse uses Classify to keep the units of a
// clause; the header uses HasEnding for the issuer and the lines that name
// an issuing body (above a 成文日期, before 印发); quality checks can use
// Classify to flag unit names that do not look like units (Doubtful), and
// IsVillage to keep a village named by its own name (德天村, a unit of a
// township's plan, though 村 is no ending) from those.
package org
