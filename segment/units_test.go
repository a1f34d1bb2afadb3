package segment

import (
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ name, want string }{
		{"市人社局", "人力资源和社会保障局"},
		{"人社局", "人力资源和社会保障局"},
		{"人力资源和社会保障局", "人力资源和社会保障局"},
		{"市人力资源社会保障局", "人力资源和社会保障局"},
		{"卫计委", "卫生和计划生育委员会"},
		{"市卫生计生委", "卫生和计划生育委员会"},
		{"衛計委", "卫生和计划生育委员会"},
		{"財政局", "财政局"},
		{"苏州市财政局", "财政局"},
		{"市发改委", "发展和改革委员会"},
		{"发展改革委", "发展和改革委员会"},
		{"市發改委", "发展和改革委员会"},
		{"市政府国资委", "国有资产监督管理委员会"},
		{"市政府金融办", "金融工作办公室"},
		{"苏州地税局", "地方税务局"},
		{"人民银行苏州市中心支行", "人民银行"},
		{"苏州银监分局", "银行业监督管理分局"},
		{"市委农办", "农村工作办公室"},
		{" 市 人社局 ", "人力资源和社会保障局"},
		{"市政府办公室", "人民政府办公室"},
		{"公共資源交易中心", "公共资源交易中心"},
		{"劳动保障和社会事业局（民政局、卫健委）", "社会事业局"},
		{"规划建设局(环保局)", "规划建设局"},
		{"市發(fā)改委", "发展和改革委员会"},
		{"市統(tǒng)計局", "统计局"},
		{"區(qū)財政局", "财政局"},
		{"各有关部门", ""},
		{"某某研究会", ""},
		{"局", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Canonical(tt.name))
		})
	}
}

func TestIsGeneric(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"各有关部门", true},
		{"各板块各部门", true},
		{"市各有关部门", true},
		{"各地各部门", true},
		{"市级各部门", true},
		{"市有關部門", true},
		{"有关部门", true},
		{"各市（区）", true},
		{"各市(区)", true},
		{"区直各部门", true},
		{"州直相關單位", true},
		{"区司法局等有关部门", true},
		{"市人社局", false},
		{"财政局", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, IsGeneric(tt.name))
		})
	}
}

// TestUnitName: one normalisation gives both answers, Canonical's and
// IsGeneric's, a collective unit having no canonical name.
func TestUnitName(t *testing.T) {
	tests := []struct {
		name, canonical string
		generic         bool
	}{
		{"市人社局", "人力资源和社会保障局", false},
		{"市發(fā)改委", "发展和改革委员会", false},
		{"劳动保障和社会事业局（民政局、卫健委）", "社会事业局", false},
		{"苏州市财政局", "财政局", false},
		{"某某研究会", "", false},
		{"各有关部门", "", true},
		{"州直相關單位", "", true},
		{"各市(区)", "", true},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, g := UnitName(tt.name)
			assert.Equal(t, tt.canonical, c)
			assert.Equal(t, tt.generic, g)
			assert.Equal(t, IsGeneric(tt.name), g)
		})
	}
}

// TestCanonicalLoadsNoDictionary runs in a fresh process: canonical names,
// the generic flag and the workload table use the alias table only.
func TestCanonicalLoadsNoDictionary(t *testing.T) {
	if os.Getenv("SEGMENT_LOADS_CHILD") == "1" {
		Canonical("市人社局")
		IsGeneric("各有关部门")
		UnitName("市人社局")
		ToSimplified("財政局")
		Workload(sampleDocs()...)
		if Loads() != 0 {
			t.Fatalf("dictionary loaded %d times", Loads())
		}
		Default().Cut("政务公开")
		if Loads() != 1 {
			t.Fatalf("Cut: dictionary loaded %d times, want 1", Loads())
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCanonicalLoadsNoDictionary$", "-test.v")
	cmd.Env = append(os.Environ(), "SEGMENT_LOADS_CHILD=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "PASS")
}

func FuzzUnitNames(f *testing.F) {
	for _, s := range []string{"市人社局", "市發(fā)改委", "劳动保障和社会事业局（民政局", "((", "各", "\xff（a)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, g := UnitName(s); c != Canonical(s) || g != IsGeneric(s) || g && c != "" {
			t.Fatalf("UnitName(%q) = %q, %v; Canonical %q, IsGeneric %v", s, c, g, Canonical(s), IsGeneric(s))
		}
		if got := ToSimplified(s); len([]rune(got)) != len([]rune(s)) {
			t.Fatalf("ToSimplified changed the rune count of %q: %q", s, got)
		}
	})
}

func TestStripGlosses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"發(fā)改委", "發改委"},
		{"營商環(huán)境", "營商環境"},
		{"營商環（huán）境", "營商環境"},
		{"合作(PPP)", "合作(PPP)"},
		{"(fā)開頭", "(fā)開頭"},
		{"a(fa)", "a(fa)"},
		{"發(fā)(fā)", "發(fā)"},
		{"發(zhuangzz)", "發(zhuangzz)"},
		{"發()", "發()"},
		{"發(fā", "發(fā"},
		{"没有", "没有"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stripGlosses(tt.in), tt.in)
	}
}
