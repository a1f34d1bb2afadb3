package org

import (
	"strings"

	"github.com/zwgk/gongwen/segment"
)

// leaderQualifiers stand before a post: 常务副市长, 分管副县长, 执行副主任.
var leaderQualifiers = []string{"常务", "分管", "执行", "第一", "副"}

// IsLeader reports whether s, in either script, names a leader by post,
// with or without a person's name before or after it (副市长, 常务副市长
// 王立新, 王立新副市长, 分管副县长): a person, whom a plan may name beside
// the units (王立新副市长牵头，市发改委负责), never a unit.
func IsLeader(s string) bool { return isLeader(segment.ToSimplified(trimSpace(s))) }

// isLeader is IsLeader on simplified text: a post, the qualifiers before
// it, a person's name or the leader's body before them (党委书记, 学院院长),
// and a person's name after the post unless one stands before it.
func isLeader(s string) bool {
	for _, post := range personEnds {
		k := strings.Index(s, post)
		if k < 0 {
			continue
		}
		head := trimQualifierSuffix(trimSpace(s[:k]))
		after := trimSpace(s[k+len(post):])
		person := head != "" && isPersonName(head)
		switch {
		case head != "" && !person && ending(head) == "":
			return false // 市长热线: no body or name before the post
		case after == "":
			return true
		}
		return !person && isPersonName(after)
	}
	return false
}

// trimQualifierSuffix returns s without the leaderQualifiers that end it
// (王立新常务副 → 王立新, 党委副 → 党委).
func trimQualifierSuffix(s string) string {
	for i := range s {
		if isPostQualifiers(s[i:]) {
			return trimSpace(s[:i])
		}
	}
	return s
}

// isPostQualifiers reports whether s is only leaderQualifiers, and
// perhaps the level of government before them (市, 县, 区): 常务副, 分管副,
// 市委常委、副 is not among them.
func isPostQualifiers(s string) bool {
	for s != "" {
		found := false
		for _, q := range leaderQualifiers {
			if rest, ok := strings.CutPrefix(s, q); ok {
				s, found = trimSpace(rest), true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
