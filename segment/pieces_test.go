package segment

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPiecesCountAsCut: the words read off the document's cut for a piece
// of it placed by its offset are the words of the piece cut on its own —
// for pieces starting and ending anywhere, in simplified and traditional
// text, with pinyin glosses and domain terms with other characters, in the
// second of the document's texts, and for a copy as for a slice — a piece
// whose offset is wrong is cut afresh, and DocumentKeywords gives the tasks
// what KeywordsEach gives them from the texts alone.
func TestPiecesCountAsCut(t *testing.T) {
	texts := seeds(t)
	texts["mixed"] = "深化放管服改革，推行“双随机、一公开”监管。加快推进互联网+政务服务，优化營商環(huán)境，推進政(zhèng)務(wù)公開。" +
		"开通12345热线，规范PPP项目信息公开，回覆群众诉求，推进政务APP建设。\n（一）加强政策解读。"
	const head = "关于印发工作要点的通知\n" // the document's first text; the offsets of the second count from it
	rng := rand.New(rand.NewSource(3))
	s := Default()
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			var starts []int // rune boundaries
			for i := range text {
				starts = append(starts, i)
			}
			starts = append(starts, len(text))
			cache := newDocCache()
			defer cache.release()
			cache.recording = true
			s.collect(unplaced([]string{head, text}), cache, nil)
			cache.recording = false
			found := 0
			var (
				parts  [][]Piece
				copies [][]string
			)
			for range 400 {
				a := starts[rng.Intn(len(starts))]
				b := starts[rng.Intn(len(starts))]
				if rng.Intn(2) == 0 { // a line, whose ends cut no word
					a = strings.LastIndexByte(text[:a], '\n') + 1
					if k := strings.IndexByte(text[a:], '\n'); k >= 0 {
						b = a + k
					}
				}
				a, b = min(a, b), max(a, b)
				piece := text[a:b]
				var want []word
				s.scan(strings.Clone(piece), cache, func(t Token, id int32) { want = append(want, word{t.Text, id}) }, nil)
				known, ok := cache.piece(Piece{piece, len(head) + a})
				if ok {
					found++
					require.Equal(t, want, known, "%d:%d %q", a, b, piece)
				}
				copied, okCopy := cache.piece(Piece{strings.Clone(piece), len(head) + a})
				require.Equal(t, ok, okCopy, "a copy is placed as the slice is")
				require.Equal(t, known, copied)
				if wrong := len(head) + b; piece != "" && !strings.HasPrefix((head + text)[wrong:], piece) {
					_, ok := cache.piece(Piece{piece, wrong})
					require.False(t, ok, "%q placed at %d", piece, wrong)
				}
				parts = append(parts, []Piece{{piece, len(head) + a}, {text[b:], len(head) + b + 1}})
				copies = append(copies, []string{strings.Clone(piece), strings.Clone(text[b:])})
			}
			assert.Greater(t, found, 100, "pieces read off the cut")
			_, each := s.DocumentKeywords(5, []string{head, text}, parts)
			assert.Equal(t, s.KeywordsEach(5, copies...), each)
		})
	}
}
