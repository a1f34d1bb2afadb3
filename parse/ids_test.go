package parse

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zwgk/gongwen/model"
)

func TestIDWriter(t *testing.T) {
	goals := []*bGoal{
		{tasks: []*bTask{{items: make([]*model.Item, 2)}, {}}},
		{},
	}
	for range 10 {
		goals[1].tasks = append(goals[1].tasks, &bTask{items: make([]*model.Item, 11)})
	}
	var w idWriter
	w.grow("doc", goals)
	size := w.b.Cap()
	var got []string
	for gi, g := range goals {
		gid := w.id("doc", "/g", gi+1)
		got = append(got, gid)
		for ti, task := range g.tasks {
			tid := w.id(gid, "/t", ti+1)
			got = append(got, tid)
			for ii := range task.items {
				got = append(got, w.id(tid, "/i", ii+1))
			}
		}
	}
	assert.Equal(t, []string{"doc/g1", "doc/g1/t1", "doc/g1/t1/i1", "doc/g1/t1/i2", "doc/g1/t2", "doc/g2", "doc/g2/t1", "doc/g2/t1/i1"}, got[:8])
	assert.Equal(t, "doc/g2/t10/i11", got[len(got)-1])
	total := 0
	for _, id := range got {
		total += len(id)
	}
	assert.Equal(t, total, idBytes("doc", goals))
	assert.Equal(t, size, w.b.Cap(), "the buffer was sized for every ID")
}

func TestDigits(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 12345} {
		assert.Equal(t, len(strconv.Itoa(n)), digits(n), n)
	}
}
