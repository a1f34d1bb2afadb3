package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

// refTextScript is the script and encoding warning Text gave before
// script.Survey: validate the whole text, replace what is invalid, then
// read the first 64 KiB of the result again with IsTraditional.
func refTextScript(s string) (model.Script, bool) {
	valid := utf8.ValidString(s)
	if !valid {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if segment.IsTraditional(s[:min(len(s), 64<<10)]) {
		return model.ScriptTraditional, !valid
	}
	return model.ScriptSimplified, !valid
}

// textScript parses s with Text and returns its script and whether it
// warned of invalid UTF-8.
func textScript(t *testing.T, s string) (model.Script, bool) {
	t.Helper()
	doc, err := Text(s)
	require.NoError(t, err)
	warned := false
	for _, w := range doc.Warnings {
		warned = warned || w.Code == model.WarnEncoding
	}
	return doc.Source.Script, warned
}

func TestTextScript(t *testing.T) {
	const title = "关于印发工作要点的通知\n"
	pad := title + strings.Repeat("a", scriptWindow-len(title))
	tests := []struct {
		name   string
		s      string
		script model.Script
		warned bool
	}{
		{"simplified", title + "各单位：现将政务公开工作要点印发给你们。", model.ScriptSimplified, false},
		{"traditional", "關於印發工作要點的通知\n各單位：現將政務公開工作要點印發給你們。", model.ScriptTraditional, false},
		{"two traditional characters", title + "各單位：现将要點印发给你们。", model.ScriptSimplified, false},
		{"traditional and invalid", "關於印發工作要點的通知\xff\n", model.ScriptTraditional, true},
		{"simplified and invalid", title + "\xe4\xb8", model.ScriptSimplified, true},
		{"traditional after the window", pad + "關於印發工作要點", model.ScriptSimplified, false},
		{"traditional cut by the window", pad[:len(pad)-7] + "關於印發", model.ScriptSimplified, false},
		{"traditional ending at the window", pad[:len(pad)-9] + "關於發", model.ScriptTraditional, false},
		{"invalid after the window", pad + "國\xff", model.ScriptSimplified, true},
		// U+FFFD replaces the invalid byte with three: the window ends
		// two bytes earlier in the replaced text, which is the one read.
		{"invalid before the window", title + "\xff" + pad[len(title)+1:len(pad)-9] + "關於發", model.ScriptSimplified, true},
		{"invalid before the window, traditional inside", title + "\xff" + pad[len(title)+3:len(pad)-9] + "關於發", model.ScriptTraditional, true},
	}
	for _, tt := range tests {
		script, warned := textScript(t, tt.s)
		assert.Equal(t, tt.script, script, tt.name)
		assert.Equal(t, tt.warned, warned, tt.name)
		rs, rw := refTextScript(tt.s)
		assert.Equal(t, rs, script, tt.name)
		assert.Equal(t, rw, warned, tt.name)
	}
}

// TestTextScriptMatchesReference compares Text's one read with the two
// it replaced on random mixtures of simplified, traditional, ASCII and
// invalid bytes, short and around the 64 KiB window.
func TestTextScriptMatchesReference(t *testing.T) {
	pieces := []string{"发", "發", "号", "號", "政務", "公开", "通知", "a", "\n", "。", "（", "𠁞", "\uFFFD",
		"\xe4\xb8", "\xff", "\xed\xa0\x80", "國", "国"}
	rng := rand.New(rand.NewPCG(7, 8))
	mix := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	const title = "关于印发工作要点的通知\n"
	for i := range 400 {
		s := title + mix(rng.IntN(60))
		if i%20 == 0 { // end the head anywhere near the window
			s = title + strings.Repeat("一", (scriptWindow-len(title))/3-rng.IntN(8)) + mix(rng.IntN(12))
		}
		script, warned := textScript(t, s)
		rs, rw := refTextScript(s)
		assert.Equal(t, rs, script, "%q", s[max(0, len(s)-80):])
		assert.Equal(t, rw, warned, "%q", s[max(0, len(s)-80):])
	}
}
