package segment_test

import (
	"fmt"

	"github.com/zwgk/gongwen/model"
	"github.com/zwgk/gongwen/segment"
)

func ExampleSegmenter_Cut() {
	fmt.Println(segment.Default().Cut("深化放管服改革，推行“双随机、一公开”监管和不见面审批"))
	// Output: [深化 放管服改革 推行 双随机、一公开 监管 和 不见面审批]
}

func ExampleSegmenter_Keywords() {
	text := "推進政務公開標準化規範化。加強政策解讀，做好政務公開。"
	for _, k := range segment.Default().Keywords(3, text) {
		fmt.Println(k.Term)
	}
	// Output:
	// 政務公開
	// 標準化規範化
	// 政策解讀
}

func ExampleCanonical() {
	for _, name := range []string{"市人社局", "衛計委", "苏州市财政局", "各有关部门"} {
		fmt.Printf("%s → %q generic=%v\n", name, segment.Canonical(name), segment.IsGeneric(name))
	}
	// Output:
	// 市人社局 → "人力资源和社会保障局" generic=false
	// 衛計委 → "卫生和计划生育委员会" generic=false
	// 苏州市财政局 → "财政局" generic=false
	// 各有关部门 → "" generic=true
}

func ExampleWorkload() {
	doc := &model.Document{Plan: &model.Plan{Goals: []model.Goal{{Tasks: []model.Task{
		{Items: []model.Item{{Units: []model.Unit{{Name: "市人社局", Role: model.RoleLead}, {Name: "市财政局", Role: model.RoleCooperate}}}}},
		{Items: []model.Item{{Units: []model.Unit{{Name: "人社局", Role: model.RoleLead}}}}},
	}}}}}
	for _, r := range segment.Workload(doc) {
		fmt.Println(r.Unit, r.Lead, r.Cooperate, r.Participate, r.Responsible, r.Total())
	}
	// Output:
	// 人力资源和社会保障局 2 0 0 0 2
	// 财政局 0 1 0 0 1
}
