package parse_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeSection returns the first fenced code block after heading in
// README.md.
func readmeSection(t *testing.T, heading, fence string) string {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	s := string(data)
	i := strings.Index(s, "\n"+heading+"\n")
	require.GreaterOrEqual(t, i, 0, "README.md has no %q", heading)
	s = s[i:]
	start := strings.Index(s, "```"+fence+"\n")
	require.GreaterOrEqual(t, start, 0, "no ```%s block under %q", fence, heading)
	s = s[start+len("```"+fence+"\n"):]
	end := strings.Index(s, "```")
	require.GreaterOrEqual(t, end, 0)
	return s[:end]
}

// TestReadmeSnippetIsExampleFile checks that README's "Use from Go"
// snippet is, line for line, the body of ExampleFile, which the compiler
// checks.
func TestReadmeSnippetIsExampleFile(t *testing.T) {
	snippet := readmeSection(t, "## Use from Go", "go")
	src, err := os.ReadFile("example_file_test.go")
	require.NoError(t, err)
	body := regexp.MustCompile(`(?s)func ExampleFile\(\) \{\n(.*?)\n\}\n`).FindStringSubmatch(string(src))
	require.NotNil(t, body)
	var want []string
	for _, l := range strings.Split(body[1], "\n") {
		want = append(want, strings.TrimPrefix(l, "\t"))
	}
	assert.Equal(t, strings.Join(want, "\n")+"\n", snippet)
}

// TestCIRunsTheReadmeCommand checks that .ci/run runs exactly the test
// command that README.md gives (its one line starting with "go vet").
func TestCIRunsTheReadmeCommand(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	cmds := regexp.MustCompile("(?m)^go vet .*$").FindAllString(string(readme), -1)
	require.Len(t, cmds, 1, "README.md should give one test command")
	ci, err := os.ReadFile("../.ci/run")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(ci)), "\n")
	assert.Equal(t, cmds[0], lines[len(lines)-1])
}
