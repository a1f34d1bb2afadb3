package report

import (
	"strings"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// A label keeps the words before its verb when they name no subject the
// organisation lexicon knows and open no adverbial (县人大主动公开政府信息,
// 政务微信公开政府信息): they may be a subject the lexicon lacks, or part of
// what is counted. The reader cannot tell, and says so with a label_doubt
// warning rather than guess silently.

// countedWords mark words before a verb as part of what is counted (依申请
// 公开信息, 政府信息公开申请, 政策文件发布, and the template's kinds of
// decision and charge written as prose: 行政许可处理决定, 行政事业性收费清理
// 项目): no subject holds them.
var countedWords = []string{"信息", "申请", "政策", "文件", "事项", "许可", "收费"}

// doubtfulSubject reports whether the label l (in the norm) opens with two
// to twelve Han characters that are neither a subject nor an adverbial,
// before a verb of the reports with an object after it. A label whose head
// is 数, or whose words before the verb hold a list (、 或 和 及), a
// negation, 的 or a counted word, is no doubt.
func doubtfulSubject(l string) bool {
	if strings.HasSuffix(l, "数") || opensPredicate(l) {
		return false
	}
	i := 0
	for n := 0; n < maxNamedSubject && i < len(l); n++ {
		r, size := script.DecodeRune(l[i:])
		if !isHan(r) || source.ContainsRune(notInSubject+"或和及与", r) {
			return false
		}
		i += size
		if opensWith(l[i:], adverbsByFirst) > 0 {
			return false
		}
		if v := opensWith(l[i:], verbsByFirst); v > 0 {
			if n == 0 || runeCount(l[i+v:]) < 2 {
				return false
			}
			for _, w := range countedWords {
				if source.Contains(l[:i], w) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// doubtLabel warns when the label of stat st, read from the norm range
// [li, lj), opens with words the reader cannot tell a subject from
// (doubtfulSubject).
func (p *proseReader) doubtLabel(st, li, lj int) {
	if !doubtfulSubject(p.n.s[li:lj]) {
		return
	}
	sp := p.stats[st].Span
	p.warns = append(p.warns, model.Warning{Code: model.WarnLabelDoubt, Span: &sp,
		Message: "prose label " + p.stats[st].Label + ": the words before its verb may be the subject, kept"})
}
