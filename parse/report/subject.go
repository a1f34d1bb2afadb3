package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/org"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// A prose label starts at the last adverbial before its verb, or at the
// verb: the sentence's subject goes (寒亭区主动公开政府信息 → 主动公开政府信息,
// 学院通过信息公开网主动公开信息 → 通过信息公开网主动公开信息, 各处室确定信息员
// → 确定信息员). The subject is read here from the organisation lexicon
// (package org: the endings of bodies and places) and the publishing
// channels a sentence may name as its subject (县政府门户网站主动公开…),
// and only where an adverbial or a verb of the reports follows it.

// maxNamedSubject is the most characters namedSubjectPrefix reads as the
// subject.
const maxNamedSubject = 12

// channelEnds close the name of a publishing channel standing as a
// subject (县政府门户网站, “苏州发布”微博); 网站 is no organisation ending.
var channelEnds = []string{"网站", "网", "微博", "公众号", "客户端"}

// reportVerbs are the verbs a counted phrase of a report opens with
// (simplified): what follows a subject. 申请 is none of them: 企业申请 and
// 社会团体申请 name applicants, they have no subject.
var reportVerbs = []string{
	"主动公开", "公开", "发布", "公布", "确定", "明确", "指定", "受理", "收到", "接收", "接到", "接待", "接受",
	"办理", "办结", "新收", "答复", "回应", "回复", "开设", "开通", "设立", "设置", "配备", "举办", "召开",
	"组织", "编制", "编印", "印发", "制定", "出台", "推送", "更新", "报送", "减免", "收取",
	"处理", "提供", "征集", "解读", "制发", "审核", "上传", "转载", "录入", "开展", "清理", "梳理",
}

// adverbOpeners open an adverbial that may stand between a subject and its
// verb: a preposition (通过, 在, 向, 对 …), a total (共, 累计), 新增 or 已. A
// time is read by timePrefix and the time words (全年, 今年).
var adverbOpeners = append(slices.Clone(nextAdverbials), "新增", "已")

// verbsByFirst and adverbsByFirst index the two lists by their first rune.
var (
	verbsByFirst   = source.ByFirstRune(reportVerbs, func(v string) string { return v })
	adverbsByFirst = source.ByFirstRune(adverbOpeners, func(v string) string { return v })
	timesByFirst   = source.ByFirstRune(timeWords, func(v string) string { return v })
)

// opensWith returns the length of the first word of index written at the
// start of s, or 0.
func opensWith(s string, index map[rune][]string) int {
	r, _ := script.DecodeRune(s)
	for _, w := range index[r] {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// opensPredicate reports whether s opens with what follows a subject: an
// adverbial (a preposition, a total, a time word or a date) or a verb of
// the reports.
func opensPredicate(s string) bool {
	if s != "" && ordinal.IsASCIIDigit(s[0]) {
		return timePrefix(s) > 0
	}
	r, _ := script.DecodeRune(s) // read once for the three lists
	return hasAnyPrefix(s, verbsByFirst[r]) || hasAnyPrefix(s, adverbsByFirst[r]) || hasAnyPrefix(s, timesByFirst[r]) || newlyDone(s)
}

// newlyDone reports whether s opens with 新 before a verb of the reports
// (新制发, 新制定, 新开设): the adverb newly, which opens the label as 新增
// does (国务院办公厅新制发行政规范性文件 → 新制发行政规范性文件). 新 before
// anything else opens a noun (新闻发布会, 新媒体) and is no adverbial.
func newlyDone(s string) bool {
	rest, ok := strings.CutPrefix(s, "新")
	if !ok {
		return false
	}
	r, _ := script.DecodeRune(rest)
	return hasAnyPrefix(rest, verbsByFirst[r])
}

// timeWords are the times written in words that may stand between a
// subject and its verb.
// A longer word stands before its start (今年以来 before 今年).
var timeWords = []string{"全年", "今年以来", "今年", "年初", "年底", "年内", "本年度", "本年", "本学年", "截至", "截止", "一年来"}

// namedSubjectPrefix reads the subject of a sentence named in full at the
// start of s: up to twelve Han characters ending like an organisation or a
// place (泽州县, 庄桥街道, 市食药监局, 各部委办局, 学院) or a publishing channel
// (县政府门户网站), or a list of such names parted by 、 (各科室、直属单位),
// up to the first adverbial or verb of the reports, which must follow it
// (县通过政府网站公开 has no subject: 县 names none). A label
// ending in 数 is a noun phrase whose head is that number (政府网站公开政府
// 信息数): it has no subject.
func namedSubjectPrefix(s string) int {
	if strings.HasSuffix(s, "数") || opensPredicate(s) {
		return 0
	}
	i, limit := 0, maxNamedSubject
	kind := wordAt(s, 0, channelKinds) // the end of an account's kind, or 0
	if kind > 0 {
		limit += maxNamedSubject / 2 // the kind, then a name of its own
	}
	part := 0 // where the subject's current name starts
	for n := 0; n < limit && i < len(s); n++ {
		r, size := script.DecodeRune(s[i:])
		if r == '、' && i > part && namesSubject(s[part:i]) {
			i += size // a list of bodies (各科室、直属单位): the next name
			part = i
			continue
		}
		if !isHan(r) || source.ContainsRune(notInSubject, r) {
			return 0
		}
		i += size
		if opensPredicate(s[i:]) {
			if n > 0 && i > part && namesSubject(s[part:i]) {
				return i
			}
			if kind > 0 && runeCount(s[kind:i]) >= 2 {
				return accountEnd(s, i)
			}
			return 0
		}
	}
	return 0
}

// accountEnd returns where an account's name ends, the words before i being
// its kind and the start of its name and s[i:] opening a verb: at i, or one
// verb on when the name ends in the verb it names (荷塘发布发布信息), or 0
// when a verb follows another (荷塘发布推送…: the name may end after either,
// so the label stays whole and doubtful).
func accountEnd(s string, i int) int {
	v := opensWith(s[i:], verbsByFirst)
	if v == 0 || opensWith(s[i+v:], verbsByFirst) == 0 {
		return i
	}
	if strings.HasPrefix(s[i+v:], s[i:i+v]) {
		return i + v
	}
	return 0
}

// channelKinds open the name of an account standing as a subject, its kind
// before its name (政务新媒体“荷塘发布”, 微信公众号「某某教育」): the norm
// drops every quote, so the name is what stands between the kind and the
// verb.
var channelKinds = []string{"政务新媒体", "新媒体", "政务微博", "官方微博", "政务微信", "微信公众号", "公众号", "政务客户端", "客户端", "头条号", "抖音号", "视频号"}

// notInSubject are runes no subject holds: a negation or 的 makes the
// words before a verb a clause of what is counted (不属于本校公开范围).
const notInSubject = "不未非的之"

// namesSubject reports whether s ends like the name of a body, a place or
// a publishing channel.
func namesSubject(s string) bool {
	for _, c := range channelEnds {
		if strings.HasSuffix(s, c) && len(s) > len(c) {
			return true
		}
	}
	return org.HasEnding(s)
}

// lastAdverbial returns the length of the run of time words (全年, 本年度,
// 年初), totals (共, 累计, 共计) and 新增 opening s when a verb of the
// reports follows it directly, or 0. Such a run is the last adverbial
// before the verb and the label starts at it, after a subject or at a
// clause's start alike (某某局全年公开… → 全年公开…, 。共回应… → 共回应…,
// 本年度新增…, 全年共收到…). A date (2023年) and a time opened by 到 or 截至
// are none of them: 本局2009年共主动公开… → 共主动公开…, 本区到年底累计… → 累计….
func lastAdverbial(s string) int {
	i, total := 0, false
	for n := wordAt(s, 0, runWords); n > i; n = wordAt(s, i, runWords) {
		total = total || slices.Contains(runTotals, s[i:n])
		i = n
	}
	if i == 0 || opensWith(s[i:], verbsByFirst) == 0 && !(total && opensPhrase(s[i:])) {
		return 0
	}
	return i
}

// runTotals are the totals of runWords, and 已 (已经): a run holding one
// is an adverbial whatever verb follows it (共走访企业, 全年共慰问困难户,
// 已审结10件 beside 尚未审结2件), where a run of
// time words alone is one only before a verb of the reports (全年企业申请
// names no act).
var runTotals = []string{"共计", "共", "累计", "新增", "已经", "已"}

// opensPhrase reports whether s, after a run holding a total, opens a
// phrase of two Han characters or more that the total governs: not a word
// the 共 belongs to (共同, 共享), nor one saying how many there are (共有,
// 共计为, 累计达).
func opensPhrase(s string) bool {
	r, n := script.DecodeRune(s)
	r2, _ := script.DecodeRune(s[n:])
	return isHan(r) && isHan(r2) && !source.ContainsRune(notAfterTotal, r) && !source.ContainsRune(notAfterRun, r)
}

// notAfterRun open the words after a total that say how many there are
// (共有, 累计达, 共计为), not what was done.
const notAfterRun = "有达为是计约近超逾"

// runWords are the words of the last adverbial's run (lastAdverbial): the
// time words but the openers of a time (截至), the totals that stand
// before a verb, 新增 and 已.
var runWords = append(slices.DeleteFunc(slices.Clone(timeWords), func(w string) bool {
	return slices.Contains(timeOpeners, w)
}), "共计", "共", "累计", "新增", "已经", "已")

// totalStart returns where a total inside the label s opens it (在征求意见
// 期间共收到… → 共收到…, 决算对象共包括… → 共包括…), or 0: a total (共, 累计)
// stands right before its verb, so it is the last adverbial and what comes
// before it is the subject or earlier adverbials; a time word alone before
// it stays, as a time word before 新增 does (本学年共受理…). The 共 of a word
// (公共, 共同, 中共) and a total closing the label (信息共计) are no such total.
func totalStart(s string) int {
	for _, t := range totals {
		k := source.Index(s, t)
		if k <= 0 || utf8.RuneCountInString(s[k+len(t):]) < 2 || strings.ContainsAny(s[:k], "0123456789、") || slices.Contains(timeWords, s[:k]) {
			continue
		}
		prev, _ := script.DecodeLastRune(s[:k])
		next, _ := script.DecodeRune(s[k+len(t):])
		if t == "共" && (source.ContainsRune(notBeforeTotal, prev) || source.ContainsRune(notAfterTotal, next)) {
			continue
		}
		return k
	}
	return 0
}

// notBeforeTotal and notAfterTotal make a 共 part of a word: 公共, 中共,
// 一共, 总共 (a total of its own, 一共 stays whole), 共同, 共享, 共建.
const (
	notBeforeTotal = "公中一总"
	notAfterTotal  = "同享建识青产性商治担"
)

// prepositions open an adverbial phrase before the verb.
var prepositions = []string{"通过", "利用", "依托", "在", "向", "对", "按"}

// nextAdverbials open an adverbial that may follow another one.
var nextAdverbials = append(append([]string(nil), prepositions...), totals...)

// gluedOpeners are the words that hold an opener without opening an
// adverbial: 在线, 面向, 方向, 针对, 相对, 绝对, 公共.
var gluedOpeners = []string{"在线", "面向", "方向", "针对", "相对", "绝对", "公共", "中共", "共同", "共享"}

// earlierAdverbial reads a prepositional phrase at the start of s that
// another adverbial follows (通过座谈会向社会公开… → 向社会公开…, 对低保
// 群众累计减免… → 累计减免…): up to twelve Han characters after the
// preposition, ending where the next adverbial opens. The last adverbial
// before the verb is read by none, and stays.
func earlierAdverbial(s string) int {
	i := wordAt(s, 0, prepositions)
	if i == 0 {
		return 0
	}
	for n := 0; n < maxNamedSubject && i < len(s); n++ {
		r, size := script.DecodeRune(s[i:])
		if !isHan(r) {
			return 0
		}
		if n > 0 && wordAt(s, i, nextAdverbials) > i && utf8.RuneCountInString(s[i:]) >= 3 && !gluedAt(s, i) {
			return i
		}
		i += size
	}
	return 0
}

// gluedAt reports whether a glued opener (gluedOpeners) is written at s[i:]
// or at the rune before i.
func gluedAt(s string, i int) bool {
	prev := s[i-len(lastRune(s[:i])):]
	for _, g := range gluedOpeners {
		if strings.HasPrefix(prev, g) || strings.HasPrefix(s[i:], g) {
			return true
		}
	}
	return false
}
