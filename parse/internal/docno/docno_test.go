package docno

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/segment/script"
)

func TestRead(t *testing.T) {
	tests := []struct {
		in, want string // want: the canonical form, "" for no number
		rest     string
	}{
		{"国办发〔2019〕12号", "国办发〔2019〕12号", ""},
		{"柳政办〔2020〕21号各县、区人民政府：", "柳政办〔2020〕21号", "各县、区人民政府："},
		{"苏政办发[2021]3号", "苏政办发〔2021〕3号", ""},
		{"某政发（2018）105号", "某政发〔2018〕105号", ""},
		{"某政发(2018)105号", "某政发〔2018〕105号", ""},
		{"某政办［2022］7号", "某政办〔2022〕7号", ""},
		{"某政办﹝2022﹞7号", "某政办〔2022〕7号", ""},
		{"某政办【2022】7号", "某政办〔2022〕7号", ""},
		{"某政办函〔2021〕第15号", "某政办函〔2021〕第15号", ""},
		{"某政办函［2021］ 第 15 号", "某政办函〔2021〕第15号", ""},
		{"某府办 〔 2019 〕 8 号", "某府办〔2019〕8号", ""},
		{"某政办〔２０２２〕１２号", "某政办〔2022〕12号", ""},
		{"某府辦發〔2019〕8號", "某府辦發〔2019〕8號", ""},
		{"吉(ji)政发〔2019〕1号", "吉(ji)政发〔2019〕1号", ""},
		{"GAB发〔2020〕2号", "GAB发〔2020〕2号", ""},
		{"国发201912号", "国发201912号", ""},
		{"某政函20211号文", "某政函20211号", "文"},
		{"某府發201903號", "某府發201903號", ""},
		{"某政发〔2019〕123456号", "", ""},                 // serial too long
		{"某政发〔1899〕1号", "", ""},                      // not a year
		{"某政发〔2019〕号", "", ""},                       // no serial
		{"某政发2019号", "", ""},                         // no serial without brackets
		{"某政办201912号", "", ""},                       // 办 does not end an unbracketed code
		{"〔2019〕1号", "", ""},                         // no organ code
		{"根据《通知》（某政发〔2019〕1号）", "", ""},              // not at the start
		{"一二三四五六七八九十一二三四五〔2019〕1号", "", ""},          // 15 units
		{"某 政 办 函 〔2023〕 17 号", "某政办函〔2023〕17号", ""}, // letter-spaced code
		{"某　政　发〔2023〕5号", "某政发〔2023〕5号", ""},         // spaced by U+3000
		{"某 政办函〔2023〕17号", "", ""},                   // spaced, then not
		{"某政 办函〔2023〕17号", "", ""},                   // a space inside an unspaced code
		{"某  政〔2023〕1号", "", ""},                     // two spaces are a gap, not letter spacing
		{"府人字第1120001234號", "府人字第1120001234號", ""},   // 字第, no year of its own
		{"某府教字第11200789号函", "某府教字第11200789号", "函"},
		{"某局第5号", "", ""},              // 第 after no 字
		{"府人字第1234567890123號", "", ""}, // 13 digits
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, ok := Read(tt.in)
			assert.Equal(t, tt.want != "", ok)
			if ok {
				assert.Equal(t, tt.want, n.String())
				assert.Equal(t, 0, n.Start)
				assert.Equal(t, tt.rest, tt.in[n.End:])
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in, want, before string
	}{
		{"文号：某政办发〔2019〕3号", "某政办发〔2019〕3号", "文号："},
		{"根据《通知》（国办发〔2019〕12号）要求", "国办发〔2019〕12号", "根据《通知》（"},
		{"（2019）年国发（2020）1号", "年国发〔2020〕1号", "（2019）"},
		{"一二三四五六七八九十一二三四五〔2019〕1号", "二三四五六七八九十一二三四五〔2019〕1号", "一"},
		{"根据某某人民政府办公室关于国发201912号", "", ""}, // unbracketed: Read only
		{"没有文号的一行（2019）", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, ok := Find(tt.in)
			assert.Equal(t, tt.want != "", ok)
			if ok {
				assert.Equal(t, tt.want, n.String())
				assert.Equal(t, tt.before, tt.in[:n.Start])
			}
		})
	}
}

// The patterns this scanner replaced: Read and Find must agree with them
// on where a bracketed number starts and ends.
var (
	bracketedRe = regexp.MustCompile(`((?:[\p{Han}A-Za-z]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)){1,14}?)\s*[〔\[［【(（﹝]\s*((?:19|20|１９|２０)[0-9０-９]{2})\s*[〕\]］】)）﹞]\s*([0-9０-９]{1,5})\s*([号號])`)
	plainRe     = regexp.MustCompile(`^([\p{Han}]{1,12}[发發函字])((?:19|20)\d{2})(\d{1,4})([号號])`)
)

// TestAgreesWithPatterns compares the scanner with the patterns it
// replaced on every combination of a few pieces of text.
func TestAgreesWithPatterns(t *testing.T) {
	pieces := []string{"某", "政发", "(ji)", "(x", "A", " ", "（", "〔", "2019", "２０", "1", "〕", ")", "号", "號", "，", "发", "12345"}
	var walk func(prefix string, depth int)
	walk = func(s string, depth int) {
		if m := bracketedRe.FindStringIndex(s); m != nil {
			n, ok := Find(s)
			if assert.True(t, ok, s) {
				assert.Equal(t, m, []int{n.Start, n.End}, s)
			}
			n, ok = Read(s)
			if m[0] == 0 && assert.True(t, ok, s) {
				assert.Equal(t, m[1], n.End, s)
			}
		} else if m := plainRe.FindStringIndex(s); m != nil {
			n, ok := Read(s)
			if assert.True(t, ok, s) {
				assert.Equal(t, m[1], n.End, s)
			}
		} else if n, ok := Read(s); ok {
			assert.False(t, n.Bracketed && strings.ContainsAny(s, "〔（("), "read %q in %q", n.String(), s)
		}
		if depth == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, depth-1)
		}
	}
	walk("", 4)
}

// TestOpeningLeadBytes: Find's byte filter lets every opening bracket
// through.
func TestOpeningLeadBytes(t *testing.T) {
	for _, r := range opening {
		c := string(r)[0]
		assert.True(t, c == '[' || c == '(' || c == 0xE3 || c == 0xEF, string(r))
	}
}

// TestIsOpening: the switch holds exactly the runes of opening.
func TestIsOpening(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if isOpening(r) != strings.ContainsRune(opening, r) {
			t.Errorf("isOpening(%q) = %v", r, isOpening(r))
		}
	}
}

// NextMark relies on 号 and 號 being the only characters that fold to 号.
func TestOnlyTwoMarksFoldToHao(t *testing.T) {
	var marks []rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if script.SimplifiedRune(r) == '号' {
			marks = append(marks, r)
		}
	}
	assert.ElementsMatch(t, []rune{'号', '號'}, marks)
}

func TestNextMark(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"国发〔2024〕1号文", 17}, {"國發〔2024〕1號", 17}, {"號a号", 0}, {"a号號", 1}, {"通知", -1},
	} {
		assert.Equal(t, tt.want, NextMark(tt.in), tt.in)
		if tt.want < 0 {
			_, ok := Read(tt.in)
			assert.False(t, ok)
		}
	}
}

func TestHasOpening(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"国发〔2024〕1号", true}, {"国发[2024]1号", true}, {"国发［2024］1号", true}, {"国发【2024】1号", true},
		{"国发(2024)1号", true}, {"国发（2024）1号", true}, {"国发﹝2024﹞1号", true},
		{"各区人民政府，市各委办局：", false}, {"国发2024〕1号）", false}, {"", false},
	} {
		assert.Equal(t, tt.want, HasOpening(tt.in), tt.in)
	}
}

func TestCanStart(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"国办发〔2019〕12号", true},
		{"某府办 〔 2019 〕 8 号", true},
		{"某 政 办 函 〔2023〕 17 号", true},
		{"吉(ji)政发〔2019〕1号", true},
		{"GAB发〔2020〕2号", true},
		{"国发201912号", true},
		{"某政办〔２０２２〕１２号", true},
		{"某政发〔2019〕123456号", true},         // the shape only: Read rejects the serial
		{"〔2019〕1号", false},                // no organ code
		{"一二三四五六七八九十一二三四五〔2019〕1号", false}, // 15 units
		{"关于印发某市政务公开工作要点的通知", false},
		{"各县、区人民政府：", false},
		{"一、工作目标", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, CanStart(tt.in), tt.in)
	}
}

// CanStart is true wherever Read succeeds or Find finds a number at 0.
func TestCanStartAgreesWithReadAndFind(t *testing.T) {
	for _, s := range []string{
		"国办发〔2019〕12号", "柳政办〔2020〕21号各县、区人民政府：", "苏政办发[2021]3号", "某政发（2018）105号",
		"某政办函［2021］ 第 15 号", "某府辦發〔2019〕8號", "吉(ji)政发〔2019〕1号", "国发201912号",
		"某政函20211号文", "一二三四五六七八九十一二三四〔2019〕1号", "一二三四五六七八九十一二三〔2019〕1号",
		"一二三四五六七八九十一二三201912号", "一二三四五六七八九十一二三四201912号",
		"国发2019 12号（某政办〔2020〕3号）", "根据《通知》（某政发〔2019〕1号）",
		"某 政 办 函 〔2023〕 17 号", "某 政办函〔2023〕17号", "府人字第1120001234號",
	} {
		_, read := Read(s)
		n, found := Find(s)
		if read || found && n.Start == 0 {
			assert.True(t, CanStart(s), s)
		}
	}
}

// nextOpening compares bytes: it finds what decoding every rune and asking
// isOpening finds, in valid and broken UTF-8 alike.
func TestNextOpeningAgreesWithDecoding(t *testing.T) {
	decoding := func(s string) int {
		for i := 0; i < len(s); i++ {
			if r, _ := utf8.DecodeRuneInString(s[i:]); isOpening(r) {
				return i
			}
		}
		return -1
	}
	for _, s := range []string{
		"国发〔2024〕1号", "某政办［2022］7号", "某政办【2022】7号", "某政发（2018）105号", "某政办﹝2022﹞7号",
		"某政发[2018]1号", "某政发(2018)1号", "为深入贯彻落实，现就有关事项通知如下：", "，。、：；）〕】］﹞",
		"\xe3\x80", "\xef\xbc", "\xe3\x80\x94", "\xef", "", "abc",
	} {
		assert.Equal(t, decoding(s), nextOpening(s, 0), "%q", s)
	}
	for _, b := range []string{"〔", "【", "［", "（", "﹝"} {
		assert.True(t, threeByteOpening(b), b)
	}
}

func TestBroken(t *testing.T) {
	for s, want := range map[string]bool{
		"某政办函〔202130":     true, // the closing bracket lost
		" 某政办函〔2021 30号 ": true,
		"某政发（2021）":       true,
		"柳政办[1998":        true,
		"某政办函〔2021年工作":    false, // words after the year
		"某政办函〔21〕3号":      false, // no year of four digits
		"某政办函〔1821":       false,
		"〔202130":         false, // no organ code
		"某政办函202130":      false, // no bracket
		"":                false,
	} {
		assert.Equal(t, want, Broken(s), s)
	}
}
