package report

import (
	"strconv"
	"strings"

	"github.com/zwgk/gongwen/parse/internal/docmeta"
	"github.com/zwgk/gongwen/parse/internal/ordinal"
	"github.com/zwgk/gongwen/parse/internal/source"
	"github.com/zwgk/gongwen/segment/script"
)

// cell is a value read from a table row; v is nil for an empty cell.
type cell struct {
	v    *float64
	a, b int // source offsets of the value as written
}

// token is a number, or an explicit empty cell (- — /), written in a row.
type token struct {
	s     string // digits as written, ASCII ("" for an empty cell)
	a, b  int
	empty bool
}

// rowTokens reads the numbers of a table row from src[a:b]: numbers and
// explicit empty cells separated by white space, cell separators and stray
// marks, up to the first word. It appends them to toks. positional tells
// whether they were all on one line that uses tabs or pipes, so that the
// cells between the separators of src[a:end] (splitCells) place empty
// cells by position.
func rowTokens(src string, a, b int, toks []token) (_ []token, end int, positional bool) {
	i := a
	lastEnd := a
	multiLine := false // values on more than one line
	broken := false    // a line break after the values so far
	seps := false
scan:
	for i < b {
		r, sz := script.DecodeRune(src[i:])
		switch {
		case r == '\n' || r == '\r':
			if len(toks) > 0 {
				broken = true
			}
			i += sz
		case isCellSep(r):
			seps = true
			i += sz
		case r == '&' && docmeta.SpaceEntityAt(src[i:b]) > 0:
			i += docmeta.SpaceEntityAt(src[i:b]) // an empty HTML cell's &nbsp;
		case r == '<' && docmeta.TagAt(src[i:b]) > 0:
			// an HTML row: a closing cell tag separates cells as a tab
			// does, other tags (<td colspan="3">, </tr>) are nothing
			seps = seps || docmeta.CellEndTag(src[i:b])
			i += docmeta.TagAt(src[i:b])
		case r == ' ' || r == '\u3000' || r == '\u00a0' || r == '?' || r == '？' || r == '*' || r == '＊' || r == '\ufeff',
			r == '”' || r == '"' || r == '’' || r == '」' || r == '』':
			i += sz
		case isNumRune(r):
			j := i
			var buf [24]byte
			digits := buf[:0] // the number in ASCII, without thousands separators
			for j < b {
				c, s := script.DecodeRune(src[j:])
				d, ok := asciiDigit(c)
				if ok {
					digits = append(digits, d)
					j += s
					continue
				}
				// a decimal point or a thousands separator between digits
				if (c == '.' || c == '．' || c == ',' || c == '，') && j+s < b {
					n, _ := script.DecodeRune(src[j+s:])
					if _, ok := asciiDigit(n); ok {
						if c == '.' || c == '．' {
							digits = append(digits, '.')
						}
						if c == ',' || c == '，' {
							// only a thousands separator when three digits follow
							k, cnt := j+s, 0
							for k < b {
								n2, s2 := script.DecodeRune(src[k:])
								if _, ok := asciiDigit(n2); !ok {
									break
								}
								cnt++
								k += s2
							}
							if cnt != 3 {
								break
							}
						}
						j += s
						continue
					}
				}
				break
			}
			// a number followed by a sub-row ordinal's dot belongs to the label
			if j < b {
				if c, _ := script.DecodeRune(src[j:]); c == '、' || c == '.' || c == '．' {
					break scan
				}
			}
			num := src[i:j] // no copy when written so
			if num != string(digits) {
				num = string(digits)
			}
			toks = append(toks, token{s: num, a: i, b: j})
			multiLine = multiLine || broken
			lastEnd = j
			i = j
		case (r == '-' || r == '+' || r == '－' || r == '＋') && i+sz < b && isNumRune(firstRune(src[i+sz:])) && (len(toks) == 0 || toks[len(toks)-1].b < i):
			// a signed number (本年增/减 -3): read the digits, keep the sign
			i += sz
			neg := r == '-' || r == '－'
			j := i
			var digits strings.Builder
			if neg {
				digits.WriteByte('-')
			}
			for j < b {
				c, s := script.DecodeRune(src[j:])
				d, ok := asciiDigit(c)
				if !ok && !(c == '.' && j+s < b && isNumRune(firstRune(src[j+s:]))) {
					break
				}
				if ok {
					digits.WriteByte(d)
				} else {
					digits.WriteByte('.')
				}
				j += s
			}
			toks = append(toks, token{s: digits.String(), a: i - sz, b: j})
			multiLine = multiLine || broken
			lastEnd = j
			i = j
		case r == '-' || r == '—' || r == '－' || r == '/' || r == '／' || r == '–':
			toks = append(toks, token{a: i, b: i + sz, empty: true})
			multiLine = multiLine || broken
			lastEnd = i + sz
			i += sz
		default:
			break scan
		}
	}
	return toks, lastEnd, seps && !multiLine && len(toks) > 0
}

// isCellSep reports whether r separates the cells of a row: a tab, a pipe,
// or the comma or semicolon of a CSV export (a thousands separator, three
// digits after a comma inside a number, is read with the number).
func isCellSep(r rune) bool {
	switch r {
	case '\t', '|', '｜', ',', '，', ';', '；':
		return true
	}
	return false
}

// splitCells splits a one-line row at cell separators (isCellSep) and
// closing HTML cell tags (</td>), leaving out the other tags and the
// references to white space (&nbsp;), and drops the empty piece between
// the label and its first cell.
func splitCells(s string) []string {
	var out []string
	var piece strings.Builder
	start := 0
	for i := 0; i < len(s); {
		r, size := script.DecodeRune(s[i:])
		switch {
		case isCellSep(r):
			piece.WriteString(s[start:i])
			out = append(out, strings.TrimSpace(piece.String()))
			piece.Reset()
			start = i + size
		case r == '&' && docmeta.SpaceEntityAt(s[i:]) > 0:
			piece.WriteString(s[start:i])
			size = docmeta.SpaceEntityAt(s[i:])
			start = i + size
		case r == '<' && docmeta.TagAt(s[i:]) > 0:
			piece.WriteString(s[start:i])
			if docmeta.CellEndTag(s[i:]) {
				out = append(out, strings.TrimSpace(piece.String()))
				piece.Reset()
			}
			size = docmeta.TagAt(s[i:])
			start = i + size
		}
		i += size
	}
	piece.WriteString(s[start:])
	out = append(out, strings.TrimSpace(piece.String()))
	if len(out) > 0 && strings.Trim(out[0], " \u3000?？") == "" {
		out = out[1:]
	}
	return out
}

func isNumRune(r rune) bool {
	_, ok := asciiDigit(r)
	return ok
}

func asciiDigit(r rune) (byte, bool) {
	if v := ordinal.DigitValue(r); v >= 0 {
		return byte('0' + v), true
	}
	return 0, false
}

// cellReader reads the cells of table rows. The cells it returns are
// valid until its next read; their values, which the report keeps, come
// from a slab rather than one allocation each.
type cellReader struct {
	toks  []token
	cells []cell
	vals  []float64 // the slab: values are taken from its free capacity
}

// value returns a pointer to v kept in the slab.
func (cr *cellReader) value(v float64) *float64 {
	if len(cr.vals) == cap(cr.vals) {
		cr.vals = make([]float64, 0, 64)
	}
	cr.vals = append(cr.vals, v)
	return &cr.vals[len(cr.vals)-1]
}

// read reads the n cells of a row from src[a:b]. valid, when not nil,
// tells whether a candidate set of values is consistent (a total equal to
// its parts); it chooses among the ways of splitting digits that a page
// glued together (555 under three columns is 5, 5, 5).
func (cr *cellReader) read(src string, a, b, n int, valid func([]float64) bool) []cell {
	toks, end, positional := rowTokens(src, a, b, cr.toks[:0])
	cr.toks = toks
	if n <= 0 {
		n = len(toks)
	}
	count := len(toks)
	if count == n || count > n {
		if count > n {
			toks = toks[:n]
		}
		return cr.tokensToCells(toks)
	}
	// fewer values than columns: empty cells by position, or glued digits
	if positional {
		if out := cr.byPosition(splitCells(src[a:end]), toks, n); out != nil {
			return out
		}
	}
	if split := splitGlued(toks, n, valid); split != nil {
		return split
	}
	out := cr.tokensToCells(toks)
	for len(out) < n {
		out = append(out, cell{})
	}
	cr.cells = out
	return out
}

// byPosition places toks, fewer than the n columns, in the cells between
// the separators that hold something (pieces, splitCells), or returns nil
// when they cannot be placed so.
func (cr *cellReader) byPosition(pieces []string, toks []token, n int) []cell {
	if len(pieces) < len(toks) {
		return nil
	}
	// an HTML grid pads a merged label cell with empty cells before
	// the values, and a row to the table's width after them
	for len(pieces) > n && pieces[len(pieces)-1] == "" {
		pieces = pieces[:len(pieces)-1]
	}
	for len(pieces) > n && pieces[0] == "" {
		pieces = pieces[1:]
	}
	if len(pieces) != n {
		return nil
	}
	out := make([]cell, n)
	k := 0
	for i, p := range pieces {
		p = strings.Trim(p, " \u3000?？*")
		if p == "" || k >= len(toks) {
			continue
		}
		out[i] = cr.cellOf(toks[k])
		k++
	}
	if k != len(toks) {
		return nil
	}
	return out
}

// tokensToCells returns the cells of toks, in the reader's cell buffer.
func (cr *cellReader) tokensToCells(toks []token) []cell {
	out := cr.cells[:0]
	for _, tk := range toks {
		out = append(out, cr.cellOf(tk))
	}
	cr.cells = out
	return out
}

// cellOf returns the cell of one token.
func (cr *cellReader) cellOf(tk token) cell {
	c := cell{a: tk.a, b: tk.b}
	if tk.empty {
		return c
	}
	if v, err := strconv.ParseFloat(tk.s, 64); err == nil {
		c.v = cr.value(v)
	}
	return c
}

// splitGlued splits integer tokens into n values in total. It prefers a
// split that valid accepts, then digits shared out evenly within a token;
// it gives up (nil) when there is no way to split.
func splitGlued(toks []token, n int, valid func([]float64) bool) []cell {
	total := 0
	for _, tk := range toks {
		if tk.empty || source.Contains(tk.s, ".") || len(tk.s) != tk.b-tk.a {
			return nil // only plain ASCII integer runs are split
		}
		total += len(tk.s)
	}
	if total < n || total > 48 || len(toks) == 0 {
		return nil
	}
	type cand struct {
		parts [][]int // per token: lengths
		score int
		ok    bool
	}
	var best *cand
	budget := 20000 // search nodes
	cur := make([][]int, len(toks))
	var rec func(ti, left int)
	evaluate := func() {
		vals := make([]float64, 0, n)
		score := 0
		for ti, lens := range cur {
			s := toks[ti].s
			pos := 0
			mn, mx := 99, 0
			for _, l := range lens {
				v, _ := strconv.ParseFloat(s[pos:pos+l], 64)
				vals = append(vals, v)
				pos += l
				mn, mx = min(mn, l), max(mx, l)
			}
			score += mx - mn
		}
		ok := valid == nil || valid(vals)
		c := &cand{score: score, ok: ok}
		if best == nil || ok && !best.ok || ok == best.ok && score < best.score {
			c.parts = make([][]int, len(cur))
			for i := range cur {
				c.parts[i] = append([]int(nil), cur[i]...)
			}
			best = c
		}
	}
	// split token ti into some parts, the rest of the tokens into left-… parts
	var splitTok func(ti, pos, left int)
	rec = func(ti, left int) {
		if budget <= 0 {
			return
		}
		if ti == len(toks) {
			if left == 0 {
				budget--
				evaluate()
			}
			return
		}
		// each remaining token needs at least one part
		if left < len(toks)-ti {
			return
		}
		cur[ti] = cur[ti][:0]
		splitTok(ti, 0, left)
	}
	// digits left from token ti on, for pruning
	after := make([]int, len(toks)+1)
	for k := len(toks) - 1; k >= 0; k-- {
		after[k] = after[k+1] + len(toks[k].s)
	}
	splitTok = func(ti, pos, left int) {
		budget--
		if budget <= 0 {
			return
		}
		s := toks[ti].s
		rest := len(toks) - ti - 1
		if digits := after[ti] - pos; digits < left || digits > 7*left {
			return
		}
		for l := 1; pos+l <= len(s) && l <= 7; l++ {
			if l > 1 && s[pos] == '0' {
				break // no leading zeros
			}
			cur[ti] = append(cur[ti], l)
			if pos+l == len(s) {
				if left-1 >= rest {
					rec(ti+1, left-1)
				}
			} else if left-1 > rest {
				splitTok(ti, pos+l, left-1)
			}
			cur[ti] = cur[ti][:len(cur[ti])-1]
		}
	}
	rec(0, n)
	if best == nil {
		return nil
	}
	var out []cell
	for ti, lens := range best.parts {
		pos := 0
		for _, l := range lens {
			v, _ := strconv.ParseFloat(toks[ti].s[pos:pos+l], 64)
			vv := v
			out = append(out, cell{v: &vv, a: toks[ti].a + pos, b: toks[ti].a + pos + l})
			pos += l
		}
	}
	return out
}

func firstRune(s string) rune {
	r, _ := script.DecodeRune(s)
	return r
}
