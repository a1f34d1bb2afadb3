package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindCorpus(t *testing.T) {
	t.Run("environment wins", func(t *testing.T) {
		t.Setenv(EnvCorpus, "/some/where")
		assert.Equal(t, "/some/where", FindCorpus())
	})
	t.Run("beside the module root", func(t *testing.T) {
		t.Setenv(EnvCorpus, "")
		root := t.TempDir()
		repo := filepath.Join(root, "repo")
		pkg := filepath.Join(repo, "parse", "x")
		require.NoError(t, os.MkdirAll(pkg, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module m\n"), 0o644))
		t.Chdir(pkg)
		assert.Equal(t, "", FindCorpus(), "no corpus yet")
		require.NoError(t, os.MkdirAll(filepath.Join(root, "shared", "corpus"), 0o755))
		got := FindCorpus()
		want, _ := filepath.EvalSymlinks(filepath.Join(root, "shared", "corpus"))
		gotReal, _ := filepath.EvalSymlinks(got)
		assert.Equal(t, want, gotReal)
	})
}
