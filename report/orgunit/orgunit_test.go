package orgunit

import (
	"strings"
	"testing"
)

const unitsYAML = `
institution: 示例大学
units:
  - name: 学校党委
    short: 党委
  - name: 党委宣传部
    short: 宣传部
    aliases: [黨委宣傳部, 宣傳部]
    parent: 学校党委
    kind: 职能部门
  - name: 计算机学院
    aliases: [计算机科学与信息工程学院, 計算機學院]
    kind: 学院
    order: 10
  - name: 计算机学院学生第一党支部
    short: 计算机学生一支部
    parent: 计算机学院
    order: 11
  - name: 图书馆
    kind: 直属单位
`

func TestResolve(t *testing.T) {
	t.Parallel()
	r, inst, err := Parse("units.yaml", []byte(unitsYAML))
	if err != nil {
		t.Fatal(err)
	}
	if inst != "示例大学" {
		t.Errorf("institution: got %q", inst)
	}
	tests := []struct{ in, want string }{
		{"党委宣传部", "党委宣传部"},
		{"宣传部", "党委宣传部"},
		{"黨委宣傳部", "党委宣传部"},
		{" 党委 宣传部 ", "党委宣传部"},
		{"计算机科学与信息工程学院", "计算机学院"},
		{"計算機學院", "计算机学院"},
		{"图书馆", "图书馆"},
		{"档案馆", ""},
	}
	for _, tt := range tests {
		got := ""
		if u := r.Resolve(tt.in); u != nil {
			got = u.Name
		}
		if got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrderAndDepth(t *testing.T) {
	t.Parallel()
	r, _, err := Parse("units.yaml", []byte(unitsYAML))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range r.Units() {
		names = append(names, u.Name)
	}
	want := "学校党委 党委宣传部 图书馆 计算机学院 计算机学院学生第一党支部"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("order: got %s, want %s", got, want)
	}
	branch := r.Resolve("计算机学生一支部")
	if d := r.Depth(branch); d != 2 {
		t.Errorf("depth: got %d, want 2", d)
	}
	if top := r.AtDepth(branch, 1); top.Name != "计算机学院" {
		t.Errorf("AtDepth 1: got %s", top.Name)
	}
	if same := r.AtDepth(r.Resolve("图书馆"), 2); same.Name != "图书馆" {
		t.Errorf("AtDepth of a shallow unit: got %s", same.Name)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"empty", "units: []", "no units"},
		{"dup", "units: [{name: 甲}, {name: 甲}]", `name "甲" is used twice`},
		{"alias clash", "units: [{name: 甲, aliases: [丙]}, {name: 乙, aliases: [丙]}]", `alias "丙" already names "甲"`},
		{"parent", "units: [{name: 甲, parent: 乙}]", `parent "乙" is not in the registry`},
		{"cycle", "units: [{name: 甲, parent: 乙}, {name: 乙, parent: 甲}]", "cycle"},
		{"unknown key", "units: [{name: 甲, parnet: 乙}]", `unknown field "parnet"`},
		{"blank name", "units: [{short: 甲}]", "name is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("units.yaml", []byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
