package docmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/script"
)

// BoxKey names an entry of a portal's metadata box.
type BoxKey int

// The entries of a portal's metadata box.
const (
	BoxNone          BoxKey = iota
	BoxIndexNo              // 索引号, 信息索取号
	BoxCategory             // 主题分类, 分类, 文件分类, 组配分类
	BoxIssuer               // 发文机关, 发文单位
	BoxPublisher            // 发布机构: who put the page up, not always the issuer
	BoxSignedDate           // 成文日期
	BoxTitle                // 标题, 名称
	BoxDocNumber            // 发文字号, 发文号, 文件字号, 文号
	BoxPublishedDate        // 发布日期, 发文日期, 发布时间, 颁布时间
	BoxOther                // 主题词, 有效性, 来源, 生成日期 …: recognised, not kept
)

// boxLabels are the labels portals print in their metadata boxes (in
// simplified script; traditional labels are folded before matching).
// Longer labels come before their suffixes (主题分类 before 分类).
var boxLabels = []struct {
	label string
	key   BoxKey
}{
	{"索引号", BoxIndexNo}, {"信息索取号", BoxIndexNo},
	{"主题分类", BoxCategory}, {"文件分类", BoxCategory}, {"组配分类", BoxCategory}, {"分类", BoxCategory},
	{"发文机关", BoxIssuer}, {"发布机构", BoxPublisher}, {"发文单位", BoxIssuer}, {"所属机构", BoxOther},
	{"成文日期", BoxSignedDate},
	{"标题", BoxTitle}, {"名称", BoxTitle},
	{"发文字号", BoxDocNumber}, {"发文号", BoxDocNumber}, {"文件字号", BoxDocNumber}, {"文号", BoxDocNumber},
	{"发布日期", BoxPublishedDate}, {"发文日期", BoxPublishedDate}, {"发布时间", BoxPublishedDate}, {"颁布时间", BoxPublishedDate},
	{"主题词", BoxOther}, {"有效性", BoxOther}, {"来源", BoxOther}, {"信息来源", BoxOther}, {"生成日期", BoxOther},
}

// boxLabelFirst holds the runes a box label starts with before the fold.
var boxLabelFirst = func() *runeSet {
	words := make([]string, len(boxLabels))
	for i, l := range boxLabels {
		words[i] = l.label
	}
	return foldingTo(FirstRunes(words))
}()

// boxLabelStarts holds the first rune of each of boxLabels, so that a
// line is matched only against the labels its first rune (or that rune
// folded) starts: spacedPrefix fails on the first rune for every other.
var boxLabelStarts = func() []rune {
	rs := make([]rune, len(boxLabels))
	for i, l := range boxLabels {
		rs[i], _ = utf8.DecodeRuneInString(l.label)
	}
	return rs
}()

// mayOpen reports whether label i of boxLabels can match a string whose
// first rune is first, folded to fold (script.SimplifiedRune).
func mayOpen(i int, first, fold rune) bool {
	return boxLabelStarts[i] == first || boxLabelStarts[i] == fold
}

// BoxPair is one label–value pair of a metadata box line; Start and End
// delimit the value (trimmed) in the line, empty when the box left it blank.
type BoxPair struct {
	Key        BoxKey
	Start, End int
}

// labelAt matches a box label at the start of s, allowing spaces between
// its characters (索 引 号, 标　　题, 文    号) and requiring a colon, a tab,
// spaces or the end of s after it, or a label in lenticular or square
// brackets (【发文字号】, ［成文日期］), which the brackets delimit. It
// returns the key and the length of the label with its colon or brackets.
func labelAt(s string) (BoxKey, int) {
	if key, n := bracketLabelAt(s); key != BoxNone {
		return key, n
	}
	first, _ := script.DecodeRune(s)
	if !boxLabelFirst.has(first) {
		return BoxNone, 0
	}
	fold := script.SimplifiedRune(first)
	for i, l := range boxLabels {
		if !mayOpen(i, first, fold) {
			continue
		}
		if n, ok := spacedPrefix(s, l.label); ok {
			rest := s[n:]
			r, size := script.DecodeRune(rest)
			switch {
			case r == '：' || r == ':':
				return l.key, n + size
			case rest == "" || r == '\t' || r == ' ' || r == '\u3000':
				return l.key, n
			}
		}
	}
	return BoxNone, 0
}

// labelClosing returns the closing bracket of a bracket a portal may
// print a box label in (【发布机构】某市人民政府办公室), or 0 for any other
// rune.
func labelClosing(open rune) rune {
	switch open {
	case '【':
		return '】'
	case '［':
		return '］'
	case '[':
		return ']'
	case '〖':
		return '〗'
	}
	return 0
}

// bracketLabelAt matches a box label in brackets at the start of s: the
// brackets hold the label alone (spaces allowed as labelAt allows them),
// so 【政策解读】 or 【打印本页】 is no label. It returns the key and the
// length of the label with both brackets.
func bracketLabelAt(s string) (BoxKey, int) {
	open, size := script.DecodeRune(s)
	closing := labelClosing(open)
	if closing == 0 {
		return BoxNone, 0
	}
	inner := s[size:]
	for _, l := range boxLabels {
		n, ok := spacedPrefix(inner, l.label)
		if !ok {
			continue
		}
		if r, csize := script.DecodeRune(inner[n:]); r == closing {
			return l.key, size + n + csize
		}
	}
	return BoxNone, 0
}

// spacedPrefix reports whether s starts with word, with optional spaces
// between word's runes, and the byte length matched.
func spacedPrefix(s, word string) (int, bool) {
	i := 0
	for k, w := range word {
		if k > 0 {
			for i < len(s) && (s[i] == ' ' || strings.HasPrefix(s[i:], "\u3000")) {
				if s[i] == ' ' {
					i++
				} else {
					i += len("\u3000")
				}
			}
		}
		r, size := script.DecodeRune(s[i:])
		if r != w && script.SimplifiedRune(r) != w {
			return 0, false
		}
		i += size
	}
	return i, true
}

// MayOpenBox reports whether s starts with a rune a box label starts with
// (in either script) or a bracket a label may stand in: BoxLine,
// BoxLineAfter and BoxLineGlued return nil for any other s, so a caller
// that reads many lines asks this once a line before calling them.
func MayOpenBox(s string) bool {
	first, _ := script.DecodeRune(s)
	return boxLabelFirst.has(first) || labelClosing(first) != 0
}

// BoxLine reads a line of a portal's metadata box: one or more labels,
// each followed by its value (索 引 号：X	主题分类：Y, or 索 引 号 X 发文日期
// 2023-01-03 with spaces only, or 【索引号】X【发文字号】Y in brackets). The
// line must start with a label; a label counts further on only after
// white space, in brackets, or glued to the value before it with its colon. A line with a single label needs a colon,
// a tab or brackets around it (so that running text starting
// with a word like 分类 is not read as a box). It returns nil for a line
// that is not a box line.
func BoxLine(line string) []BoxPair { return boxLine(line, false) }

// BoxLineAfter is BoxLine for the line that follows a box line: there a
// single label without a colon (文    号 某政办〔2023〕1号) is enough.
func BoxLineAfter(line string) []BoxPair { return boxLine(line, true) }

// BoxLineGlued reads a box line whose single label runs straight into its
// value, without a colon or a space (文号某政发〔2023〕3号, 成文日期2023-02-14),
// as a page renders <span>文号</span><em>…</em> and a copy of it keeps.
// Alone such a line proves nothing (分类推进… is a sentence): the caller
// takes it only beside other box lines. It returns nil for any other line.
func BoxLineGlued(line string) []BoxPair {
	first, _ := script.DecodeRune(line)
	if !boxLabelFirst.has(first) {
		return nil
	}
	fold := script.SimplifiedRune(first)
	for i, l := range boxLabels {
		if !mayOpen(i, first, fold) {
			continue
		}
		n, ok := spacedPrefix(line, l.label)
		if !ok {
			continue
		}
		if r, _ := script.DecodeRune(line[n:]); r == utf8.RuneError || unicode.IsSpace(r) || r == '：' || r == ':' {
			return nil // empty, or a separated label: BoxLine's case
		}
		return []BoxPair{boxPair(line, l.key, n, len(line))}
	}
	return nil
}

func boxLine(line string, inBox bool) []BoxPair {
	key, n := labelAt(line)
	if key == BoxNone {
		return nil
	}
	marked := strings.ContainsAny(line[:n], ":：】］]〗") || strings.HasPrefix(line[n:], "\t")
	var pairs []BoxPair
	start := n
	for i := n; i <= len(line); {
		if i == len(line) {
			pairs = append(pairs, boxPair(line, key, start, i))
			break
		}
		r, size := script.DecodeRune(line[i:])
		// 【发文字号】X【成文日期】Y: a bracketed label needs no space before
		// it; only a rune that opens a bracket can start one.
		if labelClosing(r) != 0 {
			if k, m := bracketLabelAt(line[i:]); k != BoxNone {
				pairs = append(pairs, boxPair(line, key, start, i))
				key, start = k, i+m
				i += m
				continue
			}
		}
		if unicode.IsSpace(r) {
			j := i
			for j < len(line) {
				r2, s2 := script.DecodeRune(line[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += s2
			}
			k, m := labelAt(line[j:])
			if k == BoxNone {
				if m = fieldLabelAt(line[j:]); m > 0 {
					k = BoxOther // 浏览次数：356: a field not read, closing the value before it
				}
			}
			if k != BoxNone {
				pairs = append(pairs, boxPair(line, key, start, i))
				key, start = k, j+m
				i = j + m
				continue
			}
			i = j
			continue
		}
		// 002717835/2016-00142组配分类：市府办文件: spans rendered without a
		// space between them; a label glued to the value before it counts
		// when its colon follows it.
		if i > start && boxLabelFirst.has(r) {
			if k, m := labelAt(line[i:]); k != BoxNone && colonEnded(line[i:i+m]) {
				pairs = append(pairs, boxPair(line, key, start, i))
				key, start = k, i+m
				i += m
				continue
			}
		}
		i += size
	}
	if len(pairs) < 2 && !marked && !inBox {
		return nil
	}
	return pairs
}

// colonEnded reports whether a matched label ends in a colon.
func colonEnded(label string) bool {
	return strings.HasSuffix(label, "：") || strings.HasSuffix(label, ":")
}

// fieldLabelAt matches a label this package does not list at the start of
// s: two to six Han characters and a colon (浏览次数：, 点击数：, 字号：).
// In a box line, after white space, such a label closes the value before
// it, so that the value of 文号：X　　浏览次数：356 is X. It returns the
// label's length with its colon, or 0.
func fieldLabelAt(s string) int {
	n := 0
	for i, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) && n < 6:
			n++
		case (r == '：' || r == ':') && n >= 2:
			return i + utf8.RuneLen(r)
		default:
			return 0
		}
	}
	return 0
}

func boxPair(line string, key BoxKey, start, end int) BoxPair {
	sp := trim(line, start, end)
	return BoxPair{Key: key, Start: sp.Start, End: sp.End}
}

// NumberLabel recognises text ending in the label written before a
// 发文字号 (文号：, 文    号, 发文字号, 文件编号, 编号) or in the cell
// separator of a page rendered as a pipe table.
func NumberLabel(s string) bool {
	s = strings.TrimRight(s, " \u3000:：")
	if strings.HasSuffix(s, "|") {
		return true
	}
	for _, l := range []string{"发文字号", "文件字号", "文件编号", "文号", "编号"} {
		if _, ok := hasSpacedSuffix(s, l); ok {
			return true
		}
	}
	return false
}

// opens reports whether word may start a string whose first rune is
// first, folded to fold (script.SimplifiedRune): spacedPrefix fails on
// that rune for every other word.
func opens(word string, first, fold rune) bool {
	w, _ := utf8.DecodeRuneInString(word)
	return word == "" || w == first || w == fold
}

// Labelled reports whether s starts with one of labels (spaces allowed
// between its characters: 附 件) followed by a colon, and returns the
// length of the label, the colon and the spaces after it. The first rune
// of s is read and folded once: a label starting with another is not
// tried (opens).
func Labelled(s string, labels ...string) (int, bool) {
	first, _ := script.DecodeRune(s)
	fold := script.SimplifiedRune(first)
	for _, l := range labels {
		if !opens(l, first, fold) {
			continue
		}
		n, ok := spacedPrefix(s, l)
		if !ok {
			continue
		}
		rest := strings.TrimLeft(s[n:], " \u3000\t")
		r, size := script.DecodeRune(rest)
		if r != '：' && r != ':' {
			continue
		}
		after := strings.TrimLeft(rest[size:], " \u3000\t")
		return len(s) - len(after), true
	}
	return 0, false
}
