package ordinal

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// readCase is a text and what a reader of ordinals must find at its start.
type readCase struct {
	in    string
	ok    bool
	style Style
	no    string
	index int
	rest  string
}

// checkReads runs read on every case.
func checkReads(t *testing.T, read func(string) (Ordinal, bool), tests []readCase) {
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			o, ok := read(tt.in)
			assert.Equal(t, tt.ok, ok)
			if !tt.ok {
				return
			}
			assert.Equal(t, tt.style, o.Style)
			assert.Equal(t, tt.no, o.No)
			assert.Equal(t, tt.index, o.Index)
			assert.Equal(t, tt.rest, tt.in[o.Size:])
		})
	}
}

func TestRead(t *testing.T) {
	tests := []readCase{
		{"一、以政务公开助力", true, CnDun, "一", 1, "以政务公开助力"},
		{"十二、加强", true, CnDun, "十二", 12, "加强"},
		// A goal heading set off by a space alone (一　指导思想), as a
		// bold heading is typed when its type marks it; a justified line
		// that spaces every character (一 窗 受 理) is none.
		{"一　指导思想", true, CnDun, "一", 1, "指导思想"},
		{"三 保障措施", true, CnDun, "三", 3, "保障措施"},
		{"十二  加強組織領導", true, CnDun, "十二", 12, "加強組織領導"},
		{"二　主要任务（2019年）", true, CnDun, "二", 2, "主要任务（2019年）"},
		{"一 窗 受 理", false, 0, "", 0, ""},
		{"一 年", false, 0, "", 0, ""},
		{"一　", false, 0, "", 0, ""},
		{"一 2019年", false, 0, "", 0, ""},
		{"二十三．加强", true, CnDun, "二十三", 23, "加强"},
		{"（一）加强预期引导", true, CnParen, "一", 1, "加强预期引导"},
		{"(二) 推进减税", true, CnParen, "二", 2, "推进减税"},
		{"（ 十一 ）推进", true, CnParen, "十一", 11, "推进"},
		{"(十九)全面落实", true, CnParen, "十九", 19, "全面落实"},
		{"1.开展本地", true, ArabicDot, "1", 1, "开展本地"},
		{"12、加强", true, ArabicDot, "12", 12, "加强"},
		{"３．推进", true, ArabicDot, "３", 3, "推进"},
		{"1. 按照基层", true, ArabicDot, "1", 1, "按照基层"},
		{"（2）完善", true, ArabicParen, "2", 2, "完善"},
		{"②做好", true, Circled, "②", 2, "做好"},
		{"3）完善", true, ArabicParen, "3", 3, "完善"},
		{"12) 完善", true, ArabicParen, "12", 12, "完善"},
		{"⑶完善", true, ArabicParen, "3", 3, "完善"},
		{"⒈规范发布", true, ArabicDot, "1", 1, "规范发布"},
		{"⒓ 建立台账", true, ArabicDot, "12", 12, "建立台账"},
		{"⒛完善", true, ArabicDot, "20", 20, "完善"},
		{"⒈", false, 0, "", 0, ""},
		{"0）完善", false, 0, "", 0, ""},
		{"1.5倍", false, 0, "", 0, ""},
		{"2017年", false, 0, "", 0, ""},
		{"一是加强", false, 0, "", 0, ""},
		{"第一条　围绕旅游市场", true, CnArticle, "一", 1, "围绕旅游市场"},
		{"第十二条 做好公开", true, CnArticle, "十二", 12, "做好公开"},
		{"第三条：加强解读", true, CnArticle, "三", 3, "加强解读"},
		{"第二十条第（一）项", false, 0, "", 0, ""},
		{"第三条规定", false, 0, "", 0, ""},
		{"第一部分　围绕六稳加强公开", true, CnPart, "一", 1, "围绕六稳加强公开"},
		{"第二部分：平台建设", true, CnPart, "二", 2, "平台建设"},
		{"第一部分内容", false, 0, "", 0, ""},
		{"第一章　总则", true, CnPart, "一", 1, "总则"},
		{"第十二章 附则", true, CnPart, "十二", 12, "附则"},
		{"第三章规定的程序", false, 0, "", 0, ""},
		{"第五條　本辦法自印發之日起施行", true, CnArticle, "五", 5, "本辦法自印發之日起施行"},
		{"第二部份 保障", false, 0, "", 0, ""},
		{"第三條規定", false, 0, "", 0, ""},
		{"第一，加强领导", false, 0, "", 0, ""},
		{"任务一：提升服务效能", true, CnNamed, "一", 1, "提升服务效能"},
		{"任務十二：優化要素", true, CnNamed, "十二", 12, "優化要素"},
		{"任务(wù)三： 强化保障", true, CnNamed, "三", 3, "强化保障"},
		{"专项行动二　整治乱象", true, CnNamed, "二", 2, "整治乱象"},
		{"專項(xiàng)行動四:規範收費", true, CnNamed, "四", 4, "規範收費"},
		{"行动五：数据共享", true, CnNamed, "五", 5, "数据共享"},
		{"任务一是加强", false, 0, "", 0, ""},
		{"任务一", false, 0, "", 0, ""},
		{"行动一致", false, 0, "", 0, ""},
		{"任务(重点)一：加强", false, 0, "", 0, ""},
		{"任务：加强", false, 0, "", 0, ""},
		{"专项整治", false, 0, "", 0, ""},
		{"二〇一七年五月", false, 0, "", 0, ""},
		{"一、", false, 0, "", 0, ""},
		{"（此件公开发布）", false, 0, "", 0, ""},
		{"一些地方", false, 0, "", 0, ""},
	}
	checkReads(t, Read, tests)
}

func TestCnValue(t *testing.T) {
	for s, v := range map[string]int{"一": 1, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "一百零五": 105, "九十九": 99, "〇": -1, "一二": -1, "": -1} {
		assert.Equal(t, v, CnValue(s), s)
	}
}

func TestDigitValues(t *testing.T) {
	tests := []struct {
		r       rune
		digit   int
		cnDigit int
	}{
		{'7', 7, -1},
		{'７', 7, -1},
		{'〇', -1, 0},
		{'零', -1, 0},
		{'九', -1, 9},
		{'两', -1, 2},
		{'十', -1, -1},
		{'a', -1, -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.digit, DigitValue(tt.r), string(tt.r))
		assert.Equal(t, tt.cnDigit, CnDigitValue(tt.r), string(tt.r))
	}
}

func TestInline(t *testing.T) {
	tests := []struct {
		in    string
		ok    bool
		no    string
		index int
		rest  string
	}{
		{"一是建立惠企政策库", true, "一", 1, "建立惠企政策库"},
		{"三是 开展宣讲", true, "三", 3, "开展宣讲"},
		{"十是加强督查", true, "十", 10, "加强督查"},
		{"一是", false, "", 0, ""},
		{"十一是加强", false, "", 0, ""},
		{"是加强", false, "", 0, ""},
		{"一、加强", false, "", 0, ""},
		{"唯一是", false, "", 0, ""},
		{"第一，加强组织领导", true, "一", 1, "加强组织领导"},
		{"第三, 强化督查", true, "三", 3, "强化督查"},
		{"第一是加强", false, "", 0, ""},
		{"第一条　加强", false, "", 0, ""},
		{"第一，", false, "", 0, ""},
		{"第十一，加强", false, "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			o, ok := Inline(tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, CnShi, o.Style)
				assert.Equal(t, tt.no, o.No)
				assert.Equal(t, tt.index, o.Index)
				assert.Equal(t, tt.rest, tt.in[o.Size:])
			}
		})
	}
}

func TestReadDecimal(t *testing.T) {
	tests := []readCase{
		{"2.1 完善数据资源目录", true, Decimal, "2.1", 1, "完善数据资源目录"},
		{"2.3完善目录", true, Decimal, "2.3", 3, "完善目录"},
		{"３．２　推进共享", true, Decimal, "３．２", 2, "推进共享"},
		{"2.1.4 加强安全", true, Decimal3, "2.1.4", 4, "加强安全"},
		{"2.1. 完善目录", true, Decimal, "2.1", 1, "完善目录"},
		{"10.12、完善目录", true, Decimal, "10.12", 12, "完善目录"},
		{"2.5亿元用于建设", false, 0, "", 0, ""},
		{"1.5倍以上", false, 0, "", 0, ""},
		{"3.5万人次参加", false, 0, "", 0, ""},
		{"2.1 ", false, 0, "", 0, ""},
		{"2.1 2023年", false, 0, "", 0, ""},
		{"2.1%", false, 0, "", 0, ""},
		{"1.完善目录", false, 0, "", 0, ""},
		{"0.5 完善", false, 0, "", 0, ""},
		{"2.100 完善", false, 0, "", 0, ""},
		{"2021.3 完善", false, 0, "", 0, ""},
		{"完善目录", false, 0, "", 0, ""},
	}
	checkReads(t, ReadDecimal, tests)
	for _, tt := range tests {
		_, read := Read(tt.in)
		assert.False(t, tt.ok && read, "Read must not take the decimal section number %s", tt.in)
	}
}

// TestIsCnDigit checks the switch against the set it stands for.
func TestIsCnDigit(t *testing.T) {
	for _, r := range "〇零一二三四五六七八九十百两" {
		assert.True(t, IsCnDigit(r), string(r))
	}
	for _, r := range "千万亿第是、1a（年" {
		assert.False(t, IsCnDigit(r), string(r))
	}
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if IsCnDigit(r) {
			n++
		}
	}
	assert.Equal(t, len([]rune(cnDigits)), n, "no rune outside the set")
}

func TestTrimBlanks(t *testing.T) {
	for _, s := range []string{"", "加强", " 加强", "\u3000\u3000加强", "\t加强", " \t加强", "\u3001加强", "\xe3"} {
		assert.Equal(t, strings.TrimLeft(s, " \u3000"), trimBlanks(s, false), "%q", s)
		assert.Equal(t, strings.TrimLeft(s, " \u3000\t"), trimBlanks(s, true), "%q", s)
	}
}

// TestMayStartCn: Read finds a CnDun or CnParen ordinal only in a text
// whose first rune MayStartCn accepts.
func TestMayStartCn(t *testing.T) {
	for r := rune(1); r <= 0xFFFF; r++ {
		for _, rest := range []string{"、标题", "一、标题", "）标题", "一）标题", " 一 ）标题"} {
			if o, ok := Read(string(r) + rest); ok && (o.Style == CnDun || o.Style == CnParen) && !MayStartCn(r) {
				t.Fatalf("Read(%q) = %v, but MayStartCn(%q) is false", string(r)+rest, o.Style, r)
			}
		}
	}
	for _, tt := range []struct {
		r    rune
		want bool
	}{{'一', true}, {'十', true}, {'（', true}, {'(', true}, {'关', false}, {'1', false}, {'第', false}} {
		assert.Equal(t, tt.want, MayStartCn(tt.r), string(tt.r))
	}
}

func TestOpensYear(t *testing.T) {
	for s, want := range map[string]bool{
		"2026年": true,
		"1998":  true,
		"20261": true, // a year opening a longer run; the caller asks what follows
		"2100年": false,
		"1899年": false,
		"20a6年": false,
		"202":   false,
		"２０２６年": false, // full-width digits are DigitValue's
		"":      false,
	} {
		assert.Equal(t, want, OpensYear(s), s)
	}
	for c := 0; c < 256; c++ {
		assert.Equal(t, c >= '0' && c <= '9', IsASCIIDigit(byte(c)), c)
	}
}
