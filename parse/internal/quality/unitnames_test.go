package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnitNames: the one reader of unit lists, as each recogniser calls
// it — a unit cell's tail (partColon, tailName), a unit clause's names
// (partJoin, clauseName), a deadline's names (no more parts, nil) — and
// the one cutter of a role verb closing a name and of clause words
// around one.
func TestUnitNames(t *testing.T) {
	tests := []struct {
		s     string
		parts unitParts
		name  func(string) (string, bool)
		want  []string
	}{
		{"市财政局、市税务局", 0, nil, []string{"市财政局", "市税务局"}},
		{"市财政局，市税务局；县统计局", 0, nil, []string{"市财政局", "市税务局", "县统计局"}},
		{"市财政局 市税务局\t县统计局", 0, nil, []string{"市财政局", "市税务局", "县统计局"}},
		{"市财政局、2024年底前", 0, nil, nil}, // a date is no organisation's name
		{"、，", 0, nil, nil}, // no name at all
		{"牵头：市财政局", 0, nil, []string{"牵头：市财政局"}}, // the colon parts nothing here
		{"牵头：市财政局", partColon, nil, nil},         // the label is no name
		{"牵头：市财政局", partColon, tailName, []string{"市财政局"}},
		{"县住建局（牵头），县民政局配合", partColon, tailName, []string{"县住建局", "县民政局"}},
		{"主办单位：县人民政府办公室", partColon, tailName, nil}, // a portal footer's label
		{"市财政局和市统计局", 0, nil, []string{"市财政局和市统计局"}},
		{"市财政局和市统计局", partJoin, nil, []string{"市财政局", "市统计局"}},
		{"市财政局与市直各有关", partJoin, clauseName, nil}, // a collective without an ending
		{"市财政局及县推进办", partJoin, clauseName, nil},  // 推进 is a verb
		{"市财政局及县统计局", partJoin, clauseName, []string{"市财政局", "县统计局"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, appendOrgNames(nil, tt.s, tt.parts, tt.name), tt.s)
	}
	for in, want := range map[string]string{
		"市财政局牵头":   "市财政局",
		"市民政局负责落实": "市民政局负责", // one verb only
		"牵头":       "牵头",     // the verb is all of it
		"市财政局":     "市财政局",
	} {
		assert.Equal(t, want, cutRoleVerb(in), in)
	}
	assert.Equal(t, "县发改局", trimWords("县发改局按职责分工分别", clauseLeads, false))
	assert.Equal(t, "分别", trimWords("分别", clauseLeads, false), "nothing left")
	assert.Equal(t, "由县发改局按职责", trimWords("由县发改局按职责等", []string{"等"}, false))
	assert.Equal(t, "县发改局", trimWords("由县发改局按职责等", clauseWords, true))
}
