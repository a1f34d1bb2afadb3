package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// firstItemUnits parses text and returns the units of its first item as
// name:role, and the number of items of the first task.
func firstItemUnits(t *testing.T, text string) (units []string, items int) {
	t.Helper()
	doc, err := Text(text)
	require.NoError(t, err)
	require.NotNil(t, doc.Plan)
	require.NotEmpty(t, doc.Plan.Goals)
	require.NotEmpty(t, doc.Plan.Goals[0].Tasks)
	task := doc.Plan.Goals[0].Tasks[0]
	require.NotEmpty(t, task.Items)
	for _, u := range task.Items[0].Units {
		units = append(units, u.Name+":"+string(u.Role))
	}
	return units, len(task.Items)
}

// TestFieldAfterUnitListNamesNoUnit requires a field that follows a unit
// list after a comma in the same bracket — （负责部门：A、B，适用范围：C） —
// to end the list: its value (a zone, a region) is no unit, whatever the
// field is called, the label, the colons, the bracket width, the script,
// and whether more text follows the field's value.
func TestFieldAfterUnitListNamesNoUnit(t *testing.T) {
	fields := []string{"适用范围", "试点地区", "实施区域", "覆盖范围"}
	values := []string{"城东开发区", "临港新区和北岸园区", "全部试点园区，以下未另行标注的同此"}
	lists := []string{"负责部门：%s", "责任单位：%s", "%s负责"}
	brackets := [][2]string{{"（", "）"}, {"(", ")"}}
	for _, field := range fields {
		for _, value := range values {
			for _, l := range lists {
				for _, br := range brackets {
					for _, colon := range []string{"：", ":"} {
						for _, trad := range []bool{false, true} {
							clause := fmt.Sprintf(l, "县商务局、县税务局") + "，" + field + colon + value
							text := "一、优化营商环境\n（一）简化审批流程。推行一窗受理，压缩办理时限。" + br[0] + clause + br[1] +
								"\n（二）加强事后监管。建立信用档案。" + br[0] + "县市场监管局负责" + br[1] + "\n"
							want := []string{"县商务局:responsible", "县税务局:responsible"}
							if trad {
								text = toTraditional(text)
								for i := range want {
									want[i] = toTraditional(want[i])
								}
							}
							name := fmt.Sprintf("%s/%s/%s/%s%s/%v", field, value, l, br[0], colon, trad)
							t.Run(name, func(t *testing.T) {
								got, items := firstItemUnits(t, text)
								assert.Equal(t, want, got)
								assert.Equal(t, 1, items)
							})
						}
					}
				}
			}
		}
	}
	t.Run("a unit label after the comma still names units", func(t *testing.T) {
		got, _ := firstItemUnits(t, "一、优化营商环境\n（一）简化审批流程。推行一窗受理。（牵头单位：县商务局，配合单位：县税务局）\n")
		assert.Equal(t, []string{"县商务局:lead", "县税务局:cooperate"}, got)
	})
}

// TestLevelWordBeforeConjunctionIsNoUnit requires a unit whose name opens
// with the level word 中央 joined by a conjunction (中央和国家机关…,
// 中央与地方…) to stay one unit: 中央 alone names a level, not a body, so
// the conjunction does not separate two units; a body ending in 中央
// (共青团中央) still does. Every position in the list, conjunction, verb
// and script.
func TestLevelWordBeforeConjunctionIsNoUnit(t *testing.T) {
	joined := []string{"中央和国家机关联络组", "中央和地方共建协调办", "中央与地方合作中心", "中央及省级驻地机构联络处"}
	for _, name := range joined {
		for _, pos := range []string{"alone", "first", "middle", "last"} {
			for _, verb := range []string{"负责", "按职责分工负责", "等负责"} {
				for _, trad := range []bool{false, true} {
					var list []string
					switch pos {
					case "alone":
						list = []string{name}
					case "first":
						list = []string{name, "县农业农村局"}
					case "middle":
						list = []string{"县文旅局", name, "县农业农村局"}
					case "last":
						list = []string{"县文旅局", name}
					}
					want := make([]string, len(list))
					for i, u := range list {
						want[i] = u + ":responsible"
					}
					if verb == "等负责" {
						want[len(want)-1] = list[len(list)-1] + "等:responsible"
					}
					text := "一、拓宽销售渠道\n（一）组织产销对接。定期举办展销活动，扩大特色产品销量。（" + strings.Join(list, "、") + verb + "）\n"
					if trad {
						text = toTraditional(text)
						for i := range want {
							want[i] = toTraditional(want[i])
						}
					}
					t.Run(fmt.Sprintf("%s/%s/%s/%v", name, pos, verb, trad), func(t *testing.T) {
						got, _ := firstItemUnits(t, text)
						assert.Equal(t, want, got)
					})
				}
			}
		}
	}
	t.Run("a body ending in 中央 is still one side of 和", func(t *testing.T) {
		got, _ := firstItemUnits(t, "一、拓宽销售渠道\n（一）组织产销对接。定期举办展销活动。（共青团中央和县妇联负责）\n")
		assert.Equal(t, []string{"共青团中央:responsible", "县妇联:responsible"}, got)
	})
}
