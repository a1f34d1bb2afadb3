package quality

import "github.com/zwgk/gongwen/model"

// penaltyLabelDoubt is the penalty of prose stat labels that may keep
// their sentence's subject: a minor doubt, one label's words, not its
// number.
const penaltyLabelDoubt = 0.15

// checkLabelDoubt reports the report's prose stat labels that open with
// words the reader could not tell a subject from (its label_doubt
// warnings: 政务微信公开政府信息 may be counted by 政务微信 or name it as
// what is counted): a reader of the Document should check them.
func checkLabelDoubt(a *assessor) {
	warningsAsReason(a, model.WarnLabelDoubt, model.ReasonLabelDoubt, penaltyLabelDoubt)
}

// warningsAsReason turns each of the parser's warnings with code warn into
// a document-wide reason, penalised once by p when there is any.
func warningsAsReason(a *assessor, warn, reason string, p float64) {
	n := 0
	for _, w := range a.doc.Warnings {
		if w.Code == warn {
			n++
			a.document(reason, w.Span, "%s", w.Message)
		}
	}
	if n > 0 {
		a.penalise(reason, p)
	}
}
