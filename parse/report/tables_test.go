package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestTableRenderings reads template tables in renderings written for the
// test and checks the stats' labels and values.
func TestTableRenderings(t *testing.T) {
	type stat struct {
		label string
		value float64
	}
	tests := []struct {
		name string
		text string
		want []stat // the first stats, in order
	}{
		{
			name: "pipe rows with trailing empty cells and header cells cut short",
			text: "第二十条第(一)项 | |||\n信息内容 | 本年新 | 本年新 | 对外公开总数量 | |\n规章 | 1 | 2 | 3 | |\n规范性文件 | 4 | 5 | 9 | |\n",
			want: []stat{{"规章 / 本年新", 1}, {"规章 / 本年新", 2}, {"规章 / 对外公开总数量", 3},
				{"规范性文件 / 本年新", 4}, {"规范性文件 / 本年新", 5}, {"规范性文件 / 对外公开总数量", 9}},
		},
		{
			name: "a cut header is read only where its cell ends",
			text: "第二十条第(一)项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 7 | 6 | 30\n",
			want: []stat{{"规章 / 本年新制作数量", 7}, {"规章 / 本年新公开数量", 6}, {"规章 / 对外公开总数量", 30}},
		},
		{
			name: "table 3's two-row header one cell per line, row labels with 一、/二、",
			text: "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n" +
				"商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n" +
				"一、本年新收政府信息公开申请数量\n6\n1\n0\n0\n1\n0\n8\n" +
				"二、上年结转政府信息公开申请数量\n1\n0\n0\n0\n0\n0\n1\n",
			want: []stat{
				{"一、本年新收政府信息公开申请数量 / 自然人", 6},
				{"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 商业企业", 1},
				{"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 科研机构", 0},
				{"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 社会公益组织", 0},
				{"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 法律服务机构", 1},
				{"一、本年新收政府信息公开申请数量 / 法人或其他组织 / 其他", 0},
				{"一、本年新收政府信息公开申请数量 / 总计", 8},
				{"二、上年结转政府信息公开申请数量 / 自然人", 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, _ := Build(source.New(tt.text), "")
			var got []stat
			for _, s := range rep.Stats {
				got = append(got, stat{s.Label, s.Value})
			}
			if len(got) > len(tt.want) {
				got = got[:len(tt.want)]
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
