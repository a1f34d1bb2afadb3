package org

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEnding(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"市发改委", "委"},
		{"县人民政府", "人民政府"},
		{"开发区管委会", "管委会"},
		// A college's party branches: 党总支, 各党總支（直属党支部）.
		{"机关党总支", "总支"},
		{"各党總支（直属党支部）", "总支"},
		{"直属党支部", "部"},
		{"市住房公积金管理中心", "中心"},
		{"各街道（功能区）", "街道"},
		{"各鄉鎮(街道)", "镇"},
		{"各縣市區(qū)", "区"},
		{"縣財政局", "局"},
		{"州發(fā)改委", "委"},
		{"关停不合格网站", ""},
		{"區政府門戶網站", ""},
		{"县水文站", "站"},
		// A county bureau's sections are 股 (基础教育股, 人事股).
		{"基础教育股", "股"},
		{"縣教育局人事股", "股"},
		{"計財股", "股"},
		{"区司法局等", "局"},
		// A township's villages answer for its tasks (各行政村, 各村（居）);
		// 农村 and 乡村 close tasks (推进美丽乡村, 改善农村).
		{"各行政村", "行政村"},
		{"相关行政村", "行政村"},
		{"各行政村（社区）", "行政村"},
		{"各村（居）", "各村"},
		{"镇各村", "各村"},
		{"推进美丽乡村", ""},
		{"改善农村", ""},
		{"建设新农村", ""},
		{"村", ""},
		{"局", ""},
		{"单位", ""},
		{"部門", ""},
		{"海关", "海关"},
		{"共青团中央", "中央"},
		{"中央", ""},
		{"加强政策解读", ""},
		{"规范行政权力运行", ""},
		{"严格贯彻执行", ""},
		{"市人行", "人行"},
		{"县农行", "农行"},
		{"农发行", "农发行"},
		{"中国农业银行广州分行", "分行"},
		{"人民银行苏州市中心支行", "支行"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Ending(tt.in))
			assert.Equal(t, tt.want != "", HasEnding(tt.in))
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"区教育局", Organisation},
		{"基础教育股", Organisation},
		{"職成教股", Organisation},
		{"推进员工持股", Note},
		{"國有資本控股", Doubtful},
		{"各有关部门", Organisation},
		{"市直各有关", Organisation},
		{"鄉公所", Organisation},
		{"市融媒体", Doubtful},
		{"6月底前完成", Date},
		{"2024年底", Date},
		{"三季度", Date},
		{"年内持续推进", Note},
		{"長期堅持", Note},
		{"下同", Fragment},
		{"区政", Fragment},
		{"各村", Organisation},
		{"各組", Organisation},
		{"各有", Fragment},
		{"相关村", Organisation}, // a collective of villages, as 各村 is
		{"有關村", Organisation},
		{"相关社（组）", Organisation},
		{"相关事", Doubtful},
		{"有关村民", Doubtful},
		{"A", Fragment},
		{"ABC", Fragment},
		{"要把这项工作作为今年的重点抓紧抓实抓出成效", Prose},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Classify(tt.in), "got %s", Classify(tt.in))
			assert.Equal(t, tt.want == Organisation || tt.want == Doubtful, IsUnit(tt.in))
		})
	}
}

func TestIsDate(t *testing.T) {
	for in, want := range map[string]bool{
		"2023年6月底前": true,
		"１２月":       true,
		"二季度":       true,
		"市发改委":      false,
		"年度考核":      false,
		"第3日":       true,
		"年月日":       false,
		"3 月":       false,
		"":          false,
	} {
		assert.Equal(t, want, IsDate(in), in)
	}
}

func TestStripTrailingBracket(t *testing.T) {
	for in, want := range map[string]string{
		"各街道（功能区）":        "各街道",
		"各县（市、区）人民政府（下同）": "各县（市、区）人民政府",
		"市发改委":            "市发改委",
		"未配对）":            "未配对）",
	} {
		assert.Equal(t, want, StripTrailingBracket(in), in)
	}
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "organisation", Organisation.String())
	assert.Equal(t, "prose", Prose.String())
	assert.Equal(t, "unknown", Kind(99).String())
}

func TestIsLeader(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"副市长", true},
		{"常务副市长王立新", true},
		{"常务副市长 王立新", true},
		{"王立新副市长", true},
		{"分管副县长", true},
		{"王立新", false},
		{"張紅梅副市長", true},
		{"市长热线", false},
		{"县长办公会", false},
		{"热线市长", false},
		{"市政府副市长", true},
		{"党委书记", true},
		{"黨委副書記李強", true},
		{"校长办公室", false},
		{"局长信箱", false},
		{"王立新张红梅副市长", false},
		{"办公室主任", true},
		{"市发展改革委", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, IsLeader(tt.in))
		})
	}
}

func TestOtherThanPerson(t *testing.T) {
	tests := []struct {
		before, after string // the text around a name
		want          bool
	}{
		{"", "市2024年政务公开工作要点", true}, // 张家港市: a place's stem
		{"由", "县人民政府负责", true},       // 江阴县
		{"推动", "发展", true},           // 高质量发展: a word of the sentence
		{"推動", "發展", true},           // in traditional script
		{"", "副县长", false},           // 王建华副县长: the person, named
		{"由", "同志负责", false},         // 王建华同志
		{"", "区长", false},            // 区 closes a place, 区长 is a post
		{"", "常务副市长", false},         // a qualified post
		{"組長：", "同誌", false},         // traditional
		{"", "\t2024年6月底前", false},   // a cell's end
		{"", "", false},              // the text's end
		{"、", "、李红梅", false},         // a list of names
		{"建议 ", "\n", false},         // a title's tail
		{"组长：", "（副县长）", false},      // a bracket after it
		{"推进", "。", false},           // a sentence's end
	}
	for _, tt := range tests {
		prev := rune(-1)
		if tt.before != "" {
			prev = []rune(tt.before)[len([]rune(tt.before))-1]
		}
		assert.Equal(t, tt.want, OtherThanPerson(prev, tt.after), "%s|%s", tt.before, tt.after)
	}
}
