package report

import (
	"strings"
	"unicode/utf8"

	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// The words trimLabel drops from the words before a count: the prefixes,
// each read by a small anchored scanner that returns the length of the
// prefix at the start of s, or 0, and the applicants of the 条例.

// timePrefix reads a time: an optional 截至/截止/到/至/自, then each
// optional in turn a year (2021年, 2021年度, 年底, 年末, 年初), a month of
// one or two digits, a day, and 底/末/以来/前/止/至今/起.
func timePrefix(s string) int {
	i := wordAt(s, 0, timeOpeners)
	opened := i
	if n := leadingDigits(s[i:]); n == 4 && strings.HasPrefix(s[i+4:], "年") {
		i += 4 + len("年")
		if strings.HasPrefix(s[i:], "度") {
			i += len("度")
		}
	} else {
		i = wordAt(s, i, yearWords)
	}
	for _, unit := range []string{"月", "日"} {
		if n := leadingDigits(s[i:]); (n == 1 || n == 2) && strings.HasPrefix(s[i+n:], unit) {
			i += n + len(unit)
		}
	}
	if i == opened && utf8.RuneCountInString(s[:i]) == 1 && !hasAnyPrefix(s[i:], nowWords) {
		return 0 // 自然人申请: a one-rune opener with no time after it is a word's first rune
	}
	return wordAt(s, i, timeClosers)
}

// nowWords are the times a one-rune opener may take without digits
// (到目前为止, 至今).
var nowWords = []string{"目前", "今", "当前", "现在", "年"}

// hasAnyPrefix reports whether s starts with one of words.
func hasAnyPrefix(s string, words []string) bool {
	return wordAt(s, 0, words) > 0
}

var (
	timeOpeners = []string{"截至", "截止", "到", "至", "自"}
	yearWords   = []string{"年底", "年末", "年初"}
	timeClosers = []string{"底", "末", "以来", "前", "止", "至今", "起"}
)

// subjectPrefix reads the sentence's subject: 我/本/全 and a body or a
// place (我局, 本市, 全县), then an optional 范围内.
func subjectPrefix(s string) int {
	i := wordAt(s, 0, subjectOpeners)
	if i == 0 {
		return 0
	}
	j := wordAt(s, i, subjectBodies)
	if j == i {
		return 0
	}
	return wordAt(s, j, []string{"范围内"})
}

var (
	subjectOpeners = []string{"我", "本", "全"}
	subjectBodies  = []string{"局", "市", "县", "区", "镇", "乡", "省", "委", "办", "厅", "院", "中心", "单位", "部门", "机关", "州", "旗", "盟", "街道", "办公室", "政府"}
)

// levelPrefix reads a level of government: (针对)市/县/…(人民)(政府)本级(的).
func levelPrefix(s string) int {
	j := levelEnd(s)
	if j == 0 {
		return 0
	}
	return wordAt(s, j, []string{"的"})
}

// levelEnd reads a level of government to its 本级, the scope word
// (scopeLen) a label opens with: (针对)市/县/…(人民)(政府)本级, or 0.
func levelEnd(s string) int {
	i := wordAt(s, 0, []string{"针对"})
	j := wordAt(s, i, levelPlaces)
	if j == i {
		return 0
	}
	j = wordAt(s, j, []string{"人民"})
	j = wordAt(s, j, []string{"政府"})
	if !strings.HasPrefix(s[j:], "本级") {
		return 0
	}
	return j + len("本级")
}

var levelPlaces = []string{"市", "县", "区", "省", "州", "镇", "乡"}

// meansPrefix reads the means a count was published by: 通过/利用/依托/在,
// one to twenty characters other than , 。 ; :, and the first place that
// ends it (网站, a site named 公开网/政府网/政务网/信息网, 平台, 公众号, 栏目, 专栏, a notice board 公开栏/公示栏/
// 宣传栏/公告栏, 媒体, 客户端, 中心, 大厅), then a place inside it
// (innerPlace: 网站部门专栏, 网站乡镇信息公开专栏), then the places a 、
// lists after it (在县档案馆、县图书馆), then an optional 上:
// 通过政府门户网站向社会公开 → 通过政府门户网站, 在县政府门户网站乡镇专栏主动公开
// → 在县政府门户网站乡镇专栏.
func meansPrefix(s string) int {
	j := meansPlace(s)
	if j == 0 {
		return 0
	}
	if k := innerPlace(s, j); k > 0 {
		j = k
	}
	for strings.HasPrefix(s[j:], "、") {
		// 在县档案馆、县政务服务中心设立: a list of places.
		k := placeWithin(s, j+len("、"), maxListedPlace)
		if k == 0 {
			break
		}
		j = k
	}
	return wordAt(s, j, []string{"上"})
}

// innerPlace returns the end of a place inside the site that ends at j,
// or 0: one within four characters (网站部门专栏, 网站街道专栏), or, when
// no verb or adverbial opens what follows the site, one within
// maxInnerPlace (网站乡镇信息公开专栏) — after a verb the place is what
// the count is about (网站发布信息公开平台, 网站新增专题专栏).
func innerPlace(s string, j int) int {
	if k := placeWithin(s, j, 4); k > 0 {
		return k
	}
	if opensWith(s[j:], verbsByFirst) > 0 || opensWith(s[j:], adverbsByFirst) > 0 {
		return 0
	}
	return placeWithin(s, j, maxInnerPlace)
}

// maxInnerPlace bounds, in characters, a place inside a site that
// innerPlace reads when no verb follows the site: a column named by its
// level and its matter (乡镇信息公开专栏, 部门预决算公开栏目).
const maxInnerPlace = 10

// maxListedPlace bounds, in characters, a place after the 、 of a list of
// places a count was published at (、县政务服务中心).
const maxListedPlace = 10

// firstMeans reads the means up to its first place, without the place
// meansPrefix may read inside it: 在政府门户网站 of 在政府门户网站新增专题专栏,
// where what follows the site is the label itself.
func firstMeans(s string) int {
	if j := meansPlace(s); j > 0 {
		return wordAt(s, j, []string{"上"})
	}
	return 0
}

// meansPlace returns the end of the first place after a means opener at
// the start of s (通过政府门户网站), or 0.
func meansPlace(s string) int {
	if i := wordAt(s, 0, meansOpeners); i > 0 {
		return placeWithin(s, i, 20)
	}
	return 0
}

// placeWithin returns the end of the first of meansPlaces that ends after
// one to n characters from s[i:], none of them , 。 ; :, or 0.
func placeWithin(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		r, size := script.DecodeRune(s[i:])
		if source.ContainsRune(",。;:", r) {
			return 0
		}
		i += size
		if j := wordAt(s, i, meansPlaces); j > i {
			if strings.HasSuffix(s[:j], "栏") {
				// A board …公开栏 may be a column 公开栏目.
				return wordAt(s, j, []string{"目"})
			}
			// A site named …网 may go on with 站: 政府网站.
			return wordAt(s, j, []string{"站"})
		}
	}
	return 0
}

var (
	meansOpeners = []string{"通过", "利用", "依托", "在"}
	meansPlaces  = []string{"网站", "公开网", "政府网", "政务网", "信息网", "平台", "公众号", "栏目", "专栏", "公开栏", "公示栏", "宣传栏", "公告栏", "媒体", "客户端", "中心", "大厅", "微博", "馆"}
)

// wordAt returns the end of the first of words written at s[i:], or i.
func wordAt(s string, i int, words []string) int {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return i
}

// leadingDigits counts the ASCII digits at the start of s, up to five.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && n < 5 && ordinal.IsASCIIDigit(s[n]) {
		n++
	}
	return n
}

// applicantsEnd returns the end of the first mention of the applicants of
// the 条例 in s (公民、法人或者其他组织, 公民法人和其他组织提出的), or -1.
func applicantsEnd(s string) int {
	for from := 0; ; {
		k := source.Index(s[from:], "公民")
		if k < 0 {
			return -1
		}
		i := wordAt(s, from+k+len("公民"), []string{"、"})
		if strings.HasPrefix(s[i:], "法人") {
			i += len("法人")
			if j := wordAt(s, i, applicantJoins); strings.HasPrefix(s[j:], "其他组织") {
				i = j
			}
			if strings.HasPrefix(s[i:], "其他组织") {
				return wordAt(s, i+len("其他组织"), []string{"提出的", "的"})
			}
		}
		from += k + len("公民")
	}
}

var applicantJoins = []string{"或者", "或", "和", "及", "以及"}

// enumeratorPrefix reads the enumerator opening a clause of a list (一是,
// 二是 … 十是, 其一是), which names no part of what is counted: 一是通过
// 网站公开信息12条 counts 公开信息. A numeral run longer than two runes or
// not closed by 是 is no enumerator (一是 alone, 三是否).
func enumeratorPrefix(s string) int {
	i := len(s) - len(strings.TrimPrefix(s, "其"))
	n := 0
	for n < 2 && i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(enumeratorNumerals, r) {
			break
		}
		i += size
		n++
	}
	if n == 0 || !strings.HasPrefix(s[i:], "是") || strings.HasPrefix(s[i+len("是"):], "否") {
		return 0
	}
	i += len("是")
	return i + len(s[i:]) - len(strings.TrimLeft(s[i:], ",，:："))
}

// enumeratorNumerals are the numerals of an enumerator (一是 … 十是).
const enumeratorNumerals = "一二三四五六七八九十"

// opensMeans reports whether s holds a preposition that opens a means of
// acting (通过, 利用, 依托, 以, 采取, 采用, 运用): the 等…方式/形式 after it
// is that means, not a kind of what is counted.
func opensMeans(s string) bool {
	for _, p := range meansPrepositions {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// meansPrepositions are the prepositions opensMeans looks for.
var meansPrepositions = []string{"通过", "利用", "依托", "以", "采取", "采用", "运用", "借助"}
