package pdftext

import (
	"math"
	"reflect"

	"github.com/ledongthuc/pdf"
)

// glyph is one shown character code, positioned in page space (y up).
type glyph struct {
	x, y float64 // origin on the baseline
	w    float64 // advance along x
	size float64 // font size in page space
	s    string  // its text (may be empty, or several runes for a ligature)
	dir  uint8   // writing direction: baseline rotated by dir×90° counter-clockwise
}

// seg is an axis-aligned ruling line: at pos (y for horizontal rules, x
// for vertical ones) from lo to hi.
type seg struct{ pos, lo, hi float64 }

// pageData is what the walker collects from one page.
type pageData struct {
	box    rect
	glyphs []glyph
	hrules []seg
	vrules []seg
	images []rect
}

// Limits on what one page may produce.
const (
	maxGlyphsPerPage = 1 << 20
	maxRulesPerPage  = 1 << 17
	maxPathPoints    = 1 << 16
)

// gstate is the part of the graphics state the walker follows.
type gstate struct {
	ctm                        matrix
	tc, tw, th, tl, rise, size float64
	font                       *font
}

// fontKey identifies a font across pages: its object and the name it is
// used under (a direct font dictionary shares its container's object).
type fontKey struct {
	obj  uint64
	name string
}

// fontCache caches parsed fonts for a whole document, keyed by object, so
// that cairo and Word output reusing resource names such as /f-0-0 for
// different subsets on different pages decodes right.
type fontCache map[fontKey]*font

// walker interprets content streams through pdf.Interpret.
type walker struct {
	lim      Limits
	fonts    fontCache
	byRes    fontCache // by (resource dictionary, name)
	out      *pageData
	budget   int64
	gs       gstate
	stack    []gstate
	overflow int
	tm, tlm  matrix
	forms    int
	err      error

	marked []markedSpan   // open marked-content sequences
	glyphs map[string]int // glyphs shown per predefined CMap name

	path      []pathPoint
	subStart  int
	pathRects []rect
}

// markedSpan is an open marked-content sequence; one with /ActualText
// replaces the text of the glyphs shown inside it (Chromium writes the
// real characters there when a glyph's ToUnicode entry is ambiguous).
type markedSpan struct {
	actual    string
	hasActual bool
	start     int // index of the first glyph shown inside
}

// pathPoint is a point of the current path in page space; move starts a
// subpath and curve marks the end of a curve segment.
type pathPoint struct {
	x, y        float64
	move, curve bool
}

// objID returns the object number and generation of v (0 for a value with
// no enclosing indirect object). The library keeps them unexported; reading
// them through reflection is the only way to detect cycles and cache fonts
// by object.
func objID(v pdf.Value) uint64 {
	rv := reflect.ValueOf(v)
	p := rv.FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct || p.NumField() < 2 {
		return 0
	}
	id, gen := p.Field(0), p.Field(1)
	if id.Kind() != reflect.Uint32 || gen.Kind() != reflect.Uint16 {
		return 0
	}
	return id.Uint()<<16 | gen.Uint()
}

// rawRef returns the object number and generation of the indirect
// reference stored under key in dictionary d, without resolving it (the
// library re-parses an object on every resolution).
func rawRef(d pdf.Value, key string) (uint64, bool) {
	data := reflect.ValueOf(d).FieldByName("data")
	if !data.IsValid() || data.Kind() != reflect.Interface || data.IsNil() {
		return 0, false
	}
	m := data.Elem()
	if m.Kind() != reflect.Map || m.Type().Key().Kind() != reflect.String {
		return 0, false
	}
	e := m.MapIndex(reflect.ValueOf(key).Convert(m.Type().Key()))
	if !e.IsValid() || e.Kind() != reflect.Interface || e.IsNil() {
		return 0, false
	}
	p := e.Elem()
	if p.Kind() != reflect.Struct || p.NumField() < 2 || p.Field(0).Kind() != reflect.Uint32 || p.Field(1).Kind() != reflect.Uint16 {
		return 0, false
	}
	return p.Field(0).Uint()<<16 | p.Field(1).Uint(), true
}

// walkPage interprets one page.
func (w *walker) walkPage(ref pageRef) (*pageData, error) {
	w.out = &pageData{box: ref.box}
	w.budget = w.lim.MaxContentBytes
	w.gs = gstate{ctm: identity, th: 1, font: nil}
	w.stack = w.stack[:0]
	w.overflow = 0
	w.tm, w.tlm = identity, identity
	w.forms = 0
	w.err = nil
	w.path = w.path[:0]
	w.marked = w.marked[:0]
	if err := w.run(ref.v.Key("Contents"), ref.res); err != nil {
		return w.out, err
	}
	return w.out, w.err
}

// run checks the size and nesting of a content stream, then interprets it.
func (w *walker) run(content, res pdf.Value) error {
	if content.Kind() != pdf.Stream && content.Kind() != pdf.Array {
		return nil
	}
	ns := nestScanner{max: w.lim.MaxNesting}
	n, err := streamSize(content, w.budget, ns.scan)
	if err != nil {
		return err
	}
	if n > w.budget {
		return tooLarge("content streams exceed %d bytes", w.lim.MaxContentBytes)
	}
	w.budget -= n
	pdf.Interpret(content, func(stk *pdf.Stack, op string) {
		args := popArgs(stk)
		if w.err != nil {
			return
		}
		w.op(op, args, res)
	})
	return w.err
}

// nestScanner rejects content whose arrays or dictionaries nest deeper
// than max (the library's parser recurses on them), ignoring strings.
type nestScanner struct {
	max, depth, paren int
	esc               bool
}

func (s *nestScanner) scan(b []byte) error {
	for _, c := range b {
		if s.paren > 0 {
			switch {
			case s.esc:
				s.esc = false
			case c == '\\':
				s.esc = true
			case c == '(':
				s.paren++
			case c == ')':
				s.paren--
			}
			continue
		}
		switch c {
		case '(':
			s.paren = 1
		case '[', '<':
			s.depth++
			if s.depth > s.max {
				return malformed("content nested deeper than %d", s.max)
			}
		case ']', '>':
			if s.depth > 0 {
				s.depth--
			}
		}
	}
	return nil
}

func num(args []pdf.Value, i int) float64 {
	if i >= len(args) {
		return 0
	}
	f := args[i].Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func matrixArgs(args []pdf.Value) (matrix, bool) {
	if len(args) < 6 {
		return identity, false
	}
	var m matrix
	for i := 0; i < 6; i++ {
		m[i] = num(args, len(args)-6+i)
	}
	return m, m.finite()
}

// op executes one content-stream operator.
func (w *walker) op(op string, args []pdf.Value, res pdf.Value) {
	switch op {
	case "q":
		if len(w.stack) >= w.lim.MaxStateDepth {
			w.overflow++
			return
		}
		w.stack = append(w.stack, w.gs)
	case "Q":
		if w.overflow > 0 {
			w.overflow--
		} else if n := len(w.stack); n > 0 {
			w.gs = w.stack[n-1]
			w.stack = w.stack[:n-1]
		}
	case "cm":
		if m, ok := matrixArgs(args); ok {
			w.gs.ctm = m.mul(w.gs.ctm)
		}
	case "BT":
		w.tm, w.tlm = identity, identity
	case "Tf":
		if len(args) >= 2 {
			w.gs.font = w.font(res, args[len(args)-2].Name())
			w.gs.size = num(args, len(args)-1)
		}
	case "Tc":
		w.gs.tc = num(args, 0)
	case "Tw":
		w.gs.tw = num(args, 0)
	case "Tz":
		w.gs.th = num(args, 0) / 100
	case "TL":
		w.gs.tl = num(args, 0)
	case "Ts":
		w.gs.rise = num(args, 0)
	case "Td":
		w.td(num(args, 0), num(args, 1))
	case "TD":
		w.gs.tl = -num(args, 1)
		w.td(num(args, 0), num(args, 1))
	case "Tm":
		if m, ok := matrixArgs(args); ok {
			w.tm, w.tlm = m, m
		}
	case "T*":
		w.td(0, -w.gs.tl)
	case "Tj":
		if len(args) > 0 {
			w.show(args[len(args)-1].RawString())
		}
	case "'":
		w.td(0, -w.gs.tl)
		if len(args) > 0 {
			w.show(args[len(args)-1].RawString())
		}
	case "\"":
		if len(args) >= 3 {
			w.gs.tw, w.gs.tc = num(args, 0), num(args, 1)
			w.td(0, -w.gs.tl)
			w.show(args[2].RawString())
		}
	case "TJ":
		if len(args) == 0 {
			return
		}
		arr := args[len(args)-1]
		for i := 0; i < arr.Len(); i++ {
			e := arr.Index(i)
			switch e.Kind() {
			case pdf.String:
				w.show(e.RawString())
			case pdf.Integer, pdf.Real:
				adj := -e.Float64() / 1000 * w.gs.size * w.gs.th
				if !math.IsNaN(adj) && !math.IsInf(adj, 0) {
					w.tm = matrix{1, 0, 0, 1, adj, 0}.mul(w.tm)
				}
			}
		}
	case "m":
		if len(w.path) < maxPathPoints {
			x, y := w.gs.ctm.apply(num(args, 0), num(args, 1))
			w.path = append(w.path, pathPoint{x: x, y: y, move: true})
			w.subStart = len(w.path) - 1
		}
	case "l":
		if len(w.path) < maxPathPoints && len(w.path) > 0 {
			x, y := w.gs.ctm.apply(num(args, 0), num(args, 1))
			w.path = append(w.path, pathPoint{x: x, y: y})
		}
	case "c", "v", "y":
		if len(w.path) < maxPathPoints && len(w.path) > 0 && len(args) >= 4 {
			x, y := w.gs.ctm.apply(num(args, len(args)-2), num(args, len(args)-1))
			w.path = append(w.path, pathPoint{x: x, y: y, curve: true})
		}
	case "h":
		if n := len(w.path); n > 0 && w.subStart < n && len(w.path) < maxPathPoints {
			s := w.path[w.subStart]
			w.path = append(w.path, pathPoint{x: s.x, y: s.y})
		}
	case "re":
		if len(args) >= 4 && len(w.path)+5 <= maxPathPoints {
			x, y, wd, ht := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
			c := w.gs.ctm
			x0, y0 := c.apply(x, y)
			x1, y1 := c.apply(x+wd, y)
			x2, y2 := c.apply(x+wd, y+ht)
			x3, y3 := c.apply(x, y+ht)
			w.subStart = len(w.path)
			w.path = append(w.path, pathPoint{x: x0, y: y0, move: true}, pathPoint{x: x1, y: y1},
				pathPoint{x: x2, y: y2}, pathPoint{x: x3, y: y3}, pathPoint{x: x0, y: y0})
			w.pathRects = append(w.pathRects, normRect(x0, y0, x2, y2))
		}
	case "S", "s", "B", "B*", "b", "b*":
		w.strokePath()
	case "f", "F", "f*":
		w.fillPath()
	case "n", "W", "W*":
		if op == "n" {
			w.path, w.pathRects = w.path[:0], w.pathRects[:0]
		}
	case "BMC", "BDC":
		if len(w.marked) >= 1024 {
			return
		}
		m := markedSpan{start: len(w.out.glyphs)}
		if op == "BDC" && len(args) >= 2 {
			props := args[len(args)-1]
			if props.Kind() == pdf.Name {
				props = res.Key("Properties").Key(props.Name())
			}
			if at := props.Key("ActualText"); at.Kind() == pdf.String {
				m.actual, m.hasActual = at.Text(), true
			}
		}
		w.marked = append(w.marked, m)
	case "EMC":
		n := len(w.marked)
		if n == 0 {
			return
		}
		m := w.marked[n-1]
		w.marked = w.marked[:n-1]
		if m.hasActual && m.start < len(w.out.glyphs) {
			gs := w.out.glyphs[m.start:]
			gs[0].s = m.actual
			for i := 1; i < len(gs); i++ {
				gs[i].s = ""
			}
		}
	case "Do":
		if len(args) > 0 {
			w.do(res, args[len(args)-1].Name())
		}
	}
}

// td moves to the start of the next line, offset by (tx, ty).
func (w *walker) td(tx, ty float64) {
	w.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(w.tlm)
	w.tm = w.tlm
}

// font returns the font named name in res, parsing it once per document.
func (w *walker) font(res pdf.Value, name string) *font {
	// Resolving a font re-parses the Font dictionary and the font
	// dictionary (Widths, CharProcs) from the file every time, and
	// producers emit a Tf per text chunk: look the font up by the
	// resource dictionary and name first.
	rk := fontKey{objID(res), name}
	if rk.obj != 0 {
		if f, ok := w.byRes[rk]; ok {
			return f
		}
	}
	fonts := res.Key("Font")
	if ref, ok := rawRef(fonts, name); ok {
		// An indirect font seen before (on another page): no need to
		// resolve it again.
		if f, ok := w.fonts[fontKey{ref, name}]; ok {
			if rk.obj != 0 && len(w.byRes) < 4096 {
				w.byRes[rk] = f
			}
			return f
		}
	}
	v := fonts.Key(name)
	if v.Kind() != pdf.Dict {
		return defaultFont
	}
	k := fontKey{objID(v), name}
	f, ok := w.fonts[k]
	if !ok {
		f = loadFont(v, w.lim)
		if len(w.fonts) < 4096 {
			w.fonts[k] = f
		}
	}
	if rk.obj != 0 && len(w.byRes) < 4096 {
		w.byRes[rk] = f
	}
	return f
}

// show positions the glyphs of one string.
func (w *walker) show(s string) {
	f := w.gs.font
	if f == nil {
		f = defaultFont
	}
	gs := &w.gs
	if f.encoding != "" && f.kind >= cmapGBK && f.kind <= cmapUTF16 && len(w.glyphs) < 64 {
		if w.glyphs == nil {
			w.glyphs = map[string]int{}
		}
		w.glyphs[f.encoding] += len(s)
	}
	for len(s) > 0 {
		n, code, text, adv := f.next(s)
		if n <= 0 {
			n = 1
		}
		s = s[n:]
		m := w.tm.mul(gs.ctm)
		tx := adv*gs.size + gs.tc
		if n == 1 && code == 32 {
			tx += gs.tw
		}
		tx *= gs.th
		if math.IsNaN(tx) || math.IsInf(tx, 0) {
			tx = 0
		}
		x, y := m.apply(0, gs.rise)
		x2, y2 := m.apply(tx, gs.rise)
		size := math.Abs(gs.size) * f.vscale * math.Hypot(m[2], m[3])
		dir, ok := direction(m)
		if ok && text != "" && len(w.out.glyphs) < maxGlyphsPerPage && !math.IsNaN(x+y+size) {
			adv := [4]float64{x2 - x, y2 - y, x - x2, y - y2}[dir]
			w.out.glyphs = append(w.out.glyphs, glyph{x: x, y: y, w: adv, size: size, s: text, dir: dir})
		}
		w.tm = matrix{1, 0, 0, 1, tx, 0}.mul(w.tm)
	}
}

// direction classifies the baseline of a text rendering matrix as one of
// the four right-angle directions; slanted text (watermarks) is not kept.
func direction(m matrix) (uint8, bool) {
	a, b := m[0], m[1]
	switch {
	case a > 0 && math.Abs(b) <= 0.1*a:
		return 0, true
	case b > 0 && math.Abs(a) <= 0.1*b:
		return 1, true
	case a < 0 && math.Abs(b) <= -0.1*a:
		return 2, true
	case b < 0 && math.Abs(a) <= -0.1*b:
		return 3, true
	}
	return 0, false
}

// upright turns the page so that its dominant writing direction runs
// left to right (pages whose content is drawn rotated, such as landscape
// tables in a portrait document), and drops glyphs in other directions.
func (pd *pageData) upright() {
	var count [4]int
	for _, g := range pd.glyphs {
		count[g.dir]++
	}
	dom := uint8(0)
	for d := uint8(1); d < 4; d++ {
		if count[d] > count[dom] {
			dom = d
		}
	}
	rot := func(x, y float64) (float64, float64) {
		switch dom {
		case 1:
			return y, -x
		case 2:
			return -x, -y
		case 3:
			return -y, x
		}
		return x, y
	}
	kept := pd.glyphs[:0]
	for _, g := range pd.glyphs {
		if g.dir != dom {
			continue
		}
		g.x, g.y = rot(g.x, g.y)
		g.dir = 0
		kept = append(kept, g)
	}
	pd.glyphs = kept
	if dom == 0 {
		return
	}
	rotRect := func(r rect) rect {
		x0, y0 := rot(r.x0, r.y0)
		x1, y1 := rot(r.x1, r.y1)
		return normRect(x0, y0, x1, y1)
	}
	pd.box = rotRect(pd.box)
	for i := range pd.images {
		pd.images[i] = rotRect(pd.images[i])
	}
	var hs, vs []seg
	for _, h := range pd.hrules {
		r := rotRect(rect{h.lo, h.pos, h.hi, h.pos})
		if dom == 2 {
			hs = append(hs, seg{r.y0, r.x0, r.x1})
		} else {
			vs = append(vs, seg{r.x0, r.y0, r.y1})
		}
	}
	for _, v := range pd.vrules {
		r := rotRect(rect{v.pos, v.lo, v.pos, v.hi})
		if dom == 2 {
			vs = append(vs, seg{r.x0, r.y0, r.y1})
		} else {
			hs = append(hs, seg{r.y0, r.x0, r.x1})
		}
	}
	pd.hrules, pd.vrules = hs, vs
}

// strokePath records the straight axis-aligned segments of a stroked path.
func (w *walker) strokePath() {
	for i := 1; i < len(w.path); i++ {
		p, q := w.path[i-1], w.path[i]
		if q.move || q.curve {
			continue
		}
		w.addRule(p.x, p.y, q.x, q.y)
	}
	w.path, w.pathRects = w.path[:0], w.pathRects[:0]
}

// fillPath records filled rectangles that are thin enough to be rules
// (Chromium and Word draw table borders that way).
func (w *walker) fillPath() {
	for _, r := range w.pathRects {
		wd, ht := r.x1-r.x0, r.y1-r.y0
		switch {
		case ht <= 2.5 && wd > ht:
			w.addRule(r.x0, (r.y0+r.y1)/2, r.x1, (r.y0+r.y1)/2)
		case wd <= 2.5 && ht > wd:
			w.addRule((r.x0+r.x1)/2, r.y0, (r.x0+r.x1)/2, r.y1)
		}
	}
	w.path, w.pathRects = w.path[:0], w.pathRects[:0]
}

func (w *walker) addRule(x0, y0, x1, y1 float64) {
	if len(w.out.hrules)+len(w.out.vrules) >= maxRulesPerPage {
		return
	}
	switch {
	case math.Abs(y1-y0) < 0.5 && math.Abs(x1-x0) >= 2:
		w.out.hrules = append(w.out.hrules, seg{(y0 + y1) / 2, math.Min(x0, x1), math.Max(x0, x1)})
	case math.Abs(x1-x0) < 0.5 && math.Abs(y1-y0) >= 2:
		w.out.vrules = append(w.out.vrules, seg{(x0 + x1) / 2, math.Min(y0, y1), math.Max(y0, y1)})
	}
}

// do handles an XObject: an image records where it lies, a form is
// interpreted with its own matrix and resources.
func (w *walker) do(res pdf.Value, name string) {
	x := res.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream {
		return
	}
	switch x.Key("Subtype").Name() {
	case "Image":
		c := w.gs.ctm
		var r rect
		for i, p := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
			px, py := c.apply(p[0], p[1])
			if i == 0 {
				r = rect{px, py, px, py}
				continue
			}
			r = rect{math.Min(r.x0, px), math.Min(r.y0, py), math.Max(r.x1, px), math.Max(r.y1, py)}
		}
		if len(w.out.images) < 10000 {
			w.out.images = append(w.out.images, r)
		}
	case "Form":
		if w.forms >= w.lim.MaxFormDepth {
			return
		}
		fres := x.Key("Resources")
		if fres.Kind() != pdf.Dict {
			fres = res
		}
		saved, savedStack, tm, tlm := w.gs, len(w.stack), w.tm, w.tlm
		if m, ok := matrixArgs(arrayValues(x.Key("Matrix"))); ok {
			w.gs.ctm = m.mul(w.gs.ctm)
		}
		w.forms++
		if err := w.run(x, fres); err != nil && w.err == nil {
			w.err = err
		}
		w.forms--
		w.gs, w.tm, w.tlm = saved, tm, tlm
		if len(w.stack) > savedStack {
			w.stack = w.stack[:savedStack]
		}
	}
}

func arrayValues(v pdf.Value) []pdf.Value {
	out := make([]pdf.Value, 0, v.Len())
	for i := 0; i < v.Len() && i < 16; i++ {
		out = append(out, v.Index(i))
	}
	return out
}
