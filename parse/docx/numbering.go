package docx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLevels is the number of list levels Word supports.
const maxLevels = 9

// level is one level of a list definition.
type level struct {
	start   int
	format  string // numFmt: decimal, chineseCounting, …
	text    string // lvlText: "%1、", "（%2）", "%1.%2."
	suffix  string // suff: tab (default), space, nothing
	defined bool
}

// numbering holds numbering.xml: abstract list definitions and the list
// instances (w:num) that use them, plus the running counters.
type numbering struct {
	abstract map[string]*[maxLevels]level
	nums     map[string]numDef
	counters map[string]*[maxLevels]int // per abstract list
	started  map[string]bool            // num instances already used
	// links names the list style (w:numStyleLink) an abstract list with
	// no levels of its own stands for; linkStyles resolves it.
	links map[string]string
}

type numDef struct {
	abstract  string
	overrides map[int]level // lvlOverride: startOverride and/or a whole lvl
}

// numRef is a paragraph's reference to a list: numId and level.
type numRef struct {
	numID string
	ilvl  int
	set   bool // numId given (numId 0 removes inherited numbering)
	lvl   bool // ilvl given
}

type xmlLvl struct {
	Ilvl    int       `xml:"ilvl,attr"`
	Start   *valInt   `xml:"start"`
	NumFmt  *valStr   `xml:"numFmt"`
	LvlText *valStr   `xml:"lvlText"`
	Suff    *valStr   `xml:"suff"`
	PPr     *struct{} `xml:"pPr"`
}

type valInt struct {
	Val string `xml:"val,attr"`
}
type valStr struct {
	Val string `xml:"val,attr"`
}

func (l xmlLvl) level() level {
	lv := level{start: 1, format: "decimal", suffix: "tab", defined: true}
	if l.Start != nil {
		if n, err := strconv.Atoi(l.Start.Val); err == nil && n >= 0 && n < 1e6 {
			lv.start = n
		}
	}
	if l.NumFmt != nil {
		lv.format = l.NumFmt.Val
	}
	if l.LvlText != nil {
		lv.text = l.LvlText.Val
	}
	if l.Suff != nil {
		lv.suffix = l.Suff.Val
	}
	return lv
}

// parseNumbering reads numbering.xml.
func parseNumbering(b []byte) (*numbering, error) {
	var doc struct {
		Abstract []struct {
			ID        string   `xml:"abstractNumId,attr"`
			Lvl       []xmlLvl `xml:"lvl"`
			StyleLink *valStr  `xml:"numStyleLink"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string `xml:"numId,attr"`
			Abstract valStr `xml:"abstractNumId"`
			Override []struct {
				Ilvl  int     `xml:"ilvl,attr"`
				Start *valInt `xml:"startOverride"`
				Lvl   *xmlLvl `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := xml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		return nil, err
	}
	n := &numbering{
		abstract: map[string]*[maxLevels]level{},
		nums:     map[string]numDef{},
		counters: map[string]*[maxLevels]int{},
		started:  map[string]bool{},
		links:    map[string]string{},
	}
	for _, a := range doc.Abstract {
		if a.StyleLink != nil && len(a.Lvl) == 0 {
			n.links[a.ID] = a.StyleLink.Val
		}
		var lv [maxLevels]level
		for _, l := range a.Lvl {
			if l.Ilvl >= 0 && l.Ilvl < maxLevels {
				lv[l.Ilvl] = l.level()
			}
		}
		n.abstract[a.ID] = &lv
	}
	for _, d := range doc.Num {
		def := numDef{abstract: d.Abstract.Val, overrides: map[int]level{}}
		for _, o := range d.Override {
			if o.Ilvl < 0 || o.Ilvl >= maxLevels {
				continue
			}
			var lv level
			if o.Lvl != nil {
				lv = o.Lvl.level()
			}
			if o.Start != nil {
				if s, err := strconv.Atoi(o.Start.Val); err == nil && s >= 0 && s < 1e6 {
					lv.start = s
					lv.format = "" // only the start is overridden unless a lvl is given
					if o.Lvl != nil {
						lv.format = o.Lvl.level().format
					}
				}
			}
			def.overrides[o.Ilvl] = lv
		}
		n.nums[d.ID] = def
	}
	return n, nil
}

// linkStyles resolves the abstract lists that only name a list style
// (w:numStyleLink, what Word writes for a list defined as a list style,
// such as a template's 公文标题 list): the style's numPr names a list
// instance, whose abstract list holds the levels (and w:styleLink back).
// The linked list then is that abstract list, counters included, as Word
// numbers every list of one list style as one list. numStyles maps a
// numbering style's id to its numId.
func (n *numbering) linkStyles(numStyles map[string]string) {
	if n == nil {
		return
	}
	for id, style := range n.links {
		def, ok := n.nums[numStyles[style]]
		if !ok || def.abstract == id || n.links[def.abstract] != "" {
			continue
		}
		if _, ok := n.abstract[def.abstract]; ok {
			for num, d := range n.nums {
				if d.abstract == id {
					d.abstract = def.abstract
					n.nums[num] = d
				}
			}
		}
	}
}

// levels returns the effective level definitions of a list instance.
func (n *numbering) levels(numID string) ([maxLevels]level, string, bool) {
	def, ok := n.nums[numID]
	if !ok {
		return [maxLevels]level{}, "", false
	}
	abs, ok := n.abstract[def.abstract]
	if !ok {
		return [maxLevels]level{}, "", false
	}
	lv := *abs
	for i, o := range def.overrides {
		if o.defined {
			lv[i] = o
		} else {
			lv[i].start = o.start
		}
	}
	return lv, def.abstract, true
}

// label advances the counter of the paragraph's list level and returns
// the number as Word shows it, e.g. "（三）". Deeper levels restart.
func (n *numbering) label(ref numRef) string {
	if n == nil || !ref.set || ref.numID == "0" || ref.ilvl < 0 || ref.ilvl >= maxLevels {
		return ""
	}
	lv, abs, ok := n.levels(ref.numID)
	if !ok {
		return ""
	}
	c := n.counters[abs]
	if c == nil {
		c = &[maxLevels]int{}
		n.counters[abs] = c
	}
	if !n.started[ref.numID] {
		n.started[ref.numID] = true
		if def := n.nums[ref.numID]; len(def.overrides) > 0 {
			for i := range def.overrides {
				c[i] = 0 // startOverride restarts the list at this instance
			}
		}
	}
	if c[ref.ilvl] == 0 {
		c[ref.ilvl] = lv[ref.ilvl].start
	} else {
		c[ref.ilvl]++
	}
	for i := ref.ilvl + 1; i < maxLevels; i++ {
		c[i] = 0
	}
	l := lv[ref.ilvl]
	if l.format == "none" || l.format == "bullet" {
		return ""
	}
	var b strings.Builder
	t := l.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			v := c[k]
			if v == 0 {
				v = lv[k].start
			}
			f := lv[k].format
			if k != ref.ilvl && f == "" {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	s := b.String()
	if s == "" {
		return ""
	}
	if l.suffix != "nothing" {
		// Word separates the number by a tab or space; keep one space only
		// after a bare Latin number (1 第一, 1.1 …), never after 一、 or ①.
		if last := s[len(s)-1]; last < utf8.RuneSelf && (unicode.IsLetter(rune(last)) || unicode.IsDigit(rune(last))) {
			s += " "
		}
	}
	return s
}

// formatNumber writes v in a Word number format.
func formatNumber(v int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
		"japaneseCounting", "ideographDigital", "koreanCounting":
		if format == "ideographDigital" {
			return digits(v, "〇一二三四五六七八九")
		}
		return chinese(v, []rune("零一二三四五六七八九"), []rune("十百千万"))
	case "chineseLegalSimplified", "japaneseLegal":
		return chinese(v, []rune("零壹贰叁肆伍陆柒捌玖"), []rune("拾佰仟万"))
	case "ideographLegalTraditional":
		return chinese(v, []rune("零壹貳參肆伍陸柒捌玖"), []rune("拾佰仟萬"))
	case "ideographTraditional":
		return cycle(v, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cycle(v, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune(0x2460 + v - 1))
		}
	case "decimalEnclosedParen":
		if v >= 1 && v <= 20 {
			return string(rune(0x2474 + v - 1))
		}
	case "decimalEnclosedFullstop":
		if v >= 1 && v <= 20 {
			return string(rune(0x2488 + v - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return digits(v, "０１２３４５６７８９")
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "upperLetter", "lowerLetter":
		if v >= 1 {
			s := strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
			if format == "lowerLetter" {
				s = strings.ToLower(s)
			}
			return s
		}
	case "upperRoman", "lowerRoman":
		if v >= 1 && v < 4000 {
			s := roman(v)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(v)
}

func digits(v int, set string) string {
	d := []rune(set)
	var b strings.Builder
	for _, c := range strconv.Itoa(v) {
		if c >= '0' && c <= '9' {
			b.WriteRune(d[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func cycle(v int, set string) string {
	r := []rune(set)
	if v < 1 {
		return strconv.Itoa(v)
	}
	return string(r[(v-1)%len(r)])
}

// chinese writes v (0 ≤ v < 100000000) in Chinese counting: 十一, 二十, 一百零五.
func chinese(v int, d, units []rune) string {
	if v <= 0 || v >= 1e8 {
		return strconv.Itoa(v)
	}
	if v >= 10000 {
		hi, lo := v/10000, v%10000
		s := chinese(hi, d, units) + string(units[3])
		if lo == 0 {
			return s
		}
		if lo < 1000 {
			s += string(d[0])
		}
		return s + chinese(lo, d, units)
	}
	var b []rune
	pos := []int{1000, 100, 10, 1}
	zero := false
	for i, p := range pos {
		k := v / p % 10
		if k == 0 {
			if len(b) > 0 {
				zero = true
			}
			continue
		}
		if zero {
			b = append(b, d[0])
			zero = false
		}
		if !(p == 10 && k == 1 && len(b) == 0) { // 十一, not 一十一
			b = append(b, d[k])
		}
		if i < 3 {
			b = append(b, units[2-i])
		}
	}
	return string(b)
}

func roman(v int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}

// parseStyles reads the numbering that paragraph styles in styles.xml
// carry, resolving basedOn chains, and the list instance each numbering
// (list) style names, for linkStyles.
func parseStyles(b []byte) (map[string]numRef, map[string]string, error) {
	var doc struct {
		Style []struct {
			Type    string  `xml:"type,attr"`
			ID      string  `xml:"styleId,attr"`
			BasedOn *valStr `xml:"basedOn"`
			NumPr   *struct {
				Ilvl  *valInt `xml:"ilvl"`
				NumID *valStr `xml:"numId"`
			} `xml:"pPr>numPr"`
		} `xml:"style"`
	}
	if err := xml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		return nil, nil, err
	}
	own := map[string]numRef{}
	based := map[string]string{}
	lists := map[string]string{}
	for _, s := range doc.Style {
		if s.Type == "numbering" && s.NumPr != nil && s.NumPr.NumID != nil {
			lists[s.ID] = s.NumPr.NumID.Val
		}
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		if s.BasedOn != nil {
			based[s.ID] = s.BasedOn.Val
		}
		if s.NumPr != nil {
			var r numRef
			if s.NumPr.NumID != nil {
				r.numID, r.set = s.NumPr.NumID.Val, true
			}
			if s.NumPr.Ilvl != nil {
				if n, err := strconv.Atoi(s.NumPr.Ilvl.Val); err == nil {
					r.ilvl, r.lvl = n, true
				}
			}
			own[s.ID] = r
		}
	}
	out := map[string]numRef{}
	for id := range based {
		own[id] = resolveStyle(id, own, based)
	}
	for id, r := range own {
		if r.set {
			out[id] = r
		}
	}
	return out, lists, nil
}

// resolveStyle merges a style's numPr with its basedOn ancestors' (at most
// 16 levels, so that a cycle ends).
func resolveStyle(id string, own map[string]numRef, based map[string]string) numRef {
	var r numRef
	for i := 0; i < 16 && id != ""; i++ {
		o := own[id]
		if !r.set && o.set {
			r.numID, r.set = o.numID, true
		}
		if !r.lvl && o.lvl {
			r.ilvl, r.lvl = o.ilvl, true
		}
		id = based[id]
	}
	return r
}
