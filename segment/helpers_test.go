package segment

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/zwgk/gongwen/segment/internal/dict"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/segment")

const (
	testdataDir = "../testdata/segment"
	tradSeed    = "003_0ca0f610db5f85cb.txt"
	simpTwin    = "003_simplified_twin.txt"
)

// seeds returns the seed notices (not the generated twin) by file name.
func seeds(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testdataDir, "0*_*.txt"))
	require.NoError(t, err)
	out := map[string]string{}
	for _, f := range files {
		if strings.Contains(f, "twin") {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[filepath.Base(f)] = string(b)
	}
	require.Len(t, out, 5, "seed notices in %s", testdataDir)
	return out
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdataDir, name))
	require.NoError(t, err)
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dataWords returns the words of an embedded data file (comments removed).
func dataWords(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

func domainFlag() uint32 { return dict.Domain }
