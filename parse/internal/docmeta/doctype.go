package docmeta

import (
	"strings"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// docTypes are the 文种 a title can end in, in simplified script. Longer
// names come before the names they end with (复函 before 函), so the
// first match is the most specific.
var docTypes = []string{
	"复函", "函", "批复", "答复", "通知", "通报", "通告", "公告", "公报", "意见",
	"决定", "决议", "命令", "令", "议案", "请示", "报告", "纪要", "条例", "规定",
	"办法", "细则", "规则", "方案", "要点", "计划", "规划", "纲要", "清单", "预案",
	"年报",
}

// docTypeEnds holds the runes that can end a folded title with a 文种:
// the last rune of each type and every rune that folds to one of them
// (覆 ends 答覆, folded 答复).
var docTypeEnds = foldingTo(LastRunes(docTypes))

// docTypesByLast lists the types by their last rune, in the order of
// docTypes: a folded title is compared only with the types that end in its
// own last rune.
var docTypesByLast = source.ByLastRune(docTypes, func(t string) string { return t })

// MayEndDocType reports whether a title whose last rune other than
// spaces is r can end in a 文种: DocType is false for every other title.
// A caller that tries many prefixes of one text tests their last rune with
// it first.
func MayEndDocType(r rune) bool { return docTypeEnds.has(r) }

// DocType returns the 文种 that title ends in (simplified, e.g. 通知 for
// …的通知, 复函 for …的复函) and the byte offset where it starts in title,
// or ok=false. Trailing spaces are ignored; letter-spaced endings such as
// 通 知 are read as one word; traditional script is folded.
func DocType(title string) (typ string, at int, ok bool) {
	end := len(source.TrimRight(title, " \u3000\u00a0\t"))
	// A title ends in one of a few runes: the others are rejected before
	// the tail is folded and compared with every type.
	if last, _ := script.DecodeLastRune(title[:end]); !MayEndDocType(last) {
		return "", 0, false
	}
	// The tail is folded to simplified script; Han characters keep their
	// byte length in both scripts, so offsets carry over.
	from := end
	for n := 0; n < 8 && from > 0; n++ {
		_, size := script.DecodeLastRune(title[:from])
		from -= size
	}
	tail := script.ToSimplified(title[from:end])
	if len(tail) != end-from {
		tail = title[from:end]
	}
	last, _ := script.DecodeLastRune(tail)
	for _, t := range docTypesByLast[last] {
		if start, ok := hasSpacedSuffix(tail, t); ok {
			return t, from + start, true
		}
	}
	return "", 0, false
}

// hasSpacedSuffix reports whether s ends with word, allowing spaces
// between word's runes (通 知), and where the match starts.
func hasSpacedSuffix(s, word string) (int, bool) {
	i := len(s)
	for w := word; w != ""; {
		if len(w) < len(word) { // spaces may stand between the characters
			i = len(source.TrimRight(s[:i], " \u3000\u00a0"))
		}
		_, size := script.DecodeLastRune(w)
		if !strings.HasSuffix(s[:i], w[len(w)-size:]) {
			return 0, false
		}
		i -= size
		w = w[:len(w)-size]
	}
	return i, true
}
