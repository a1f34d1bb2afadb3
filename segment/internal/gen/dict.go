package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zwgk/gongwen/segment/internal/dict"
)

// Frequencies given to words the stock dictionary lacks or ranks too low.
const (
	domainFreq = 2000 // a domain term beats any split into common words
	unitFreq   = 500  // a unit name (人社局) beats 人社 + 局
	stopFreq   = 50   // a stop word missing from the dictionary
)

// noKeyPOS are the part-of-speech tags of gse's dictionary whose words
// are never keywords: place and person names, numerals and measure words,
// pronouns, prepositions, conjunctions, particles, adverbs, time and
// direction words, interjections, onomatopoeia, non-words.
var noKeyPOS = map[string]bool{
	"ns": true, "nr": true, "nrt": true, "nrfg": true, "m": true, "mq": true, "q": true,
	"r": true, "p": true, "c": true, "u": true, "d": true, "ad": true, "t": true, "tg": true,
	"f": true, "y": true, "e": true, "o": true, "x": true,
}

type entry struct {
	freq float64
	idf  float64
	flag uint32
}

// writeDict builds data/dict.bin.gz from gse's simplified dictionary
// (data/dict/zh/s_1.txt, word frequencies) and its IDF table
// (data/dict/zh/idf.txt), plus data/terms.txt, data/stop.txt and the unit
// names of data/units.txt. Only words made of Han characters are kept: the
// segmenter cuts runs of Han characters separately and matches the few
// domain terms with other characters (互联网+政务服务) on their own.
func writeDict(gseDir, out string) error {
	words := map[string]*entry{}
	zh := filepath.Join(gseDir, "data", "dict", "zh")
	err := eachLine(filepath.Join(zh, "s_1.txt"), func(f []string) {
		if len(f) < 2 || !allHan(f[0]) {
			return
		}
		freq, err := strconv.ParseFloat(f[1], 64)
		if err != nil || freq <= 0 {
			return
		}
		e := words[f[0]]
		if e == nil {
			e = &entry{}
			words[f[0]] = e
		}
		e.freq += freq
		if len(f) > 2 && noKeyPOS[f[2]] {
			e.flag |= dict.NoKey
		}
	})
	if err != nil {
		return err
	}
	err = eachLine(filepath.Join(zh, "idf.txt"), func(f []string) {
		if len(f) < 2 {
			return
		}
		if e := words[f[0]]; e != nil {
			e.idf, _ = strconv.ParseFloat(f[1], 64)
		}
	})
	if err != nil {
		return err
	}
	add := func(w string, freq float64, flag uint32) {
		e := words[w]
		if e == nil {
			e = &entry{}
			words[w] = e
		}
		e.freq = math.Max(e.freq, freq)
		e.flag |= flag
	}
	nTerms := 0
	err = eachLine(filepath.Join(out, "terms.txt"), func(f []string) {
		for _, w := range f {
			nTerms++
			if allHan(w) {
				add(w, domainFreq, dict.Domain)
				words[w].flag &^= dict.NoKey
			}
		}
	})
	if err != nil {
		return err
	}
	err = eachLine(filepath.Join(out, "units.txt"), func(f []string) {
		for _, w := range f {
			w = strings.TrimSuffix(strings.TrimSuffix(w, ":"), "*")
			if allHan(w) && utf8.RuneCountInString(w) > 1 && w != "generic" {
				add(w, unitFreq, dict.Unit)
			}
		}
	})
	if err != nil {
		return err
	}
	err = eachLine(filepath.Join(out, "stop.txt"), func(f []string) {
		for _, w := range f {
			if allHan(w) {
				add(w, stopFreq, dict.Stop)
			}
		}
	})
	if err != nil {
		return err
	}

	var total float64
	for _, e := range words {
		total += e.freq
	}
	logTotal := math.Log2(total)
	keys := make(map[string]uint32, len(words)*3/2)
	for w, e := range words {
		cost := math.Round((logTotal - math.Log2(e.freq)) * dict.CostScale)
		idf := math.Round(e.idf * dict.IDFScale)
		v := uint32(min(cost, dict.CostMask)) | uint32(min(idf, dict.IDFMask))<<dict.IDFShift | dict.Word | e.flag
		keys[w] |= v
		for i := range w {
			if i > 0 {
				keys[w[:i]] |= dict.Prefix
			}
		}
	}
	table, err := dict.Build(keys)
	if err != nil {
		return err
	}
	t, err := dict.Decode(table)
	if err != nil {
		return err
	}
	for k, v := range keys {
		if got := t.Lookup(k); got != v {
			return fmt.Errorf("dict: %s reads back as %#x, not %#x", k, got, v)
		}
	}
	f, err := os.Create(filepath.Join(out, "dict.bin.gz"))
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write(table); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "dict: %d words (%d domain terms listed), %d keys, %d slots\n", len(words), nTerms, len(keys), t.Slots())
	return f.Close()
}

// eachLine calls fn with the fields of every line of path that is not
// blank or a # comment.
func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w (run: go mod download %s)", err, gseModule)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Fields(line))
	}
	return sc.Err()
}

func allHan(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
