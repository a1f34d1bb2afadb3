package parse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/gongwen/parse"
)

// BenchmarkSeeds measures structure parsing (no dictionary) on each seed.
func BenchmarkSeeds(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(filepath.Base(p)[:3], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := parse.Text(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// synthetic builds a work plan of about size bytes: a notice header and
// goals whose tasks and items cycle through prose of our own, with inline
// and trailing unit clauses and a tab table, so that every stage works.
func synthetic(size int) string {
	var sb strings.Builder
	sb.WriteString("某某市人民政府办公室文件\n某政办发〔2024〕1号\n某某市人民政府办公室关于印发某某市2024年政务公开工作要点的通知\n各区人民政府，市各委办局：\n现将《某某市2024年政务公开工作要点》印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2024年3月1日\n（此件公开发布）\n某某市2024年政务公开工作要点\n")
	sentences := []string{
		"及时公布职业技能培训补贴政策，详细说明政策出台背景、适用对象、申领条件以及办理流程等。",
		"提高涉企收费调整透明度，制定和修改相关规定要充分听取经营主体的意见。",
		"围绕“一件事一次办”改革新要求，主动做好证明事项清理、办事材料精简等方面的公开工作。",
		"改进执法方式，全面推行“双随机、一公开”和“互联网+监管”，推动抽查结果和处罚决定及时向社会公开。",
	}
	clauses := []string{"（市人社局牵头落实）", "（责任部门：市场监管局、市税务局）", "（管委会办公室牵头，各有关部门按职责分工落实）", "（市财政局牵头，市发改委、市统计局配合）"}
	cn := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	for g := 0; sb.Len() < size; g++ {
		fmt.Fprintf(&sb, "%s、第%d项重点工作\n", cn[g%10], g+1)
		for t := 0; t < 8; t++ {
			fmt.Fprintf(&sb, "（%s）推进第%d项任务。", cn[t%10], t+1)
			for i := 0; i < 3; i++ {
				sb.WriteString(sentences[(g+t+i)%len(sentences)])
				sb.WriteString(clauses[(g+i)%len(clauses)])
			}
			sb.WriteString("\n")
		}
		sb.WriteString("目标\t任务\t主要内容\t责任单位\n")
		for r := 0; r < 4; r++ {
			fmt.Fprintf(&sb, "\t(%s) 表格任务%d\t%s\t市审计局、市统计局按职责分工分别牵头落实\n", cn[r%10], r+1, sentences[r%len(sentences)])
		}
	}
	return sb.String()
}

// BenchmarkArchive measures throughput on large synthetic plans; equal MB/s
// at 1 MB and 10 MB shows the cost is linear in input size.
func BenchmarkArchive(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		text := synthetic(size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				doc, err := parse.Text(text)
				if err != nil || doc.Plan == nil {
					b.Fatal("no plan", err)
				}
			}
		})
	}
}

func TestSyntheticArchiveParses(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	text := synthetic(1 << 20)
	doc, err := parse.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	items, units := 0, 0
	for _, g := range doc.Plan.Goals {
		for _, tk := range g.Tasks {
			for _, it := range tk.Items {
				items++
				units += len(it.Units)
			}
		}
	}
	// every generated item carries units
	if items == 0 || units < items {
		t.Fatalf("items %d units %d", items, units)
	}
}
