package segment

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDomainTermsStayWhole(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"加强政务公开工作", []string{"政务公开"}},
		{"深化放管服改革，推进简政放权", []string{"放管服改革", "简政放权"}},
		{"全面推行“双随机、一公开”监管", []string{"双随机、一公开"}},
		{"推行双随机一公开监管", []string{"双随机一公开"}},
		{"加快推进互联网+政务服务，推动一网通办", []string{"互联网+政务服务", "一网通办"}},
		{"推进互联网＋政务服务", []string{"互联网＋政务服务"}},
		{"做好营改增政策解读", []string{"营改增", "政策解读"}},
		{"推行不见面审批", []string{"不见面审批"}},
		{"推进决策、执行、管理、服务、结果公开（以下统称“五公开”）", []string{"五公开", "结果公开"}},
		{"规范依申请公开工作", []string{"依申请公开"}},
		{"做好政府信息公开工作年度报告", []string{"政府信息公开工作年度报告"}},
		{"市政府办公室2019年政府信息公开工作", []string{"市政府办公室", "政府信息公开"}},
		{"加強政務公開，做好政策解讀", []string{"政務公開", "政策解讀"}},
		{"推進“雙隨機、一公開”監管", []string{"雙隨機、一公開"}},
		{"優化營商環(huán)境，推進政(zhèng)務(wù)公開", []string{"優化營商環境", "政務公開"}},
		{"政府和社会资本合作(PPP)", []string{"政府和社会资本合作", "PPP"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			words := Default().Cut(tt.text)
			for _, w := range tt.want {
				assert.Contains(t, words, w, "cut: %v", words)
			}
		})
	}
}

// A digit or Latin letter in a line must not change how the Han text
// before it is cut (gse's jieba-style modes fall back to greedy matching).
func TestDigitsDoNotChangeCut(t *testing.T) {
	for _, pair := range [][2]string{
		{"市政府办公室关于印发青川市政务公开工作要点", "市政府办公室关于印发青川市2019年政务公开工作要点"},
		{"市政府办公室制定实施方案", "市政府办公室制定A实施方案"},
	} {
		a, b := Default().Cut(pair[0]), Default().Cut(pair[1])
		b = slices.DeleteFunc(b, func(s string) bool { return s == "年" })
		assert.Equal(t, a, b)
		assert.Equal(t, "市政府办公室", a[0])
	}
}

func TestTokensSpansPointAtInput(t *testing.T) {
	texts := []string{"", "abc 123", "（一）", "海門市「政務公開」ABC互聯網+政務服務123", "\uFFFD政务\x00公开",
		"優化營商環(huán)境(PPP)發(fā)(fā)", "(a)政(zhèng)務(wù)公(gōng)開(kāi)"}
	for _, s := range seeds(t) {
		texts = append(texts, s)
	}
	for _, text := range texts {
		prev := 0
		for _, tok := range Default().Tokens(text) {
			require.GreaterOrEqual(t, tok.Start, prev)
			require.Equal(t, tok.Text, stripGlosses(text[tok.Start:tok.End]))
			require.NotContains(t, tok.Text, "(")
			require.Equal(t, utf8.RuneCountInString(tok.Text), utf8.RuneCountInString(tok.Norm))
			prev = tok.End
		}
	}
}

func TestSegmenterConcurrent(t *testing.T) {
	docs := seeds(t)
	want := map[string]string{}
	for name, s := range docs {
		want[name] = strings.Join(Default().Cut(s), " ")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for range 8 {
		wg.Go(func() {
			for name, s := range docs {
				if got := strings.Join(Default().Cut(s), " "); got != want[name] {
					errs <- name
				}
				Default().Keywords(10, s)
				Default().TextRank(10, s)
			}
		})
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s cut differently under concurrency", name)
	}
}

func TestDomainDictionarySize(t *testing.T) {
	terms := map[string]bool{}
	for _, w := range dataWords(termsData) {
		terms[w] = true
	}
	assert.GreaterOrEqual(t, len(terms), 300)
	// Every Han term is in the compiled table as a domain word, so the
	// table was regenerated after the list changed.
	s := Default()
	for w := range terms {
		if !allHan(w) {
			continue
		}
		toks := s.Tokens(w)
		if assert.Len(t, toks, 1, "%s is not one word: go generate ./segment", w) {
			assert.NotZero(t, toks[0].value&domainFlag(), w)
		}
	}
}

// TestStopWordsNeverKeywords: every stop word is flagged in the compiled
// table (so it was regenerated after data/stop.txt changed) and never
// comes out as a keyword.
func TestStopWordsNeverKeywords(t *testing.T) {
	stopData, err := os.ReadFile("data/stop.txt")
	require.NoError(t, err)
	stops := dataWords(string(stopData))
	require.Greater(t, len(stops), 300)
	for _, w := range stops {
		if !allHan(w) || len([]rune(w)) < 2 {
			continue
		}
		for _, k := range Default().Keywords(3, w+"。"+w) {
			assert.NotEqual(t, w, k.Term, "stop word %s is a keyword: go generate ./segment", w)
		}
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("青川市近期政務公開工作要點")
	f.Add("推进“双随机、一公开”和互联网+政务服务2019")
	f.Add("\xff\xfe政务")
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tok := range Default().Tokens(s) {
			if tok.Start < end || tok.End > len(s) || stripGlosses(s[tok.Start:tok.End]) != tok.Text || tok.Text == "" {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			end = tok.End
		}
		Default().Keywords(5, s)
		Default().TextRank(5, s)
	})
}
