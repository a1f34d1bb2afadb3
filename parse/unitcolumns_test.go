package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
)

// TestUnitColumnsWithoutHeader: a table whose header row is lost and whose
// rows name units in two cells reads every unit as responsible — the
// 牵头/配合 of its columns went with the header — and goes to review; the
// same rows under their header, or with one unit cell, do not, in both
// scripts and with tab or pipe cells.
func TestUnitColumnsWithoutHeader(t *testing.T) {
	header := "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
	two := "1\t压缩企业开办时间，推行一窗受理。\t市市场监管局\t市公安局、市税务局\t2024年6月底前\n" +
		"2\t推进不动产登记缴税一窗办理。\t市自然资源局\t市税务局\t2024年9月底前\n" +
		"3\t公开惠企政策清单并动态更新。\t市发展改革委\t市财政局\t持续推进\n"
	one := "1\t压缩企业开办时间，推行一窗受理。\t市市场监管局\t2024年6月底前\n" +
		"2\t推进不动产登记缴税一窗办理。\t市自然资源局\t2024年9月底前\n" +
		"3\t公开惠企政策清单并动态更新。\t市发展改革委\t持续推进\n"
	pipes := func(s string) string {
		out := []rune{}
		for _, r := range s {
			if r == '\t' {
				out = append(out, []rune(" | ")...)
				continue
			}
			out = append(out, r)
		}
		return string(out)
	}
	for _, sc := range []func(string) string{func(s string) string { return s }, toTraditional} {
		for _, render := range []func(string) string{func(s string) string { return s }, pipes} {
			doc, err := Text(sc(outHead + render(two)))
			require.NoError(t, err)
			assert.True(t, doc.Quality.Review, "two unit cells, no header: %+v", doc.Quality.Reasons)
			assert.Contains(t, reasonCodes(doc), model.ReasonGuessedColumns)

			doc, err = Text(sc(outHead + render(header+two)))
			require.NoError(t, err)
			assert.False(t, doc.Quality.Review, "under the header: %+v", doc.Quality.Reasons)

			doc, err = Text(sc(outHead + render(one)))
			require.NoError(t, err)
			assert.False(t, doc.Quality.Review, "one unit cell: %+v", doc.Quality.Reasons)
		}
	}
}
