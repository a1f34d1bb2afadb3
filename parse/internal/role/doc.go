// Package role holds the words that give a unit of a work plan its role
// (牵头 lead, 配合 cooperate, 参与 participate, 负责 responsible), once for
// every stage that reads them.
//
// Data flows one way: the lists are fixed data, in simplified script (a
// caller folds its text with segment's table before matching); the
// package reads text only in the tests it offers on the lists (HoldsVerb,
// HoldsLabelHead, MayStateRule), never a whole document. Verbs are the words that close a unit
// clause in prose (市财政局牵头，市统计局配合; 由市民政局负责): the plan
// parser (parse/roles.go) gives each unit the role of the verb after it,
// and the parser's own doubts (parse/internal/quality) look for such a
// clause left inside an item's text. LabelHeads are the words a unit label
// or column name opens with (牵头单位：, 协同部门, 责任处室): the label
// reader (parse/labels.go) gives a generic label the role of its head,
// the table reader (parse/internal/table) types a column by it, and the
// quality checks recognise a label inside a unit clause by it.
// ResponsibleHeads are the further words that make such a label or column
// responsible (负责单位, 具体承办部门, 包联单位), for the label reader and
// the table reader alike. UnitLabels
// are the whole labels and column names (牵头单位, 责任处室, 部门分工) that
// the label reader and the table reader know by name; IsCopula tells the
// copulas (为, 是) that may stand for such a label's colon (责任单位为县财政局),
// which the label reader reads and the quality checks look for inside an
// item's text, and HoldsLabelHead a word after one that names a role, not
// a unit (牵头单位为第一责任单位). Words lists the
// words of a list, or of its words that give some roles, for those that
// only need to find them.
//
// MayStateRule tells a text that may state a document-wide lead rule
// (列第一位的为牵头单位), for the parser that applies one and the quality
// checks that excuse the roles one gives.
//
// The package imports only model and internal/source: the pipeline
// (parse) and its stages (quality, table) import it, never the other way
// round.
package role
