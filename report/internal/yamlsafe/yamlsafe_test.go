package yamlsafe

import (
	"errors"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// laughs builds a "billion laughs" document: levels of anchors, each listing the previous one ten times.
func laughs(levels int) string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol]\n")
	for i := 1; i <= levels; i++ {
		b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*a" + itoa(i-1))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func itoa(i int) string { return string(rune('0' + i)) }

func TestCheck(t *testing.T) {
	deep := strings.Repeat("[", 150) + strings.Repeat("]", 150)
	tests := []struct {
		name, doc string
		line      int    // 0: accepted
		msg       string // part of the message
	}{
		{"plain", "title: 甲\nunits: [a, b]\n", 0, ""},
		{"alias reused", "x: &x {a: 1}\ny: *x\nz: *x\n", 0, ""},
		{"self alias", "title: &a [*a]\n", 1, "cycle"},
		{"indirect cycle", "a: &a\n  b: &b\n    - *a\n", 3, "cycle"},
		{"billion laughs", laughs(9), 0, "more than"},
		{"small laughs", laughs(3), 0, ""},
		{"deep", deep, 1, "nested"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(tt.doc), &n); err != nil {
				t.Fatalf("parse: %v", err)
			}
			err := Check(&n, Default)
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(e.Msg, tt.msg) {
				t.Fatalf("Check = %v, want an error saying %q", err, tt.msg)
			}
			if tt.line != 0 && e.Line != tt.line {
				t.Errorf("line %d, want %d", e.Line, tt.line)
			}
		})
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("title: &a [*a]\n")
	f.Add(laughs(4))
	f.Add("a: &x {b: *x}\n")
	f.Fuzz(func(t *testing.T, doc string) {
		var n yaml.Node
		if yaml.Unmarshal([]byte(doc), &n) != nil {
			return
		}
		_ = Check(&n, Limits{Nodes: 10000, Depth: 50})
	})
}
