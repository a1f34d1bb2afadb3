package org

import "strings"

// posts are the official posts a notice names people by, in simplified
// script: the heads of governments and bodies (市长, 局长, 秘书长), of
// Party committees (书记, 常委), of offices (主任) and the ranks of
// officials without a post of their own (巡视员, 调研员). IsLeader finds
// one inside a name, the label reader ends a person's label with one
// (分管副市长：) and the quality checks end a leader's cell with one.
var posts = []string{
	"秘书长", "市长", "县长", "区长", "镇长", "乡长", "州长", "省长", "旗长", "盟长",
	"书记", "主任", "局长", "厅长", "院长", "校长", "部长", "主席", "处长", "科长", "所长", "站长",
	"常委", "委员", "专员", "巡视员", "调研员",
}

// personWords name a person by a duty rather than a post: 负责人, 联系人,
// 领导 (牵头领导), 同志 (王立新同志).
var personWords = []string{"负责人", "责任人", "联系人", "领导", "同志"}

// personEnds are posts and personWords: what may end the words naming a
// person.
var personEnds = append(append([]string(nil), posts...), personWords...)

// EndsInPost reports whether s, in simplified script, ends in an official
// post or a word naming a person by duty (副市长, 党组书记, 牵头负责领导,
// 项目负责人): the end of a person's label or of a leader's post.
func EndsInPost(s string) bool {
	for _, e := range personEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// NamedPost reports whether s, in simplified script, is a person's name
// and the post after it (马万祺副主席, 王立新常务副市长): one person,
// addressed or named, where a label names a post alone (分管副市长：).
func NamedPost(s string) bool {
	for _, e := range posts {
		if head, ok := strings.CutSuffix(s, e); ok {
			return isPersonName(trimQualifierSuffix(trimSpace(head)))
		}
	}
	return false
}
