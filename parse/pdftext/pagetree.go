package pdftext

import (
	"fmt"

	"github.com/ledongthuc/pdf"
)

// pageRef is a leaf of the page tree with the attributes it inherits.
type pageRef struct {
	num int       // 1-based page number
	v   pdf.Value // the page dictionary
	res pdf.Value // resources, inherited if not on the page
	box rect      // crop box (or media box) in default user space
}

// treeWalk collects the pages of a document without trusting /Count or
// /Parent: the library's Page(n) follows /Count (a hang on /Count 2e9) and
// inherited attributes follow /Parent (a hang on a /Parent cycle).
type treeWalk struct {
	lim      Limits
	pages    []pageRef
	nodes    int
	onPath   map[uint64]bool
	seen     map[uint64]bool // page-tree (inner) nodes visited
	problems []string        // structural problems met (cycle, depth, panics)
	more     bool            // pages beyond MaxPages were skipped
}

// collectPages walks the page tree under the catalog's /Pages.
func collectPages(r *pdf.Reader, lim Limits) (t *treeWalk, err error) {
	t = &treeWalk{lim: lim, onPath: make(map[uint64]bool), seen: make(map[uint64]bool)}
	defer func() {
		if x := recover(); x != nil {
			err = malformed("page tree: %v", x)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return t, malformed("no page tree (/Root /Pages missing)")
	}
	t.walk(root, 0, pdf.Value{}, rect{0, 0, 595.28, 841.89})
	return t, nil
}

// walk visits one node; each kid is visited under its own recover so a
// damaged branch loses only its own pages.
func (t *treeWalk) walk(node pdf.Value, depth int, res pdf.Value, box rect) {
	if len(t.pages) >= t.lim.MaxPages {
		t.more = true
		return
	}
	t.nodes++
	if t.nodes > t.lim.MaxTreeNodes {
		t.problem(fmt.Sprintf("more than %d page-tree nodes", t.lim.MaxTreeNodes))
		return
	}
	if depth > t.lim.MaxTreeDepth {
		t.problem(fmt.Sprintf("page tree deeper than %d", t.lim.MaxTreeDepth))
		return
	}
	id := objID(node)
	if id != 0 {
		if t.onPath[id] {
			t.problem(fmt.Sprintf("page tree cycle at object %d", id>>16))
			return
		}
		t.onPath[id] = true
		defer delete(t.onPath, id)
	}
	if r := node.Key("Resources"); r.Kind() == pdf.Dict {
		res = r
	}
	if b, ok := boxOf(node.Key("MediaBox")); ok {
		box = b
	}
	kids := node.Key("Kids")
	typ := node.Key("Type").Name()
	leaf := typ == "Page" || (typ != "Pages" && kids.Kind() != pdf.Array)
	if !leaf && id != 0 {
		// A page-tree node has one parent; one listed twice would make
		// the walk exponential.
		if t.seen[id] {
			t.problem(fmt.Sprintf("page-tree node %d listed more than once", id>>16))
			return
		}
		t.seen[id] = true
	}
	if leaf {
		pbox := box
		if c, ok := boxOf(node.Key("CropBox")); ok && c.intersect(box).area() > 0 {
			pbox = c.intersect(box)
		}
		t.pages = append(t.pages, pageRef{num: len(t.pages) + 1, v: node, res: res, box: pbox})
		return
	}
	for i := 0; i < kids.Len(); i++ {
		if len(t.pages) >= t.lim.MaxPages {
			t.more = true
			return
		}
		func() {
			defer func() {
				if x := recover(); x != nil {
					t.problem(fmt.Sprintf("damaged page-tree node: %v", x))
				}
			}()
			kid := kids.Index(i)
			if kid.Kind() == pdf.Dict {
				t.walk(kid, depth+1, res, box)
			}
		}()
	}
}

func (t *treeWalk) problem(s string) {
	if len(t.problems) < 10 {
		t.problems = append(t.problems, s)
	}
}

// boxOf reads a rectangle array.
func boxOf(v pdf.Value) (rect, bool) {
	if v.Kind() != pdf.Array || v.Len() != 4 {
		return rect{}, false
	}
	r := normRect(v.Index(0).Float64(), v.Index(1).Float64(), v.Index(2).Float64(), v.Index(3).Float64())
	if r.area() <= 0 || r.x1-r.x0 > 1e5 || r.y1-r.y0 > 1e5 {
		return rect{}, false
	}
	return r, true
}
