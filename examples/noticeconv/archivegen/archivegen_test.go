package archivegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zwgk/gongwen/model"
)

var testSeeds = [][]byte{
	[]byte("某市人民政府办公室文件\n某政办发〔2019〕12号\n关于印发工作要点的通知\n一、目标\n（一）任务。内容（市财政局牵头）\n"),
	[]byte("第二份通知\n没有文号\n"),
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	entries, err := Generate(dir, testSeeds, 100, 10, 1)
	require.NoError(t, err)
	require.Len(t, entries, 100)
	corrupt := 0
	variants := map[string]int{}
	for _, e := range entries {
		data, err := os.ReadFile(e.Path)
		require.NoError(t, err)
		variants[e.Variant]++
		if e.Corrupt {
			corrupt++
			assert.Equal(t, -1, e.Seed)
			continue
		}
		seed := testSeeds[e.Seed]
		switch e.Variant {
		case VariantCopy:
			assert.Equal(t, seed, data)
		case VariantCRLF:
			assert.Equal(t, strings.ReplaceAll(string(seed), "\n", "\r\n"), string(data))
		case VariantGB18030:
			dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
			require.NoError(t, err)
			assert.Equal(t, seed, dec)
		case VariantNumber:
			assert.Equal(t, "〔2019〕12号", e.OldNumber)
			assert.Contains(t, string(data), e.NewNumber)
			assert.NotContains(t, string(data), e.OldNumber)
		}
	}
	assert.Equal(t, 10, corrupt)
	assert.Len(t, variants, 4+len(corruptions), "every variant and corruption used: %v", variants)

	again, err := Generate(t.TempDir(), testSeeds, 100, 10, 1)
	require.NoError(t, err)
	for i := range entries {
		a, _ := os.ReadFile(entries[i].Path)
		b, _ := os.ReadFile(again[i].Path)
		assert.Equal(t, a, b, "deterministic")
		ra, _ := filepath.Rel(dir, entries[i].Path)
		assert.True(t, strings.HasSuffix(again[i].Path, ra))
	}
}

func TestSignatureAndExpect(t *testing.T) {
	doc := &model.Document{Kind: model.KindWorkPlan, Meta: model.Meta{DocNumber: &model.Field{Value: "某政办发〔2019〕12号"}},
		Plan: &model.Plan{Goals: []model.Goal{{No: "一", Title: "目标", Tasks: []model.Task{{No: "一", Title: "任务",
			Items: []model.Item{{Text: "内容", Units: []model.Unit{{Name: "市财政局", Role: model.RoleLead}}}}}}}}}}
	s := Sign(doc)
	assert.Equal(t, Signature{Kind: model.KindWorkPlan, DocNumber: "某政办发〔2019〕12号", Goals: 1, Tasks: 1, Items: 1, Units: 1, Digest: s.Digest}, s)
	doc.Plan.Goals[0].Tasks[0].Items[0].Units[0].Role = model.RoleCooperate
	assert.NotEqual(t, s.Digest, Sign(doc).Digest, "roles are in the digest")

	e := Entry{Variant: VariantNumber, OldNumber: "〔2019〕12号", NewNumber: "〔2019〕1003号"}
	assert.Equal(t, "某政办发〔2019〕1003号", Expect(e, s).DocNumber)
	e.OldNumber = "〔2018〕1号" // a number the document does not carry as its own
	assert.Equal(t, s, Expect(e, s))
}
