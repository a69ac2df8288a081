package orgunit

import (
	"slices"
	"testing"
)

func TestSubAndContacts(t *testing.T) {
	const units = `units:
  - name: 学校党委
  - name: 计算机学院
    contact: dean@cs.example.edu.cn；office@cs.example.edu.cn
  - name: 计算机学院学生第一党支部
    parent: 计算机学院
    contact: [branch1@cs.example.edu.cn]
  - name: 计算机学院学生第一党支部第一小组
    parent: 计算机学院学生第一党支部
  - name: 图书馆
    parent: 学校党委
`
	r, _, err := Parse("units.yaml", []byte(units))
	if err != nil {
		t.Fatal(err)
	}
	cs := r.Resolve("计算机学院")
	if want := (Contacts{"dean@cs.example.edu.cn", "office@cs.example.edu.cn"}); !slices.Equal(cs.Contact, want) {
		t.Errorf("contact: got %q, want %q", cs.Contact, want)
	}
	sub := r.Sub(cs)
	var names []string
	for _, u := range sub.Units() {
		names = append(names, u.Name)
	}
	want := []string{"计算机学院", "计算机学院学生第一党支部", "计算机学院学生第一党支部第一小组"}
	if !slices.Equal(names, want) {
		t.Errorf("Sub: got %q, want %q", names, want)
	}
	if d := sub.Depth(sub.Resolve("计算机学院")); d != 1 {
		t.Errorf("the root of a Sub is at depth %d, want 1", d)
	}
	if sub.Resolve("图书馆") != nil {
		t.Error("Sub holds a unit outside the subtree")
	}
	if r.Sub(&Unit{Name: "x"}) != nil {
		t.Error("Sub of a unit not in the registry")
	}
}
