package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/parse/internal/source"
)

// TestEnumeratorOpensNoLabel reads counts in a list of 一是…；二是… clauses,
// in every enumerator, separator after it, clause separator, channel and
// digit width: the enumerator is dropped like a subject, and what follows
// it is read as at a clause start (the channel dropped, the verb kept).
func TestEnumeratorOpensNoLabel(t *testing.T) {
	enumerators := [][2]string{{"一是", "二是"}, {"其一是", "其二是"}, {"三是，", "四是，"}, {"十是", "十一是"}}
	channels := []string{"通过区政府门户网站", "在县政府网站", "依托政务微信公众号", ""}
	seps := []string{"；", "。", "，"}
	digits := map[string]func(string) string{
		"ascii": func(s string) string { return s },
		"full-width": func(s string) string {
			return strings.NewReplacer("1", "１", "6", "６", "2", "２", "8", "８").Replace(s)
		},
	}
	for _, e := range enumerators {
		for _, ch := range channels {
			for _, sep := range seps {
				for dn, d := range digits {
					text := d(fmt.Sprintf("全年工作情况如下：%s%s公开信息1620条%s%s印发《政务简报》12期。", e[0], ch, sep, e[1]))
					t.Run(dn+"/"+text, func(t *testing.T) {
						rep, _ := Build(source.New(text), "")
						var got []string
						for _, s := range rep.Stats {
							got = append(got, fmt.Sprintf("%s=%g%s", s.Label, s.Value, s.Unit))
						}
						assert.Equal(t, []string{"公开信息=1620条", "印发《政务简报》=12期"}, got)
					})
				}
			}
		}
	}
}

// TestFormBeforeVerbIsMeansOnlyAfterPreposition reads 等…形式/方式/途径 before
// a verb: opened by a preposition it is the means, dropped; without one it
// names the kind of what is counted (其中图解、视频等多种形式解读19篇), kept.
func TestFormBeforeVerbIsMeansOnlyAfterPreposition(t *testing.T) {
	for _, w := range []string{"形式", "方式", "途径", "渠道"} {
		for _, mod := range []string{"图解、视频等多种", "图表、动漫等", "H5、短视频等新"} {
			for _, prep := range []string{"通过", "以", "采取", "运用"} {
				for _, sep := range []string{"", "其中"} {
					means := fmt.Sprintf("发布政策文件48篇，%s%s%s%s解读19篇。", sep, prep, mod, w)
					kind := fmt.Sprintf("发布政策文件48篇，%s%s%s解读19篇。", sep, mod, w)
					for text, want := range map[string]string{means: "解读", kind: mod + w + "解读"} {
						t.Run(text, func(t *testing.T) {
							rep, _ := Build(source.New(text), "")
							var got []string
							for _, s := range rep.Stats {
								got = append(got, s.Label)
							}
							assert.Equal(t, []string{"发布政策文件", want}, got)
						})
					}
				}
			}
		}
	}
}
