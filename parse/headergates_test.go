package parse

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/parse/internal/strgen"
)

// TestSentenceInCoreGate proves sentenceInCore, the test that turns a
// paragraph away before its title core is read: whenever it says the core
// holds a 。, titleCore's result holds one, whatever wrappings (a 发文字号,
// a label, a column name in 【】, 《》) stand around or before it.
func TestSentenceInCoreGate(t *testing.T) {
	pieces := []string{"。", "【", "】", "标题：", "某政发〔2023〕1号", "关于", " ", "《", "》", "的通知", "第一篇："}
	said := 0
	strgen.Walk(pieces, 4, func(s string) {
		if s == "" || !sentenceInCore(s) {
			return
		}
		said++
		core := titleCore(source.New(s).Lines()[0])
		require.True(t, source.ContainsRune(core.S, '。'), "%q: core %q", s, core.S)
	})
	require.Greater(t, said, 1000) // the walk reaches the gate's true side
}
