package docmeta

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/strgen"
	"github.com/zwgk/gongwen/segment/script"
)

// kv is a box pair as its key and the text of its value.
type kv struct {
	key   BoxKey
	value string
}

// boxPairs reads line with BoxLine and gives its pairs as kv, nil for no
// box line.
func boxPairs(line string) []kv {
	var got []kv
	for _, p := range BoxLine(line) {
		got = append(got, kv{p.Key, line[p.Start:p.End]})
	}
	return got
}

func TestBoxLine(t *testing.T) {
	tests := []struct {
		line string
		want []kv
	}{
		{"索 引 号：\t000000001/2020-00001\t主题分类：\t城乡建设\\住房", []kv{{BoxIndexNo, "000000001/2020-00001"}, {BoxCategory, "城乡建设\\住房"}}},
		{"发文机关：\t某省人民政府办公厅、某军区政治部\t成文日期：\t2020年03月01日", []kv{{BoxIssuer, "某省人民政府办公厅、某军区政治部"}, {BoxSignedDate, "2020年03月01日"}}},
		{"标　　题：\t某省人民政府关于某事的通知\t\t", []kv{{BoxTitle, "某省人民政府关于某事的通知"}}},
		{"发文字号：\t某政发〔2020〕3号\t发布日期：\t2020年03月09日", []kv{{BoxDocNumber, "某政发〔2020〕3号"}, {BoxPublishedDate, "2020年03月09日"}}},
		{"索 引 号 AB000/2023-001 发文日期 2023-01-03", []kv{{BoxIndexNo, "AB000/2023-001"}, {BoxPublishedDate, "2023-01-03"}}},
		{"发布机构 某区人民政府办公室 文    号 某政办〔2023〕1号", []kv{{BoxPublisher, "某区人民政府办公室"}, {BoxDocNumber, "某政办〔2023〕1号"}}},
		{"文 号: 文件分类: 综合政务 所属机构:", []kv{{BoxDocNumber, ""}, {BoxCategory, "综合政务"}, {BoxOther, ""}}},
		{"名 称: 某区人民政府办公室 关于印发某方案的通知", []kv{{BoxTitle, "某区人民政府办公室 关于印发某方案的通知"}}},
		{"發文機關：某縣人民政府", []kv{{BoxIssuer, "某縣人民政府"}}},
		{"发文号：\t某政发〔2020〕3号\t成文日期：\t2020-03-01", []kv{{BoxDocNumber, "某政发〔2020〕3号"}, {BoxSignedDate, "2020-03-01"}}},
		{"發文號：某縣政發〔2020〕3號", []kv{{BoxDocNumber, "某縣政發〔2020〕3號"}}},
		{"文件字号 某政办〔2023〕1号 发布日期 2023-01-03", []kv{{BoxDocNumber, "某政办〔2023〕1号"}, {BoxPublishedDate, "2023-01-03"}}},
		{"分类推进各项改革任务。", nil},
		{"标题 党建引领", nil},
		{"各区人民政府：", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, boxPairs(tt.line), tt.line)
	}
}

// TestBoxLineUnlistedField: a field whose label the box vocabulary does not
// list (浏览次数, 点击数, 字号 …) closes the value before it, after any run of
// white space and with either colon, wherever it stands; the listed fields
// keep their values.
func TestBoxLineUnlistedField(t *testing.T) {
	for _, sep := range []string{"\u3000\u3000", "  ", "\t", " "} {
		for _, colon := range []string{"：", ":"} {
			for _, other := range []string{"浏览次数", "点击数", "访问量", "字号"} {
				f := func(label, value string) string { return label + colon + value }
				lines := []struct {
					line string
					want []kv
				}{
					{strings.Join([]string{f("发布日期", "2013-03-07"), f("信息来源", "某街道"), f("文号", "某街〔2013〕8号"), f(other, "356")}, sep),
						[]kv{{BoxPublishedDate, "2013-03-07"}, {BoxOther, "某街道"}, {BoxDocNumber, "某街〔2013〕8号"}, {BoxOther, "356"}}},
					{strings.Join([]string{f("文号", "某政发〔2020〕3号"), f(other, "12"), f("发布日期", "2020-03-09")}, sep),
						[]kv{{BoxDocNumber, "某政发〔2020〕3号"}, {BoxOther, "12"}, {BoxPublishedDate, "2020-03-09"}}},
				}
				for _, tt := range lines {
					assert.Equal(t, tt.want, boxPairs(tt.line), tt.line)
				}
			}
		}
	}
	// A value that holds a colon without white space before it is kept.
	line := "标题：关于印发某某方案的通知\t发布日期：2020-03-09"
	got := BoxLine(line)
	require.Len(t, got, 2)
	assert.Equal(t, "关于印发某某方案的通知", line[got[0].Start:got[0].End])
}

func TestBoxLineAfter(t *testing.T) {
	assert.Nil(t, BoxLine("文    号 某政办〔2023〕1号"))
	got := BoxLineAfter("文    号 某政办〔2023〕1号")
	if assert.Len(t, got, 1) {
		assert.Equal(t, BoxDocNumber, got[0].Key)
	}
	assert.Nil(t, BoxLineAfter("各区人民政府："))
}

func TestNumberLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"文号：": true, "文    号": true, "发文字号:": true, "| 文件编号 |": true, "发布机构 某办公室 文 号": true,
		"|": true, "根据": false, "某县人民政府": false, "": false,
	} {
		assert.Equal(t, want, NumberLabel(s), s)
	}
}

func TestLabelled(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"抄送：省政府办公厅", "省政府办公厅", true},
		{"抄送单位 : 市委办公室", "市委办公室", true},
		{"附 件：1.某方案", "1.某方案", true},
		{"附件:", "", true},
		{"抄送省政府", "", false},
		{"附件1", "", false},
	}
	for _, tt := range tests {
		n, ok := Labelled(tt.in, "抄送单位", "抄送", "抄报", "附件")
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.Equal(t, tt.rest, tt.in[n:], tt.in)
		}
	}
}

func TestBoxLineGlued(t *testing.T) {
	tests := []struct {
		line  string
		key   BoxKey
		value string
	}{
		{"文号某政发〔2023〕3号", BoxDocNumber, "某政发〔2023〕3号"},
		{"成文日期2023-02-14", BoxSignedDate, "2023-02-14"},
		{"发布机构某镇人民政府", BoxPublisher, "某镇人民政府"},
		{"索引号008234157/2023-00021", BoxIndexNo, "008234157/2023-00021"},
		{"發文機關某縣人民政府", BoxIssuer, "某縣人民政府"},
		{"分类推进各项改革任务。", BoxCategory, "推进各项改革任务。"}, // alone it proves nothing: the caller needs a run
		{"文号：某政发〔2023〕3号", BoxNone, ""},           // separated: BoxLine's case
		{"文号 某政发〔2023〕3号", BoxNone, ""},
		{"文号", BoxNone, ""},
		{"各区人民政府：", BoxNone, ""},
	}
	for _, tt := range tests {
		got := BoxLineGlued(tt.line)
		if tt.key == BoxNone {
			assert.Nil(t, got, tt.line)
			continue
		}
		if assert.Len(t, got, 1, tt.line) {
			assert.Equal(t, tt.key, got[0].Key, tt.line)
			assert.Equal(t, tt.value, tt.line[got[0].Start:got[0].End], tt.line)
		}
	}
}

// traditionalBox writes the words of TestBoxLineBracketLabels in
// traditional script.
var traditionalBox = strings.NewReplacer("发文字号", "發文字號", "发 布 机 构", "發 布 機 構", "某政办发", "某政辦發", "某市人民政府办公室", "某市人民政府辦公室", "号", "號")

// TestBoxLineBracketLabels reads box lines whose labels stand in brackets
// (【发文字号】某政办发〔2025〕14号), in every bracket style, with the pairs
// separated by spaces, U+3000, a tab or nothing, in both scripts; brackets
// holding anything but a label alone are no box.
func TestBoxLineBracketLabels(t *testing.T) {
	brackets := [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}, {"〖", "〗"}}
	for _, br := range brackets {
		label := func(l string) string { return br[0] + l + br[1] }
		for _, sep := range []string{"  ", "\u3000\u3000", "\t", "", " "} {
			for _, trad := range []bool{false, true} {
				line := label("发文字号") + "某政办发〔2025〕14号" + sep + label("成文日期") + "2025-03-12" + sep + label("发 布 机 构") + "某市人民政府办公室"
				want := []kv{{BoxDocNumber, "某政办发〔2025〕14号"}, {BoxSignedDate, "2025-03-12"}, {BoxPublisher, "某市人民政府办公室"}}
				if trad {
					line = traditionalBox.Replace(line)
					for i := range want {
						want[i].value = traditionalBox.Replace(want[i].value)
					}
				}
				assert.Equal(t, want, boxPairs(line), line)
				one := label("发文字号") + "某政办发〔2025〕14号"
				if assert.Len(t, BoxLine(one), 1, one) {
					assert.Equal(t, "某政办发〔2025〕14号", one[BoxLine(one)[0].Start:])
				}
			}
		}
		for _, line := range []string{label("政策解读") + "某市2025年工作方案", label("打印本页") + label("关闭窗口"), br[0] + "发文字号某政办发〔2025〕14号", label("2025") + "14号"} {
			assert.Nil(t, BoxLine(line), line)
		}
	}
}

// mayOpen turns a label away only where spacedPrefix fails: on strings of
// the labels' first runes in both scripts (標, 來, 發), their other runes,
// spaces and colons, every label mayOpen skips fails to match.
func TestMayOpenProvesSpacedPrefix(t *testing.T) {
	pieces := []string{"索", "主", "文", "分", "发", "發", "所", "成", "标", "標", "名", "颁", "頒", "来", "來", "信", "有", "题", "号", " ", "　", "：", "x"}
	strgen.Walk(pieces, 3, func(s string) {
		first, _ := script.DecodeRune(s)
		fold := script.SimplifiedRune(first)
		for i, l := range boxLabels {
			if !mayOpen(i, first, fold) {
				_, ok := spacedPrefix(s, l.label)
				require.False(t, ok, "%q skipped for %q", l.label, s)
			}
		}
	})
}

// Labelled tries only the labels that open the first rune of s (opens):
// every label opens skips fails spacedPrefix, in either script, with spaces
// and colons anywhere.
func TestOpensProvesSpacedPrefix(t *testing.T) {
	labels := []string{"抄送单位", "抄送", "抄报", "附件", "相关附件", "附件下载", "报送", ""}
	pieces := []string{"抄", "送", "报", "報", "单", "單", "附", "件", "相", "關", " ", "　", "：", ":", "x"}
	skipped := 0
	strgen.Walk(pieces, 4, func(s string) {
		first, _ := script.DecodeRune(s)
		fold := script.SimplifiedRune(first)
		for _, l := range labels {
			if !opens(l, first, fold) {
				skipped++
				_, ok := spacedPrefix(s, l)
				require.False(t, ok, "%q skipped for %q", l, s)
			}
		}
	})
	require.Greater(t, skipped, 1000)
}

func TestLabelClosing(t *testing.T) {
	for open, want := range map[rune]rune{'【': '】', '［': '］', '[': ']', '〖': '〗', '（': 0, '《': 0, '甲': 0} {
		assert.Equal(t, want, labelClosing(open), string(open))
	}
}

// MayOpenBox turns away only lines that no box reader takes, and
// boxLine tries a bracketed label only at a rune labelClosing knows:
// walked over label runes in both scripts, brackets, spaces and colons.
func TestMayOpenBoxProvesBoxReaders(t *testing.T) {
	pieces := []string{"索引号", "發文", "文号", "分类", "成文日期", "【", "】", "［", "[", "〖", " ", "\t", "：", "某", "x"}
	turned := 0
	strgen.Walk(pieces, 4, func(s string) {
		if k, _ := bracketLabelAt(s); k != BoxNone {
			first, _ := script.DecodeRune(s)
			require.NotZero(t, labelClosing(first), s)
		}
		if MayOpenBox(s) {
			return
		}
		turned++
		require.Nil(t, BoxLine(s), s)
		require.Nil(t, BoxLineAfter(s), s)
		require.Nil(t, BoxLineGlued(s), s)
	})
	require.Greater(t, turned, 1000)
}
