package report

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// Prose statistics: every "label + number + measure word" a report states in
// running text, with the scope it is counted over (全市, 市政府本级 …) and a
// path when it breaks down a total (从申请来源看，公民申请2838件（其中律师申请
// 59件） → ["申请来源", "公民", "律师"]). The recognisers work on the norm,
// so traditional script, full-width punctuation and stray spaces (12 条) read
// like simplified ASCII.

// units are the measure words of a count, longest first.
var units = []string{"人次", "件次", "万元", "亿元", "元", "个", "条", "件", "次", "名", "项", "份", "场", "期", "家", "所", "篇", "张", "批", "户", "人", "位", "封", "起", "宗", "册", "类", "处"}

// unitsByFirst are the units by their first rune, longest first.
var unitsByFirst = source.ByFirstRune(units, func(u string) string { return u })

// notCounts follow a 个 that measures time or shares, not things.
var notCounts = []string{"工作日", "月", "百分点", "小时", "季度", "年", "星期", "自然日"}

// number is a count found in the norm.
type number struct {
	ns, ne int // the digits
	ue     int // end of the measure word
	value  float64
	unit   string // as written in the source
	inner  int    // depth of brackets it is written in
}

// scanNumbers finds the counts of the norm range [from, to) and appends
// them to out.
func scanNumbers(n *norm, src string, from, to int, out []number) []number {
	s := n.s
	for i := from; i < to; i++ {
		if !ordinal.IsASCIIDigit(s[i]) {
			continue
		}
		if i > from {
			p := s[i-1]
			// a colon after a digit is a time (10:30); after a word it ends a
			// label (主动公开政府信息：1286条)
			timeColon := p == ':' && i-1 > from && ordinal.IsASCIIDigit(s[i-2])
			if ordinal.IsASCIIDigit(p) || p == '.' || p == '-' || p == '/' || timeColon || p == '_' || p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z' {
				for i < to && (ordinal.IsASCIIDigit(s[i]) || s[i] == '.') {
					i++
				}
				continue
			}
			if r, _ := script.DecodeLastRune(s[from:i]); r == '第' || r == '前' {
				for i < to && ordinal.IsASCIIDigit(s[i]) {
					i++
				}
				continue
			}
		}
		j := i
		for j < to && ordinal.IsASCIIDigit(s[j]) {
			j++
		}
		grouped := false // 1,234: a thousands separator before three digits
		for j-i <= 3 || grouped {
			if !(j+3 < to && s[j] == ',' && ordinal.IsASCIIDigit(s[j+1]) && ordinal.IsASCIIDigit(s[j+2]) && ordinal.IsASCIIDigit(s[j+3]) && (j+4 == to || !ordinal.IsASCIIDigit(s[j+4]))) {
				break
			}
			j, grouped = j+4, true
		}
		if j+1 < to && s[j] == '.' && ordinal.IsASCIIDigit(s[j+1]) {
			j++
			for j < to && ordinal.IsASCIIDigit(s[j]) {
				j++
			}
		}
		digits := s[i:j]
		if grouped {
			digits = strings.ReplaceAll(digits, ",", "")
		}
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			i = j
			continue
		}
		k := j
		mult := 1.0
		if !strings.HasPrefix(s[k:], "万元") && !strings.HasPrefix(s[k:], "亿元") {
			if strings.HasPrefix(s[k:], "万") {
				mult, k = 1e4, k+len("万")
			} else if strings.HasPrefix(s[k:], "亿") {
				mult, k = 1e8, k+len("亿")
			}
		}
		us := k
		for _, p := range []string{"余", "多"} {
			if strings.HasPrefix(s[k:], p) {
				k += len(p)
				break
			}
		}
		unit := ""
		r, _ := script.DecodeRune(s[k:])
		for _, u := range unitsByFirst[r] {
			if k+len(u) <= to && strings.HasPrefix(s[k:], u) {
				unit = u
				break
			}
		}
		if unit == "" {
			i = j - 1
			continue
		}
		ue := k + len(unit)
		if unit == "个" || unit == "万元" {
			skip := false
			for _, w := range notCounts {
				if strings.HasPrefix(s[ue:], w) {
					skip = true
				}
			}
			if skip {
				i = ue - 1
				continue
			}
		}
		if mult != 1 {
			v *= mult
		}
		out = append(out, number{ns: i, ne: j, ue: ue, value: v,
			unit: strings.Map(dropSpace, src[n.src(us):n.srcEnd(ue)])})
		i = ue - 1
	}
	return out
}

func dropSpace(r rune) rune {
	if source.IsSpace(r) {
		return -1
	}
	return r
}

func isDelim(c byte) bool {
	switch c {
	case ',', ';', ':', '(', ')', '!', '?':
		return true
	}
	return false
}

// delimBefore returns the index after the last clause delimiter in
// s[from:i], or from.
func delimBefore(s string, from, i int) int {
	for k := i - 1; k >= from; k-- {
		if s[k] == ')' {
			if o := wordBracket(s, from, k); o >= 0 {
				k = o // 确定专（兼）职联络员: a bracket inside a word
				continue
			}
		}
		if isDelim(s[k]) {
			return k + 1
		}
		if s[k] == 0x82 && k >= 2 && s[k-2:k+1] == "。" {
			return k + 1
		}
	}
	return from
}

// maxWordBracket bounds, in runes, the text of a bracket inside a word.
const maxWordBracket = 3

// wordBracket reports a bracket written inside a word of the norm s, whose
// ')' is at k: up to maxWordBracket Han characters between '(' and ')',
// with a Han character on both sides (专(兼)职, 副(正)科级). It returns
// the index of its '(' (not before from), or -1 for a bracket that closes
// a clause or holds a remark (其中…59件).
func wordBracket(s string, from, k int) int {
	if after, _ := script.DecodeRune(s[k+1:]); !isHan(after) {
		return -1
	}
	o, n := k, 0
	for o > from {
		r, size := script.DecodeLastRune(s[from:o])
		if r == '(' {
			before, _ := script.DecodeLastRune(s[from : o-size])
			if n == 0 || !isHan(before) {
				return -1
			}
			return o - size
		}
		if !isHan(r) || n == maxWordBracket {
			return -1
		}
		o -= size
		n++
	}
	return -1
}

// delimAfter returns the index of the first clause delimiter in s[i:to], or to.
func delimAfter(s string, i, to int) int {
	for k := i; k < to; k++ {
		if isDelim(s[k]) || strings.HasPrefix(s[k:], "。") {
			return k
		}
	}
	return to
}

// labelPrefix is a prefix that trimLabel drops from the start of a label
// (labels.go): read returns its length at the start of s, or 0. starts
// holds the runes it can start with: a label that starts with none of them
// is not read ("" for a prefix that may start with any).
type labelPrefix struct {
	read   func(s string) int
	starts string
	// means is the means of publishing, dropped only before a label of
	// its own
	means bool
	// shorter, when not nil, reads the prefix's shortest form, tried when
	// read leaves too little of the label
	shorter func(s string) int
}

// labelPrefixes are what trimLabel drops, in its order: an enumerator
// (一是), a time, the
// sentence's subject, a level of government, the means of publishing.
var labelPrefixes = []labelPrefix{
	{read: enumeratorPrefix, starts: "其" + enumeratorNumerals},
	{read: timePrefix, starts: "截到至自年底末以前止起0123456789"},
	{read: subjectPrefix, starts: "我本全"},
	{read: levelPrefix, starts: "针市县区省州镇乡"},
	{read: meansPrefix, starts: docmeta.FirstRunes(meansOpeners), means: true, shorter: firstMeans},
	{read: earlierAdverbial, starts: docmeta.FirstRunes(prepositions)},
	{read: namedSubjectPrefix, means: true},
}

// fillerStarts and tailEnds are the first runes of the fillers and the
// last runes of the tails: a label that starts (ends) with none of them
// has none to trim.
var fillerStarts, tailEnds = docmeta.FirstRunes(fillers), docmeta.LastRunes(tails)

var (
	fillers = []string{"、", "和", "及", "以及", "与", "其中", "共计", "共有", "共", "累计", "合计", "全年", "今年", "目前", "已经", "已", "另有", "另", "较", "此外", "分别为", "分别", "均", "又", "还", "并"}
	tails   = []string{"共计", "共", "累计", "达到", "达", "为", "是", "计", "约", "近", "超过", "逾", "有", "总数", "合计"}
)

// endsInScope reports whether l ends in a place that ends the words
// before a count of things: 全市40个区县, 我县3个乡镇.
func endsInScope(l string) bool {
	last, size := script.DecodeLastRune(l)
	prev, _ := script.DecodeLastRune(l[:len(l)-size])
	return source.ContainsRune("市县区省镇乡州", last) && source.ContainsRune("全我", prev)
}

// timeFillers are the fillers that name the report's time, after which
// a total stays in the label like after any other time.
var timeFillers = []string{"全年", "今年"}

// totals are the fillers that say a count is a total (我局2009年共主动公开…);
// right before a verb of the reports they are the last adverbial and stay
// (lastAdverbial), also at the start of a clause (。共回应公众关注热点2次 →
// 共回应公众关注热点); before another verb they stay after a subject, a
// scope (全区共主动公开…) or a time, and go at the start of a clause.
var totals = []string{"共计", "共有", "共", "累计", "合计"}

// trimTotals drops the totals opening a label (共收到 → 收到).
func trimTotals(l string) string {
	for _, t := range totals {
		if r, ok := strings.CutPrefix(l, t); ok {
			return r
		}
	}
	return l
}

// trimLabel narrows the norm range [i, j) to the words naming a count. It
// drops nothing from words opening with the last adverbial before the
// verb (lastAdverbial: 全年清理…, 共回应…): the label starts there.
func trimLabel(s string, i, j int) (int, int) {
	start := i
	afterSubject := false
prefixes:
	for changed := true; changed && i < j; {
		changed = false
		for _, lp := range labelPrefixes {
			if r, _ := script.DecodeRune(s[i:j]); lp.starts != "" && !source.ContainsRune(lp.starts, r) {
				continue
			}
			m := lp.read(s[i:j])
			if m > 0 && lp.means && runeCount(s[i+m:j]) < 3 && lp.shorter != nil {
				m = lp.shorter(s[i:j]) // 在网站新增专题专栏: the site alone is the means
			}
			if m > 0 && (!lp.means || runeCount(s[i+m:j]) >= 3) {
				if lastAdverbial(s[i:j]) > 0 {
					break prefixes // 年初公布…
				}
				i += m
				changed = true
				// a time, the subject (我局, 本区) or a scope (全市, kept
				// apart as Stat.Scope) opens the sentence: a total after
				// it is the verb's (全区共主动公开… keeps its 共)
				afterSubject = true
			}
		}
		if r, _ := script.DecodeRune(s[i:j]); !source.ContainsRune(fillerStarts, r) {
			continue // no filler starts here
		}
		for _, f := range fillers {
			if strings.HasPrefix(s[i:j], f) && !(afterSubject && slices.Contains(totals, f)) {
				if lastAdverbial(s[i:j]) > 0 {
					break prefixes // 全年清理…, 共回应…
				}
				i += len(f)
				changed = true
				// 全年 and 今年 are a time: a total after them stays
				// (全年共走访企业, before no verb of the reports)
				afterSubject = afterSubject || slices.Contains(timeFillers, f)
			}
		}
	}
	i += totalStart(s[i:j])
	// 接受公民、法人及其他组织政府信息公开方面的咨询 → 政府信息公开方面的咨询:
	// the applicants are not what is counted
	if source.Contains(s[i:j], "法人") {
		if m := applicantsEnd(s[i:j]); m >= 0 && runeCount(s[i+m:j]) >= 2 {
			i += m
		}
	}
	// 推送涉及教育、医疗等的政务动态 → 政务动态 and 因不服答复引起的行政复议 →
	// 行政复议 (an enumeration or a cause before 的), but 法律法规规定的其他情形
	// and 从事政府信息公开工作的全职人员 stay
	if k := strings.LastIndex(s[i:j], "的"); k >= 0 && i+k+len("的") < j &&
		(strings.ContainsAny(s[i:i+k], "、等") || circumstance(s[i:i+k]) || runeCount(s[i:j]) > 20) {
		i += k + len("的")
	}
	// 通过网站、微信等多种途径公开 → 公开: a means a preposition opens; but
	// 其中图解、视频等多种形式解读 names the counted 解读 by its form, kept
	if k := source.Index(s[i:j], "等"); k >= 0 && opensMeans(s[start:i+k]) {
		for _, w := range []string{"途径", "方式", "渠道", "形式"} {
			if m := source.Index(s[i+k:j], w); m >= 0 && i+k+m+len(w) < j {
				i += k + m + len(w)
				break
			}
		}
	}
	return trimTail(s, i, j)
}

// nounJi reports whether s ends in a noun closed by 计 (总计, 小计, 统计,
// 审计, 会计, 设计, 估计, 预计), whose 计 is no tail counting what s names.
func nounJi(s string) bool {
	before, ok := strings.CutSuffix(s, "计")
	if !ok {
		before, ok = strings.CutSuffix(s, "計")
	}
	if !ok || before == "" {
		return false
	}
	r, _ := script.DecodeLastRune(before)
	return source.ContainsRune(jiNounHeads, script.SimplifiedRune(r))
}

// jiNounHeads are the runes that make a noun of a 计 after them.
const jiNounHeads = "总小统审会设估预"

// trimTail drops the tails (共计, 达到, 为 …) closing the label s[i:j].
func trimTail(s string, i, j int) (int, int) {
	for changed := true; changed && i < j; {
		changed = false
		if r, _ := script.DecodeLastRune(s[i:j]); !source.ContainsRune(tailEnds, r) {
			break // no tail ends here
		}
		for _, t := range tails {
			if t == "计" && nounJi(s[i:j]) {
				continue // 总计3件, 开展审计2次: the 计 is the noun's
			}
			if strings.HasSuffix(s[i:j], t) && j-len(t) > i {
				j -= len(t)
				changed = true
			}
		}
	}
	return i, j
}

func lastRune(s string) string {
	_, n := script.DecodeLastRune(s)
	return s[len(s)-n:]
}

// circumstance is true for a modifier that gives a cause or a matter
// (因…引起的, 针对…的, 涉及…的) rather than a kind of the counted thing.
func circumstance(mod string) bool {
	for _, p := range []string{"因", "由于", "针对", "对", "涉及", "关于"} {
		if strings.HasPrefix(mod, p) {
			return true
		}
	}
	return false
}

// providingVerbs take the counted thing as their object after the count
// (办公室配备2名兼职人员), so the text before the count is the subject.
var providingVerbs = []string{"配备", "配置", "设立", "设置", "开设", "聘请", "组建"}

// endsInProvidingVerb reports whether a label before a count ends in a
// providing verb.
func endsInProvidingVerb(l string) bool {
	for _, v := range providingVerbs {
		if strings.HasSuffix(l, v) {
			return true
		}
	}
	return false
}

// afterLabel returns the noun phrase after a count (配备了6名兼职工作人员 →
// 兼职工作人员; 设立了50个专门的受理点 → 专门的受理点): up to a delimiter, 并,
// 和, 、, a digit, or a 的 after a noun.
func afterLabel(s string, i, to int) (int, int) {
	j := delimAfter(s, i, to)
	for _, w := range []string{"并", "和", "同", "进行", "等", "、"} {
		k := source.Index(s[i:j], w)
		if w == "、" && k >= 0 && runeCount(s[i:i+k]) == 1 {
			// 专、兼职工作人员: a one-character term before 、 shares the noun
			if k2 := source.Index(s[i+k+len(w):j], w); k2 >= 0 {
				k += len(w) + k2
			} else {
				k = -1
			}
		}
		if k >= 0 {
			j = i + k
		}
	}
	// 15名兼职人员从事信息公开工作: the noun ends at the verb it is the
	// subject of (not at the start: 3名办理人员)
	for _, w := range nounEndVerbs {
		if k := source.Index(s[i:j], w); k > 0 && runeCount(s[i:i+k]) >= 2 {
			j = i + k
		}
	}
	// 50个专门的受理点 keeps its modifier; 18项收费的免征范围 and 5张清单的基础上
	// count the noun before 的
	if k := source.Index(s[i:j], "的"); k >= 0 && (runeCount(s[i:i+k]) > 2 || strings.ContainsAny(lastRune(s[i:j]), "上中下里内")) {
		j = i + k
	}
	for k := i; k < j; k++ {
		if ordinal.IsASCIIDigit(s[k]) {
			j = k
			break
		}
	}
	return i, j
}

// nounEndVerbs are the verbs that end the noun after a count: the noun is
// their subject (15名兼职人员从事…, 3个工作组负责…).
var nounEndVerbs = []string{"从事", "负责", "参与", "参加", "承担", "开展"}

// placed is a count read from a paragraph and where it sits in the
// breakdown: parent is the index of the count it is part of, or -1.
type placed struct {
	stat   int // index in proseReader.stats
	num    number
	path   []string
	depth  int
	parent int
}

// maxPathDepth is the longest path a count nested by 其中 gets: the
// template's deepest (不予公开 / 属于国家秘密 / 法人或其他组织 / 商业企业).
// A text where every clause says 其中 would otherwise nest each count
// under the one before, its paths and its output growing with the square
// of its counts.
const maxPathDepth = 4

// prose reads the counts of the source ranges segs (paragraphs outside the
// template tables).
type proseReader struct {
	s     *source.Source
	n     *norm
	stats []model.Stat
	warns []model.Warning
	nums  []number // the counts of the paragraph read last
	done  []placed // where they were placed
}

var reDim = regexp.MustCompile(`(从)([^,。;:()]{1,12}?)上?来?看`)

// paragraph reads the counts of norm range [from, to): one paragraph.
func (p *proseReader) paragraph(from, to int) {
	s := p.n.s
	nums := scanNumbers(p.n, p.s.Text, from, to, p.nums[:0])
	p.nums = nums
	if len(nums) == 0 {
		return
	}
	var scopes [][]int
	for _, m := range findScopes(s[from:to]) {
		// a scope opens a clause: 2016年度，全市共受理… / 其中，市政府本级…
		cs := delimBefore(s, from, from+m[0])
		if i, _ := trimLabel(s, cs, from+m[0]); i >= from+m[0] || strings.Trim(s[i:from+m[0]], "在对由") == "" {
			scopes = append(scopes, m)
		}
	}
	var dims [][]int
	if source.Contains(s[from:to], "从") {
		dims = reDim.FindAllStringSubmatchIndex(s[from:to], -1)
	}
	// each count takes the last scope, and the last dimension of its
	// sentence, written before it; the counts come in order, so the
	// scopes and dimensions before them are counted on from the last one
	scopesBefore, dimsBefore := before(scopes, from), before(dims, from)
	scopeAt := func(i int) string {
		n := scopesBefore(i)
		if n == 0 {
			return ""
		}
		last := scopes[n-1]
		w := s[from+last[0] : from+last[1]]
		w = strings.TrimPrefix(w, "针对")
		if strings.HasPrefix(w, "我") {
			w = "全" + strings.TrimPrefix(w, "我")
		}
		return p.verbatimScope(from+last[0], from+last[1], w)
	}
	var stops []int // where the paragraph's sentences end, after each 。
	for k := from; ; {
		j := source.Index(s[k:to], "。")
		if j < 0 {
			break
		}
		k += j + len("。")
		stops = append(stops, k)
	}
	sentenceStart := func(i int) int {
		n := sort.Search(len(stops), func(k int) bool { return stops[k] > i })
		if n == 0 {
			return from
		}
		return stops[n-1]
	}
	dimAt := func(i int) (string, int) {
		n := dimsBefore(i)
		if n == 0 || from+dims[n-1][0] < sentenceStart(i) {
			return "", -1
		}
		last := dims[n-1]
		a, b := from+last[4], from+last[5]
		return cleanLabel(p.s.Text[p.n.src(a):p.n.srcEnd(b)]), from + last[1]
	}
	done := p.done[:0] // at most one per count: reused from paragraph to paragraph
	if cap(done) < len(nums) {
		done = make([]placed, 0, len(nums))
	}
	nest := nesting{ss: -1}
	prevEnd := from
	for idx := 0; idx < len(nums); idx++ {
		nm := nums[idx]
		ss := sentenceStart(nm.ns)
		cs := max(delimBefore(s, from, nm.ns), prevEnd, ss)
		// 分别为 111件、143件: labels from the enumeration before it
		if group := p.respectively(nums[idx:], cs, ss); len(group) > 0 {
			for gi, g := range group {
				st := p.add(nums[idx+gi], g[0], g[1], scopeAt(nums[idx+gi].ns))
				if st < 0 {
					continue
				}
				d, _ := dimAt(nums[idx+gi].ns)
				if d != "" {
					p.stats[st].Path = []string{d, p.category(d, g[0], g[1])}
				}
				done = append(done, placed{stat: st, num: nums[idx+gi], parent: -1, depth: 1})
			}
			idx += len(group) - 1
			prevEnd = nums[idx].ue
			continue
		}
		li, lj := trimLabel(s, cs, nm.ns)
		end := nm.ue
		// a verb with no object (收到, 共收到, 配备了): the noun after the count
		if l := s[li:lj]; runeCount(trimTotals(l)) <= 2 || strings.HasSuffix(l, "了") || strings.HasSuffix(l, "的") || strings.HasSuffix(l, "等") || endsInScope(l) || endsInProvidingVerb(l) {
			if ai, aj := afterLabel(s, nm.ue, to); runeCount(s[ai:aj]) >= 2 {
				li, lj = ai, aj
				end = aj
			} else if strings.HasSuffix(s[li:lj], "的") && runeCount(s[li:lj]) > 2 {
				lj -= len("的") // “不予公开”的4件, with no noun after: what 的 qualifies
			}
		}
		if li >= lj && cs > from && cs == delimBefore(s, from, nm.ns) {
			// 公开镇财政信息，1条: the label is the clause before
			d := cs - 1
			if strings.HasSuffix(s[:cs], "。") {
				d = cs - len("。")
			}
			pi := delimBefore(s, from, d)
			li, lj = trimLabel(s, max(pi, prevEnd), d)
		}
		prevEnd = end
		if li >= lj {
			continue
		}
		st := p.add(nm, li, lj, scopeAt(nm.ns))
		if st < 0 {
			continue
		}
		p.doubtLabel(st, li, lj)
		pl := placed{stat: st, num: nm, parent: -1}
		// nesting: (其中 …) right after a count, or 其中 later in its sentence,
		// no deeper than the template's paths go
		if parent, ok := p.parentOf(s, nm.ns, ss, done, &nest); ok && len(p.stats[done[parent].stat].Path) < maxPathDepth {
			pl.parent = parent
			par := done[parent]
			base := p.stats[par.stat].Path
			if len(base) == 0 {
				base = []string{p.stats[par.stat].Label}
			}
			cat := p.category(strings.Join(base, ""), li, lj)
			pl.path = append(append([]string(nil), base...), cat)
			pl.depth = par.depth + 1
		} else if d, _ := dimAt(nm.ns); d != "" {
			pl.path = []string{d, p.category(d, li, lj)}
			pl.depth = 1
		}
		p.stats[st].Path = pl.path
		done = append(done, pl)
	}
	p.checkParts(done)
	p.done = done
}

// before returns a counter of the matches (paragraph offsets, from the
// paragraph's start at from) that come before the first one at or after a
// norm offset i: the matches before i when they are in order. Asked for
// ever later offsets, it goes on from where it stopped.
func before(matches [][]int, from int) func(i int) int {
	n, last := 0, -1
	return func(i int) int {
		if i < last {
			n = 0
		}
		last = i
		for n < len(matches) && from+matches[n][0] < i {
			n++
		}
		return n
	}
}

// verbatimScope returns the scope as written in the source when it is
// written that way, or its normalized form (我市 → 全市).
func (p *proseReader) verbatimScope(i, j int, w string) string {
	raw := cleanLabel(p.s.Text[p.n.src(i):p.n.srcEnd(j)])
	if simplify(raw) == w {
		return raw
	}
	return strings.Clone(w) // not a piece of the norm: it would keep the whole norm alive
}

// category is the name of a part in a path: the label without 其中 and,
// under a dimension about 申请, without a trailing 申请 (公民申请 → 公民).
func (p *proseReader) category(dim string, i, j int) string {
	s := p.n.s[i:j]
	if source.Contains(simplify(dim), "申请") && strings.HasSuffix(s, "申请") && len(s) > len("申请") {
		j -= len("申请")
	}
	return cleanLabel(p.s.Text[p.n.src(i):p.n.srcEnd(j)])
}

// nesting reads the brackets and the 其中 of a sentence up to a count, and
// on to the next count of the same sentence from where it stopped, so
// that a sentence is read once however many counts it holds.
type nesting struct {
	ss, at  int   // the sentence start; read up to at
	open    []int // the brackets open at at
	qizhong []int // each 其中 read outside brackets
}

// readTo reads s up to i in the sentence starting at ss.
func (n *nesting) readTo(s string, ss, i int) {
	if ss != n.ss || i < n.at {
		n.ss, n.at, n.open, n.qizhong = ss, ss, n.open[:0], n.qizhong[:0]
	}
	for k := n.at; k < i; k++ {
		switch {
		case s[k] == '(':
			n.open = append(n.open, k)
		case s[k] == ')':
			if len(n.open) > 0 {
				n.open = n.open[:len(n.open)-1]
			}
		case len(n.open) == 0 && strings.HasPrefix(s[k:], "其中"):
			n.qizhong = append(n.qizhong, k)
		case s[k] == ';' && len(n.open) == 0 && len(n.qizhong) > 0 && newStatement(s, n.qizhong[len(n.qizhong)-1], k):
			n.qizhong = n.qizhong[:0]
		}
	}
	n.at = max(n.at, i)
}

// newStatement reports whether the clause after the semicolon at semi
// states a count of its own rather than the next part of the 其中 at q:
// it opens with the means it was published by (；通过微信公众号发布信息…)
// where the breakdown after 其中 did not (其中政策文件21条，…).
func newStatement(s string, q, semi int) bool {
	return meansPrefix(s[semi+1:]) > 0 && meansPrefix(strings.TrimLeft(s[q+len("其中"):semi], ",:")) == 0
}

// lastQizhong returns the last 其中 before i that does not open a new scope
// (其中，市政府本级…), or -1. A 其中 followed by a scope is followed by it for
// every later i too, so it is dropped once seen.
func (n *nesting) lastQizhong(s string, i int) int {
	for j := len(n.qizhong) - 1; j >= 0; j-- {
		k := n.qizhong[j]
		if scopeLen(strings.TrimLeft(s[k+len("其中"):i], ",:")) == 0 {
			n.qizhong = n.qizhong[:j+1]
			return k
		}
	}
	n.qizhong = n.qizhong[:0]
	return -1
}

// scopeLen returns the length of the scope word t opens with, or 0: 全市
// or 我县, a place's 本级 (levelEnd: 市本级, 针对市人民政府本级), or
// 各级行政机关. It is the one reader of scope words: a 其中 before one
// opens a new scope (lastQizhong), and findScopes finds them in a
// paragraph by it. It reads the few bytes a scope can span with no
// regexp: a backtracker took a fresh bitmap whenever the collector had
// emptied its pool.
func scopeLen(t string) int {
	if r, n := script.DecodeRune(t); r == '全' || r == '我' {
		p, m := script.DecodeRune(t[n:])
		if source.ContainsRune(scopePlaces, p) {
			return n + m
		}
		return 0
	}
	if j := levelEnd(t); j > 0 {
		return j
	}
	if strings.HasPrefix(t, "各级行政机关") {
		return len("各级行政机关")
	}
	return 0
}

// maxLevelScope bounds, in bytes before its 本级, where a place's 本级
// may start (针对市人民政府本级).
const maxLevelScope = 24

// scopeBefore returns the start of the first scope word (scopeLen) that
// starts within maxLevelScope bytes before the 本级 at i and ends by that
// 本级's end: the place the 本级 belongs to (市本级, 针对县人民政府本级),
// or a 全市 it follows.
func scopeBefore(para string, i int) (int, bool) {
	end := i + len("本级")
	for a := max(0, i-maxLevelScope); a < i; a++ {
		if para[a]&0xC0 != 0x80 && scopeLen(para[a:end]) > 0 { // at a rune's start
			return a, true
		}
	}
	return 0, false
}

// scopePlaces are the places of 全市, 我县 ….
const scopePlaces = "市县区省镇乡州旗盟"

// parentOf finds the count that the count at i breaks down: the one just
// before a "(其中" bracket holding i, or the one before a 其中 earlier in
// the same sentence, outside brackets, that does not open a new scope
// (其中，市政府本级… starts one). nest reads the sentence.
func (p *proseReader) parentOf(s string, i, ss int, done []placed, nest *nesting) (int, bool) {
	nest.readTo(s, ss, i)
	qizhong := nest.lastQizhong(s, i)
	at := -1
	if len(nest.open) > 0 {
		o := nest.open[len(nest.open)-1]
		if strings.HasPrefix(s[o+1:], "其中") {
			at = o
		}
	}
	if at < 0 && qizhong >= 0 {
		// 其中 after one count breaks it down; after several (本年新收15件，
		// 上年结转2件，其中予以公开9件) it is not clear which, so none
		n := 0
		for k := len(done) - 1; k >= 0 && done[k].num.ns >= ss; k-- {
			if d := done[k]; d.num.ue <= qizhong && d.parent < 0 {
				n++
			}
		}
		if n != 1 {
			return -1, false
		}
		at = qizhong
	}
	if at < 0 {
		return -1, false
	}
	for k := len(done) - 1; k >= 0 && done[k].num.ns >= ss; k-- {
		if done[k].num.ue <= at {
			if at == qizhong && strings.IndexByte(s[qizhong:i], ';') >= 0 && p.partsAddUp(done, k) {
				return -1, false
			}
			return k, true
		}
	}
	return -1, false
}

// partsAddUp reports whether the counts placed under done[k] so far add
// up to it: its breakdown after 其中 is whole, and a count in a clause
// after a semicolon (其中自然人申请1702件，法人申请161件；上年结转54件) states
// one of its own rather than a further part.
func (p *proseReader) partsAddUp(done []placed, k int) bool {
	sum, n := 0.0, 0
	for _, d := range done[k+1:] {
		if d.parent == k {
			sum += p.stats[d.stat].Value
			n++
		}
	}
	return n > 0 && math.Abs(sum-p.stats[done[k].stat].Value) < 0.5
}

// respectively handles 当面、信函是主要申请方式，申请量分别为21件、34件:
// a run of counts after 分别 takes its labels, in order, from the
// enumeration before it. It returns the label ranges, or nil.
func (p *proseReader) respectively(nums []number, cs, ss int) [][2]int {
	s := p.n.s
	k := source.Index(s[cs:nums[0].ns], "分别")
	if k < 0 {
		return nil
	}
	m := 1
	for m < len(nums) {
		gap := s[nums[m-1].ue:nums[m].ns]
		if strings.Trim(gap, "、,和及") != "" {
			break
		}
		m++
	}
	if m < 2 {
		return nil
	}
	try := func(i, j int) [][2]int {
		var out [][2]int
		for i < j {
			e := j
			for _, sep := range []string{"、", "和", "及"} {
				if q := source.Index(s[i:e], sep); q >= 0 {
					e = i + q
				}
			}
			a, b := i, e
			for _, w := range []string{"是", "为", "的", "均", "都", "等", "申请量"} {
				if q := source.Index(s[a:b], w); q > 0 {
					b = a + q
				}
			}
			if a < b {
				out = append(out, [2]int{a, b})
			}
			i = e
			for _, sep := range []string{"、", "和", "及"} {
				if strings.HasPrefix(s[i:], sep) {
					i += len(sep)
					break
				}
			}
			if e == j {
				break
			}
		}
		if len(out) != m {
			return nil
		}
		return out
	}
	if out := try(cs, cs+k); out != nil {
		return out
	}
	if cs-1 > ss {
		pc := delimBefore(s, ss, cs-1)
		return try(max(pc, ss), cs-1)
	}
	return nil
}

// checkParts warns when the parts of a breakdown (从申请来源看 …) do not add
// up to the total stated before it, or when the parts of a (其中 …) exceed
// their whole.
func (p *proseReader) checkParts(done []placed) {
	type group struct {
		parent int // index in done, -1 for a dimension
		dim    string
		first  int
		sum    float64
		n      int
	}
	var groups []*group
	find := func(parent int, dim string, scope string) *group {
		for _, g := range groups {
			if g.parent == parent && g.dim == dim && p.stats[done[g.first].stat].Scope == scope {
				return g
			}
		}
		g := &group{parent: parent, dim: dim}
		groups = append(groups, g)
		return g
	}
	for k, d := range done {
		st := p.stats[d.stat]
		var g *group
		switch {
		case d.parent >= 0:
			g = find(d.parent, "", st.Scope)
		case d.depth == 1 && len(st.Path) == 2:
			g = find(-1, st.Path[0], st.Scope)
		default:
			continue
		}
		if g.n == 0 {
			g.first = k
		}
		g.sum += st.Value
		g.n++
	}
	for _, g := range groups {
		if g.n < 2 && g.parent < 0 {
			continue
		}
		first := p.stats[done[g.first].stat]
		if g.parent >= 0 {
			whole := p.stats[done[g.parent].stat]
			if g.sum > whole.Value && baseUnit(whole.Unit) == baseUnit(first.Unit) {
				p.warns = append(p.warns, inconsistent(whole.Span, "%s %s: its parts (其中) add up to more, %s", whole.Label, fmtNum(whole.Value), fmtNum(g.sum)))
			}
			continue
		}
		// the total: the last count before the breakdown with no path, in
		// the same scope and unit
		total := -1
		for k := g.first - 1; k >= 0; k-- {
			st := p.stats[done[k].stat]
			if len(st.Path) == 0 && st.Scope == first.Scope && baseUnit(st.Unit) == baseUnit(first.Unit) {
				total = k
				break
			}
		}
		if total < 0 {
			continue
		}
		tot := p.stats[done[total].stat]
		if !strings.HasSuffix(tot.Unit, "余") && !strings.HasPrefix(tot.Unit, "余") && !near(tot.Value, g.sum) {
			p.warns = append(p.warns, inconsistent(first.Span, "从%s看: the parts add up to %s but %s is %s", g.dim, fmtNum(g.sum), tot.Label, fmtNum(tot.Value)))
		}
	}
}

// baseUnit drops 余/多 from a unit (余条 → 条).
func baseUnit(u string) string {
	return strings.TrimLeft(strings.TrimLeft(u, "余餘多"), "余餘多")
}

// add records a stat for number nm labelled by norm range [li, lj) and
// returns its index, or -1 when the range holds no words.
func (p *proseReader) add(nm number, li, lj int, scope string) int {
	a, b := p.n.src(li), p.n.srcEnd(lj)
	// keep an opening quote that the norm dropped: “苏州发布”微博…
	for _, q := range []string{"“", "‘", "「", "\""} {
		if strings.HasPrefix(p.s.Text[max(0, a-len(q)):a], q) && source.Contains(p.s.Text[a:b], closing(q)) {
			a -= len(q)
			break
		}
	}
	label := cleanLabel(p.s.Text[a:b])
	if !strings.ContainsFunc(label, func(r rune) bool { return isHan(r) || unicode.IsLetter(r) }) {
		return -1 // no words, no label
	}
	p.stats = append(p.stats, model.Stat{
		Label: label,
		Value: nm.value,
		Unit:  nm.unit,
		Scope: scope,
		Span:  p.s.Span(min(a, p.n.src(nm.ns)), max(b, p.n.srcEnd(nm.ue))),
	})
	return len(p.stats) - 1
}

func closing(q string) string {
	switch q {
	case "“":
		return "”"
	case "‘":
		return "’"
	case "「":
		return "」"
	}
	return q
}

// findScopes finds the scope words of a paragraph (全市, 我县, 市政府本级,
// 针对市政府本级, 各级行政机关) without reading every rune: at each 全 and
// 我, and at the 本 or 各 before each 级, found by indexText, it reads the
// word there (scopeLen), and a 本级's back to its place (scopeBefore).
func findScopes(para string) [][]int {
	var starts []int
	for _, w := range []string{"全", "我", "级"} {
		for k := 0; ; {
			j := indexText(para[k:], w)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(w)
			if w == "级" {
				at -= len("本") // 本级 and 各级 are read from their first character
				if at < 0 {
					continue
				}
			}
			starts = append(starts, at)
		}
	}
	slices.Sort(starts)
	starts = slices.Compact(starts) // a 全级 is found twice
	var out [][]int
	skip := 0 // the end of the last 全市 or 我县 read
	for _, i := range starts {
		if i < skip {
			continue
		}
		switch r, _ := script.DecodeRune(para[i:]); {
		case r == '全' || r == '我' || r == '各':
			if n := scopeLen(para[i:]); n > 0 {
				out = append(out, []int{i, i + n})
				skip = i + n
			}
		case r == '本' && strings.HasPrefix(para[i:], "本级"):
			if a, ok := scopeBefore(para, i); ok {
				if len(out) > 0 && out[len(out)-1][1] > a {
					out = out[:len(out)-1]
				}
				out = append(out, []int{a, i + len("本级")})
			}
		}
	}
	return out
}
