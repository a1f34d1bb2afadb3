// Package eval scores a parsed notice against a gold annotation in the
// format of the development corpus (../shared/corpus/README.md) and of
// testdata/layouts.
//
// Data flows in one direction: a gold file is read into a Gold (LoadGold);
// a *model.Document is mapped into the same shape (FromDocument), keeping
// each item's full text where the gold keeps only its head and taking the
// goals of every plan in text order (Document.AllPlans: a notice attaching
// 附件1 and 附件2 gives both; plan_title is the first plan's); Compare aligns
// the two trees level by level (goal → task → item → unit) and counts
// matches, and Score.Misses lists every disagreement so a developer can find
// the general mechanism behind it.
//
// Matching rules:
//   - goals match on no + title; tasks on their goal's match + no + title;
//     items on their task's match + head, where the gold head is compared
//     with the prefix of the item text that has the same number of runes;
//     units on their item's match + name; a role counts when its unit
//     matched and the roles are equal. A child of an unmatched parent can
//     never match, so a wrong goal costs every task, item and unit under it.
//   - ordinals (no) are compared with full-width digits read as ASCII
//     (１ and 1 are one ordinal in two widths).
//   - titles, heads and names are compared verbatim except for white space
//     (ASCII space, U+3000, no-break space, tabs, line breaks), which is
//     layout, not content, and is dropped on both sides.
//   - meta: doc_number after mapping the bracket variants [ ］ 【 】 ﹝ ﹞ to
//     〔 〕 and full-width digits to ASCII (the parser's canonical form),
//     and dropping white space (and, where the gold number prints no year
//     brackets at all, dropping the brackets of the parsed one);
//     issuer and plan_title without white space; signed_date exactly.
//   - kind: workplan and annual_report exactly; the gold's "other" accepts
//     "notice" and "unknown".
//   - sections (stats.go): an annual report's gold lists its headings as
//     goals and tasks; they are matched with the Report's sections of level
//     1 and 2, a level-2 heading only under its matched level-1 heading. A
//     report gold with no headings is not scored for sections.
//   - stats (stats.go): a multiset; a gold stat matches the first unused
//     parsed stat with the same label (white space dropped) and value; a
//     unit that differs is listed as a "stat-unit" miss but still matches.
//
// Cases and FindCorpus (corpus.go) find a corpus and its gold files;
// WriteTable (table.go) prints the per-document table and the totals.
// The package is public so that users can score gongwen on gold annotations
// of their own documents, as examples/corpuseval does for the corpus.
package eval
