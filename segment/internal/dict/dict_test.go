package dict

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keysOf gives words their values and their proper prefixes the Prefix
// bit, as the generator does.
func keysOf(words map[string]uint32) map[string]uint32 {
	keys := map[string]uint32{}
	for w, v := range words {
		keys[w] |= v | Word
		for i := range w {
			if i > 0 {
				keys[w[:i]] |= Prefix
			}
		}
	}
	return keys
}

func TestTrieLookup(t *testing.T) {
	words := map[string]uint32{
		"政务": 100, "政务公开": 200, "政务服务": 300, "公开": 400, "中": 5,
		"一网通办": Domain | 7, "𠀀字": 9, "字𠀀": 10, // runes above U+FFFF, first and later
	}
	// A parent with more than eight children gets a table with room.
	for _, r := range "甲乙丙丁戊己庚辛壬癸子丑" {
		words["政"+string(r)] = uint32(r)
	}
	keys := keysOf(words)
	b, err := Build(keys)
	require.NoError(t, err)
	tr, err := Decode(b)
	require.NoError(t, err)
	for k, v := range keys {
		assert.Equal(t, v, tr.Lookup(k), k)
	}
	for _, tc := range []struct {
		key  string
		want uint32
	}{
		{"政", Prefix},
		{"政务公", Prefix},
		{"政务公开", 200 | Word},
		{"政务公开网", 0},
		{"务", 0},
		{"政府", 0},
		{"", 0},
		{"𠀀", Prefix},
		{"字", Prefix},
		{"中", 5 | Word},
	} {
		assert.Equal(t, tc.want, tr.Lookup(tc.key), tc.key)
	}
	// Root and Child walk the same way Lookup does.
	v, n := tr.Root('政')
	assert.Equal(t, uint32(Prefix), v)
	v, n = tr.Child(n, '务')
	assert.Equal(t, uint32(100|Word|Prefix), v)
	assert.NotZero(t, n)
	v, n = tr.Child(n, '网')
	assert.Zero(t, v)
	assert.Zero(t, n)
	// Find names every key of two or more runes by a slot of its own,
	// whose value At reads; a missing child has slot 0.
	slots := map[uint32]string{}
	for k, v := range keys {
		r, size := utf8.DecodeRuneInString(k)
		if size == len(k) {
			continue
		}
		_, n := tr.Root(r)
		var slot uint32
		for _, r := range k[size:] {
			slot = tr.Find(n, r)
			_, n = tr.At(slot)
		}
		require.NotZero(t, slot, k)
		got, _ := tr.At(slot)
		assert.Equal(t, v, got, k)
		assert.Empty(t, slots[slot], k)
		slots[slot] = k
	}
	_, n = tr.Root('政')
	assert.Zero(t, tr.Find(n, '网'))
	// Walk reads back every key once, with its value.
	got := map[string]uint32{}
	tr.Walk(func(k string, v uint32) {
		_, dup := got[k]
		assert.False(t, dup, k)
		got[k] = v
	})
	assert.Equal(t, keys, got)
	// The same keys give the same bytes.
	again, err := Build(keys)
	require.NoError(t, err)
	assert.Equal(t, b, again)
}

func TestBuildNeedsPrefixes(t *testing.T) {
	_, err := Build(map[string]uint32{"政务公开": Word})
	assert.Error(t, err)
}

func TestDecodeCorrupt(t *testing.T) {
	b, err := Build(keysOf(map[string]uint32{"政务公开": 1, "公开": 2}))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"short", b[:len(b)-1]},
		{"long", append(append([]byte{}, b...), 0)},
		{"node out of range", func() []byte {
			c := append([]byte{}, b...)
			// The root entry of 政 (its Node in the high 32 bits) points
			// past the slots.
			at := 8 + 8*int('政') + 4
			c[at], c[at+1], c[at+2], c[at+3] = 0xFF, 0xFF, 0xFF, 0x0F
			return c
		}()},
	} {
		_, err := Decode(tc.b)
		assert.ErrorIs(t, err, ErrCorrupt, tc.name)
	}
}
