package layout

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/model"
)

const minimal = "name: t\nsections: [cover]\n"

// TestLayoutNumbers: NaN, infinities and numbers out of range are refused with their line.
func TestLayoutNumbers(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, yaml, want string }{
		{"nan margin", minimal + "page:\n  margins:\n    top: .nan\n", `layout t.yaml:5: page.margins.top: want a number from 0 to 300 (millimetres), got ".nan"`},
		{"inf width", minimal + "page:\n  width: .inf\n  height: 100\n", `layout t.yaml:4: page.width: want a number from 0 to 1500`},
		{"negative margin", minimal + "page:\n  margins: {left: -30}\n", `layout t.yaml:4: page.margins.left: want a number from 0 to 300 (millimetres), got "-30"`},
		{"negative leading", minimal + "styles:\n  body: {leading: -5}\n", `layout t.yaml:4: styles.body.leading: want a number from 0 to 300 (points), got "-5"`},
		{"nan leading", minimal + "styles:\n  body:\n    size: 12\n    leading: .NaN\n", `layout t.yaml:6: styles.body.leading`},
		{"huge indent", minimal + "styles:\n  body: {indent: 1e300}\n", `styles.body.indent: want a number from -10 to 20`},
		{"nan size", minimal + "styles:\n  body: {size: NaN}\n", `size "NaN": want points`},
		{"grid", minimal + "page:\n  grid: {chars: 0, lines: 22}\n", `page.grid.chars: want a number from 1 to 100`},
		{"text not a number", minimal + "page:\n  margins: {top: wide}\n", `page.margins.top: want a number from 0 to 300 (millimetres), got "wide"`},
		{"alias loop", minimal + "text: &a {x: *a}\n", `layout t.yaml:3: an alias refers to a node that contains it`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %q", err, tt.want)
			}
		})
	}
	if _, err := Parse("t.yaml", []byte(minimal+"page:\n  margins: {top: 37, left: 28}\nstyles:\n  body: {indent: 0, leading: 28.9}\n")); err != nil {
		t.Errorf("good layout refused: %v", err)
	}
}

// exponential defines n templates, each calling the next twice: 2^n calls, n deep.
func exponential(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{{define "t%d"}}{{template "t%d" .}}{{template "t%d" .}}{{end}}`, i, i+1, i+1)
	}
	fmt.Fprintf(&b, `{{define "t%d"}}x{{end}}{{template "t0" .}}`, n)
	return b.String()
}

func report() *model.Report {
	return &model.Report{Date: model.Day{Time: time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC)}}
}

// TestTextBudget: a snippet that loops forever, writes without end or recurses exponentially
// stops with ErrBudget; the machine's time zone is out of reach.
func TestTextBudget(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		parseErr   string // refused when the layout is read
	}{
		{"endless range", `{{range 100000000000}}{{end}}`, ""},
		{"huge output", `{{range 2000000000}}xxxxxxxxxxxxxxxxxxxx{{end}}`, ""},
		{"nested ranges", `{{range 1000}}{{range 1000}}{{range 1000}}{{end}}{{end}}{{end}}`, ""},
		{"exponential templates", exponential(25), ""},
		{"local zone", `{{.Date.Local}}`, ".Local: a text template has no access to the machine's time zone"},
		{"local zone in a chain", `{{(.Date).Local.Year}}`, ".Local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l, err := Parse("t.yaml", []byte(minimal+"text:\n  title: '"+tt.text+"'\n"))
			if tt.parseErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.parseErr) {
					t.Fatalf("Parse = %v, want %q", err, tt.parseErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			_, err = Apply(report(), l)
			if !errors.Is(err, ErrBudget) {
				t.Errorf("Apply = %v, want ErrBudget", err)
			}
		})
	}
	// A snippet within budget runs as before.
	l, err := Parse("t.yaml", []byte(minimal+"text:\n  title: '{{range 3}}一{{end}}{{.Date.Year}}'\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Apply(report(), l)
	if err != nil || !strings.Contains(d.Meta.Title, "一一一2021") {
		t.Errorf("title %q, %v", d.Meta.Title, err)
	}
}

// FuzzLayout: any layout file is read without a panic, and one that reads is applied without one.
func FuzzLayout(f *testing.F) {
	maxSteps = 10_000
	f.Add(minimal)
	f.Add(minimal + "page:\n  margins: {top: .nan}\n")
	f.Add(minimal + "text:\n  title: '{{range 10}}x{{end}}'\n")
	f.Add("name: t\nsections: [cover, toc, overview]\nstyles:\n  body: {size: 三号, leading: 28}\n")
	f.Fuzz(func(t *testing.T, src string) {
		l, err := Parse("f.yaml", []byte(src))
		if err != nil {
			return
		}
		Apply(report(), l)
	})
}

// FuzzTemplate: any text snippet is parsed and run over a report without a panic and within
// its budget.
func FuzzTemplate(f *testing.F) {
	maxSteps = 10_000 // fuzz targets run after the tests: no test reads it meanwhile
	for _, s := range []string{"{{.Period.Label}}共{{.Totals.Articles}}篇", `{{range 100000000000}}{{end}}`, "{{.Date.Local}}",
		`{{define "a"}}{{template "a" .}}{{end}}{{template "a" .}}`, `{{with .Totals}}{{num .Articles.Current "篇" false}}{{end}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		l := &Layout{Name: "f", Sections: []Section{{Kind: "cover"}}, Text: map[string]string{"title": src}}
		if err := l.check(); err != nil {
			return
		}
		Apply(report(), l)
	})
}
