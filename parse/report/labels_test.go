package report

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLabelPrefixScanners(t *testing.T) {
	tests := []struct {
		name string
		read func(string) int
		s    string
		want string // s up to the end of what read reads
	}{
		{"enumerator", enumeratorPrefix, "一是通过网站公开", "一是"},
		{"enumerator", enumeratorPrefix, "三是，印发简报", "三是，"},
		{"enumerator", enumeratorPrefix, "十二是公开", "十二是"},
		{"enumerator", enumeratorPrefix, "其二是受理", "其二是"},
		{"enumerator", enumeratorPrefix, "一百是", ""},
		{"enumerator", enumeratorPrefix, "三是否", ""},
		{"enumerator", enumeratorPrefix, "一律公开", ""},
		{"enumerator", enumeratorPrefix, "是否", ""},
		{"time", timePrefix, "截至2021年底共公开", "截至2021年底"},
		{"time", timePrefix, "截止12月31日公开", "截止12月31日"},
		{"time", timePrefix, "到年底已有", "到年底"},
		{"time", timePrefix, "至今", "至"},
		{"time", timePrefix, "自2020年以来", "自2020年以来"},
		{"time", timePrefix, "2021年度主动公开", "2021年度"},
		{"time", timePrefix, "年初", "年初"},
		{"time", timePrefix, "3月5日起", "3月5日起"},
		{"time", timePrefix, "123月", ""},
		{"time", timePrefix, "20211年", ""},
		{"time", timePrefix, "12日前", "12日前"},
		{"time", timePrefix, "公开信息", ""},
		{"time", timePrefix, "自然人申请15件", ""},
		{"time", timePrefix, "到期未答复", ""},
		{"time", timePrefix, "至少", ""},
		{"time", timePrefix, "到目前为止", "到"},
		{"time", timePrefix, "自年初以来", "自年初以来"},
		{"subject", subjectPrefix, "我局共", "我局"},
		{"subject", subjectPrefix, "全县范围内", "全县范围内"},
		{"subject", subjectPrefix, "本单位", "本单位"},
		{"subject", subjectPrefix, "全年", ""},
		{"subject", subjectPrefix, "本", ""},
		{"level", levelPrefix, "针对市政府本级的申请", "针对市政府本级的"},
		{"level", levelPrefix, "县人民政府本级", "县人民政府本级"},
		{"level", levelPrefix, "市本级", "市本级"},
		{"level", levelPrefix, "市政府", ""},
		{"level", levelPrefix, "针对本级", ""},
		{"means", meansPrefix, "通过政府门户网站上公开", "通过政府门户网站上"},
		{"means", meansPrefix, "依托微信公众号", "依托微信公众号"},
		{"means", meansPrefix, "在网站", ""},
		{"means", meansPrefix, "通过信息公开网发布通知", "通过信息公开网"},
		{"means", meansPrefix, "通过县政务网发布", "通过县政务网"},
		{"means", meansPrefix, "通过政务信息网向社会公开", "通过政务信息网"},
		{"means", meansPrefix, "在市政府网站上公开", "在市政府网站上"},
		{"means", meansPrefix, "在市政府网公开", "在市政府网"},
		{"means", meansPrefix, "在县政府门户网站部门专栏主动公开", "在县政府门户网站部门专栏"},
		{"means", meansPrefix, "在区政府网站街道专栏上发布", "在区政府网站街道专栏上"},
		{"means", meansPrefix, "通过政府网站发布信息公开平台", "通过政府网站"},
		{"means", meansPrefix, "在市行政服务中心设置查阅点", "在市行政服务中心"},
		{"means", meansPrefix, "在县档案馆、县图书馆设立政府信息查阅点", "在县档案馆、县图书馆"},
		{"means", meansPrefix, "在县档案馆、县图书馆、县政务服务中心设立查阅点", "在县档案馆、县图书馆、县政务服务中心"},
		{"means", meansPrefix, "在县档案馆、各乡镇设立查阅点", "在县档案馆"},
		{"subject", namedSubjectPrefix, "泽州县通过县政府门户网站主动公开", "泽州县"},
		{"subject", namedSubjectPrefix, "庄桥街道在区政府门户网站街道专栏公开", "庄桥街道"},
		{"subject", namedSubjectPrefix, "市交通运输局依托政务微博平台发布", "市交通运输局"},
		{"subject", namedSubjectPrefix, "县通过政府网站公开", ""},
		{"subject", namedSubjectPrefix, "泽州县主动公开政府信息", "泽州县"},
		{"subject", namedSubjectPrefix, "行政许可事项在网站公开", ""},
		{"subject", namedSubjectPrefix, "泽州县，通过政府网站", ""},
		{"means", meansPrefix, "在本站,网站", ""},
		{"means", meansPrefix, "利用一二三四五六七八九十一二三四五六七八九十平台", "利用一二三四五六七八九十一二三四五六七八九十平台"},
		{"means", meansPrefix, "利用一二三四五六七八九十一二三四五六七八九十一平台", ""},
		{"earlier", earlierAdverbial, "通过座谈会向社会公开", "通过座谈会"},
		{"earlier", earlierAdverbial, "通过网上在线平台向社会公开", "通过网上在线平台"},
		{"earlier", earlierAdverbial, "在公共服务中心共受理", "在公共服务中心"},
		{"earlier", earlierAdverbial, "对困难群众减免费用", ""},
		{"earlier", earlierAdverbial, "面向社会公开", ""},
		{"earlier", earlierAdverbial, "向社会面向群众", ""},
		{"earlier", earlierAdverbial, "通过网站向", ""},
		{"subject", namedSubjectPrefix, "各区县累计开设政务微博", "各区县"},
		{"subject", namedSubjectPrefix, "县政府门户网站主动公开政府信息", "县政府门户网站"},
		{"subject", namedSubjectPrefix, "政府网站公开政府信息数", ""},
		{"subject", namedSubjectPrefix, "不属于本校公开范围", ""},
		{"subject", namedSubjectPrefix, "社会团体申请", ""},
		{"applicants", applicantsEnd, "接受公民、法人或者其他组织提出的咨询", "接受公民、法人或者其他组织提出的"},
		{"applicants", applicantsEnd, "公民法人和其他组织的申请", "公民法人和其他组织的"},
		{"applicants", applicantsEnd, "公民申请，公民、法人以及其他组织", "公民申请，公民、法人以及其他组织"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s[:max(tt.read(tt.s), 0)], "%s %s", tt.name, tt.s)
	}
}

// TestLabelPrefixScannersAsRegexps checks the scanners against the
// regexps they replaced, on every string made of up to three pieces
// drawn from the words they read and some they do not.
func TestLabelPrefixScannersAsRegexps(t *testing.T) {
	scanners := []struct {
		read   func(string) int
		re     *regexp.Regexp
		pieces []string
	}{
		{timePrefix, regexp.MustCompile(`^(截至|截止|到|至|自)?(\d{4}年度?|年底|年末|年初)?(\d{1,2}月)?(\d{1,2}日)?(底|末|以来|前|止|至今|起)?`),
			[]string{"截至", "截止", "到", "至", "自", "2021年", "20211年", "年度", "年底", "年初", "1", "12", "123", "月", "日", "底", "以来", "至今", "起", "今", "共"}},
		{subjectPrefix, regexp.MustCompile(`^(我|本|全)(局|市|县|区|镇|乡|省|委|办|厅|院|中心|单位|部门|机关|州|旗|盟|街道|办公室|政府)(范围内)?`),
			[]string{"我", "本", "全", "局", "中心", "中", "街道", "办公室", "政府", "范围内", "范围", "年"}},
		{levelPrefix, regexp.MustCompile(`^(针对)?[市县区省州镇乡](人民)?(政府)?本级(的)?`),
			[]string{"针对", "针", "市", "乡", "人民", "政府", "本级", "的", "本"}},
		{meansPrefix, regexp.MustCompile(`^(通过|利用|依托|在)[^,。;:]{1,20}?(网站|平台|公众号|栏目|专栏|媒体|客户端|中心|大厅|微博|馆)([^,。;:]{1,4}?(网站|平台|公众号|栏目|专栏|媒体|客户端|中心|大厅|微博|馆))?(、[^,。;:]{1,10}?(网站|平台|公众号|栏目|专栏|媒体|客户端|中心|大厅|微博|馆))*(上)?`),
			[]string{"通过", "在", "政府", "网站", "平台", "客户端", "中心", "馆", "、", "上", ",", "。", "部门", "一二三四五六七八九十", "\xff"}},
	}
	applicants := regexp.MustCompile(`公民、?法人(或者|或|和|及|以及)?其他组织(提出的|的)?`)
	scanners = append(scanners, struct {
		read   func(string) int
		re     *regexp.Regexp
		pieces []string
	}{func(s string) int { return max(applicantsEnd(s), 0) }, applicants,
		[]string{"公民", "公民、法人", "公民法人", "或者", "或其他组织", "以及其他组织", "其他组织", "提出的", "的", "咨询"}})
	for k, sc := range scanners {
		texts := []string{""}
		for range 3 {
			var next []string
			for _, s := range texts {
				for _, p := range sc.pieces {
					next = append(next, s+p)
				}
			}
			texts = append(texts, next...)
		}
		for _, s := range texts {
			want := 0 // the end of the first match, or 0
			if m := sc.re.FindStringSubmatchIndex(s); m != nil {
				want = m[1]
				if k == 0 && bareOneRuneOpener(s, m) { // scanners[0] is timePrefix
					want = 0 // timePrefix: 自然人 is no time (see bareOneRuneOpener)
				}
			}
			assert.Equal(t, want, sc.read(s), "%s on %q", sc.re, s)
		}
	}
}

// bareOneRuneOpener reports, for a match m of the time regexp, whether it
// read a one-rune opener (到, 至, 自) with no year, month or day after it
// and no time word (目前, 今) following: timePrefix reads no time there,
// where the regexp it replaced read the opener (自然人 lost its 自).
func bareOneRuneOpener(s string, m []int) bool {
	if m[2] < 0 || utf8.RuneCountInString(s[m[2]:m[3]]) != 1 {
		return false
	}
	for g := 2; g <= 4; g++ { // groups 2–4: year, month, day
		if m[2*g] >= 0 && m[2*g+1] > m[2*g] {
			return false
		}
	}
	return !hasAnyPrefix(s[m[3]:], nowWords)
}

// TestLabelPrefixStarts checks that every way a label prefix can begin is
// among the runes that let trimLabel read it: one sample per alternative.
func TestLabelPrefixStarts(t *testing.T) {
	samples := [][]string{
		{"一是", "三是，", "十是", "其一是"},
		{"截至2021年底", "截止12月", "到年底", "至今", "自2020年以来", "2021年度", "年初", "3月", "5日", "底", "末", "以来", "前", "止", "起"},
		{"我局", "本市", "全县范围内"},
		{"针对市政府本级", "市本级", "县人民政府本级", "区政府本级", "省本级", "州本级", "镇本级", "乡本级"},
		{"通过门户网站", "利用政务平台", "依托微信公众号", "在政府网站上"},
		{"通过座谈会向社会公开", "对低保群众累计减免", "在意见征集期间共收到", "向社会通过网站公开"},
		{"泽州县通过门户网站公开", "某某街道在政府网站上公开"}, // starts anywhere
	}
	require.Len(t, samples, len(labelPrefixes))
	for k, lp := range labelPrefixes {
		for _, s := range samples[k] {
			assert.Positive(t, lp.read(s), s)
			if lp.starts != "" {
				assert.Contains(t, lp.starts, string([]rune(s)[0]), s)
			}
		}
	}
}
