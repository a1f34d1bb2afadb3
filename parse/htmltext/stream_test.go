package htmltext

import (
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zwgk/gongwen/parse/textenc"
)

// sameAsTree extracts page both ways and fails when the streaming
// extractor, where it does not leave the page to the tree, differs from
// the tree's. It reports whether the page was streamed.
func sameAsTree(t *testing.T, name, page string) bool {
	t.Helper()
	want, wantErr := extractTree(strings.NewReader(page), nil)
	got, err := extractStream(func() io.Reader { return strings.NewReader(page) }, nil)
	if errors.Is(err, errUnsupported) {
		return false
	}
	require.NoError(t, err, name)
	require.NoError(t, wantErr, name)
	if want != got {
		t.Errorf("%s: streaming extraction differs from the tree's\n--- page\n%s\n--- tree\n%s\n--- stream\n%s", name, clip(page), want, got)
	}
	return true
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

// pagesIn reads the saved pages under dir (decoded to UTF-8; web
// archives give up their page).
func pagesIn(t *testing.T, dir string) map[string]string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.htm*"))
	mhts, _ := filepath.Glob(filepath.Join(dir, "*.mht"))
	pages := map[string]string{}
	for _, p := range append(paths, mhts...) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		charset := ""
		if strings.HasSuffix(p, ".mht") {
			data, charset, err = MHTMLPage(data)
			require.NoError(t, err, p)
		}
		if charset == "" {
			charset = MetaCharset(data)
		}
		enc, ok := textenc.Canonical(charset)
		if !ok {
			enc = textenc.Detect(data)
		}
		res, err := textenc.Decode(data, enc, true)
		require.NoError(t, err, p)
		pages[p] = res.Text
	}
	return pages
}

func TestStreamMatchesTreeOnPages(t *testing.T) {
	dirs := []string{"../../testdata/inputs/html", "../../testdata/inputs/body"}
	for _, d := range []string{"../../../shared/portal-pages", os.Getenv("GONGWEN_SHARED") + "/portal-pages"} {
		if _, err := os.Stat(d); err == nil && !strings.HasPrefix(d, "/portal") {
			dirs = append(dirs, d)
			break
		}
	}
	total, streamed := 0, 0
	for _, d := range dirs {
		for name, page := range pagesIn(t, d) {
			total++
			if sameAsTree(t, name, page) {
				streamed++
			} else {
				t.Logf("%s: left to the tree", name)
			}
		}
	}
	t.Logf("%d of %d pages streamed", streamed, total)
	assert.Greater(t, streamed, 0)
}

// hostile writes a random page of unclosed and misnested tags, nested
// tables, lists, scripts, comments, entities and hidden or furniture
// elements, from a fixed seed.
func hostile(r *rand.Rand) string {
	starts := []string{
		"<p>", "<div>", "<span>", "<a href=x>", "<b>", "<i>", "<font color=red>", "<table>", "<tr>", "<td>",
		"<th>", "<tbody>", "<thead>", "<caption>", "<ul>", "<ol>", `<ol start="3" type="a">`, "<li>",
		`<li value="7">`, "<h1>", "<h2>", `<div class="title">`, "<pre>", "<br>", "<br/>", "<hr>", "<form>",
		"<select><option>选项</option></select>", "<center>", "<section>", "<article>", "<header>",
		"<footer>", "<nav>", `<div class="nav-main">`, `<div id="footer">`, `<span class="info">`,
		`<p style="display: none">`, "<p hidden>", `<div aria-hidden="true">`, "<marquee>", "<img src=a.png>",
		`<input type="hidden">`, "<input>", `<td rowspan="2">`, `<td colspan="3">`, `<td rowspan="0">`,
		"<dl><dt>", "<dd>", "<blockquote>", "<table><tr><td>", "<tr><td>", "<textarea>\n文本</textarea>",
		"<title>标题</title>", "<noscript>无脚本</noscript>", "<iframe>框</iframe>", "<button>按钮",
		"<em>", "<strong>", "<u>", "<small>", "<listing>", "<xmp><b>x</b></xmp>", "<col>", "<colgroup>",
		"<h3 class=bt>", "<main>", "<address>", "<object>", "<ruby>字<rt>zi</rt></ruby>", "<custom-tag>",
		"<body>", "<html>", "<head>", "<meta charset=utf-8>", "<p><table>",
	}
	// Markup the replay leaves to the tree, now and then.
	rare := []string{"<svg><p>图</p></svg>", "<template><p>模板</p></template>", "<frameset>", "<nobr>",
		"<plaintext>", `<body class="x">`}
	ends := []string{
		"</p>", "</div>", "</span>", "</a>", "</b>", "</i>", "</font>", "</table>", "</tr>", "</td>", "</th>",
		"</tbody>", "</caption>", "</ul>", "</ol>", "</li>", "</h1>", "</h2>", "</pre>", "</form>", "</center>",
		"</section>", "</article>", "</header>", "</br>", "</marquee>", "</dl>", "</dd>", "</body>", "</html>",
		"</custom-tag>", "</em>", "</button>", "</h3>", "</select>", "</head>", "</object>",
	}
	texts := []string{
		"一、总体要求", "（一）完善机制。", "各区人民政府：", "索引号：", "014000/2017-001", "发文字号：",
		"成文日期：", "2024年3月1日", "  ", "\n", "\n\n  ", "\t", "&nbsp;", "&amp;", "&lt;div&gt;", "&#x4e00;",
		"&copy;", "English words", "牵头单位\t配合单位", "<!-- <p>注释</p> -->", "<script>var s='</div>';</script>",
		"<style>p{x:1}</style>", "\u3000\u3000正文", "a\x00b", "首页", "当前位置", "、", "。", "\r\n行", "<![CDATA[x]]>", "<?xml x?>",
	}
	var b strings.Builder
	switch r.IntN(4) {
	case 0:
		b.WriteString("<!DOCTYPE html>")
	case 1:
		b.WriteString(`<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">`)
	case 2:
		b.WriteString("<html><head><title>页面</title></head><body>")
	}
	for n := 10 + r.IntN(60); n > 0; n-- {
		switch k := r.IntN(100); {
		case k == 0:
			b.WriteString(rare[r.IntN(len(rare))])
		case k < 40:
			b.WriteString(starts[r.IntN(len(starts))])
		case k < 60:
			b.WriteString(ends[r.IntN(len(ends))])
		default:
			b.WriteString(texts[r.IntN(len(texts))])
		}
	}
	return b.String()
}

func TestStreamMatchesTreeOnHostileMarkup(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2026))
	const n = 5000
	streamed := 0
	for range n {
		page := hostile(r)
		if sameAsTree(t, "hostile page", page) {
			streamed++
		}
		if t.Failed() {
			break
		}
	}
	t.Logf("%d of %d hostile pages streamed", streamed, n)
	assert.Greater(t, streamed, n/4, "too few pages streamed for the comparison to mean much")
}

// FuzzStreamMatchesTree compares the extractors on arbitrary pages,
// seeded with generated hostile ones.
func FuzzStreamMatchesTree(f *testing.F) {
	r := rand.New(rand.NewPCG(9704, 14))
	for range 50 {
		f.Add(hostile(r))
	}
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return // the caller decodes pages to UTF-8 first
		}
		sameAsTree(t, "fuzzed page", page)
	})
}
