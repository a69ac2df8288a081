package orgunit

import (
	"fmt"
	"strings"
	"testing"
)

func chain(n int) []Unit {
	units := make([]Unit, n)
	for i := range units {
		units[i].Name = fmt.Sprintf("u%d", i)
		if i > 0 {
			units[i].Parent = fmt.Sprintf("u%d", i-1)
		}
	}
	// Deepest first: the order that made each unit's walk the whole chain.
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		units[i], units[j] = units[j], units[i]
	}
	return units
}

// TestDeepChain: a 100,000-deep chain of parents loads, and every unit's depth and top ancestor
// are right. (Walking the chain from each unit cost n², and AtDepth n·d²: hours at this size.)
func TestDeepChain(t *testing.T) {
	const n = 100_000
	r, err := New(chain(n))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		u := r.Get(ID(fmt.Sprintf("u%d", i)))
		if d := r.Depth(u); d != i+1 {
			t.Fatalf("depth of u%d = %d, want %d", i, d, i+1)
		}
		if top := r.AtDepth(u, 1); top.Name != "u0" {
			t.Fatalf("top of u%d = %s", i, top.Name)
		}
	}
	if u := r.AtDepth(r.Get("u50"), 10); u.Name != "u9" {
		t.Errorf("AtDepth(u50, 10) = %s, want u9", u.Name)
	}
}

func TestCycleInLongChain(t *testing.T) {
	units := chain(1000)
	units[len(units)-1].Parent = "u999" // u0, the top, now hangs under the deepest unit
	_, err := New(units)
	if err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("err = %v, want a cycle", err)
	}
}

// TestParseErrorsHaveLines: every units.yaml error names the file and the line of its entry.
func TestParseErrorsHaveLines(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"dup", "units:\n  - name: 甲\n  - name: 乙\n  - name: 甲\n", `units.yaml:4: unit 3: name "甲" is used twice`},
		{"parent", "units:\n  - name: 甲\n  - name: 乙\n    parent: 丙\n", `units.yaml:3: unit 2: "乙": parent "丙" is not in the registry`},
		{"alias", "units:\n  - name: 甲\n    aliases: [丙]\n  - name: 乙\n    aliases: [丙]\n", `units.yaml:4: unit 2: "乙": alias "丙" already names "甲"`},
		{"cycle", "units:\n  - {name: 甲, parent: 乙}\n  - {name: 乙, parent: 甲}\n", `units.yaml:2: unit 1: "甲": its parents form a cycle`},
		{"blank", "units:\n  - name: 甲\n  - short: 乙\n", `units.yaml:3: unit 2: name is empty`},
		{"syntax", "units:\n  - name: 甲\n  - name: 乙\n    parent: [\n", `units.yaml:4: did not find expected node content`},
		{"unknown key", "units:\n  - name: 甲\n    parnet: 乙\n", `units.yaml:3: unknown field "parnet": want name`},
		{"alias loop", "units: &a [*a]\n", `units.yaml:1: an alias refers to a node that contains it`},
		{"alias bomb", "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nunits: *g\n", `more than 2000000 values`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("units.yaml", []byte(tt.in))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) && !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func BenchmarkNewChain(b *testing.B) {
	units := chain(20_000)
	for b.Loop() {
		if _, err := New(units); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAtDepthTopChain(b *testing.B) {
	r, _ := New(chain(2_000))
	for b.Loop() {
		for _, u := range r.Units() {
			r.AtDepth(u, 1)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("units:\n  - name: 党委宣传部\n    aliases: [宣传部]\n  - name: 新闻中心\n    parent: 宣传部\n")
	f.Add("units: &a [*a]\n")
	f.Add("units: [{name: 甲, parent: 乙}, {name: 乙, parent: 甲}]")
	f.Fuzz(func(t *testing.T, in string) {
		r, _, err := Parse("units.yaml", []byte(in))
		if err != nil {
			return
		}
		for _, u := range r.Units() {
			if d := r.Depth(u); d < 1 || d > r.Len() {
				t.Fatalf("depth %d of %q out of range", d, u.Name)
			}
			if top := r.AtDepth(u, 1); r.Depth(top) != 1 {
				t.Fatalf("top of %q is at depth %d", u.Name, r.Depth(top))
			}
		}
	})
}

// TestAtDepthEveryLevel: binary lifting finds the same ancestor as walking up, at every level.
func TestAtDepthEveryLevel(t *testing.T) {
	t.Parallel()
	r, err := New(chain(300))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range r.Units() {
		for d := 1; d <= 301; d++ {
			want := u
			for want != nil && r.Depth(want) > d {
				want = r.Parent(want)
			}
			if got := r.AtDepth(u, d); got != want {
				t.Fatalf("AtDepth(%s, %d) = %s, want %s", u.Name, d, got.Name, want.Name)
			}
		}
	}
}

func BenchmarkAtDepthLevelChain(b *testing.B) {
	r, _ := New(chain(20_000))
	for b.Loop() {
		for _, u := range r.Units() {
			r.AtDepth(u, 10_000)
		}
	}
}
