package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/jianbao/jianbao/report/model"
)

// label is the hand-made answer for one article of testdata/articles.
type label struct {
	Year        int      `yaml:"year"`
	Title       string   `yaml:"title"`
	Date        string   `yaml:"date"`
	Institution string   `yaml:"institution"`
	Chair       string   `yaml:"chair"`
	Authors     []string `yaml:"authors"`
	Speakers    []string `yaml:"speakers"`
	Units       []string `yaml:"units"`
	Figures     []string `yaml:"figures"`
}

// figureKey writes a figure as its value in base units and its measure word: 1.2万户 → 12000户.
func figureKey(f model.Figure) string {
	v, u := f.Value, f.Unit
	for _, s := range []struct {
		p string
		m float64
	}{{"亿", 1e8}, {"億", 1e8}, {"万", 1e4}, {"萬", 1e4}} {
		if strings.HasPrefix(u, s.p) && u != s.p {
			v, u = v*s.m, strings.TrimPrefix(u, s.p)
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + u
}

type counts struct{ tp, fp, fn int }

func (c *counts) add(got, want []string) {
	w := map[string]int{}
	for _, x := range want {
		w[x]++
	}
	for _, g := range got {
		if w[g] > 0 {
			c.tp++
			w[g]--
		} else {
			c.fp++
		}
	}
	for _, n := range w {
		c.fn += n
	}
}

func (c counts) f1() float64 {
	if c.tp == 0 {
		if c.fp == 0 && c.fn == 0 {
			return 1
		}
		return 0
	}
	p, r := float64(c.tp)/float64(c.tp+c.fp), float64(c.tp)/float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

func names(ps []model.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// TestScores runs the extractor over the hand-labelled articles and reports accuracy per field
// (title, date, chair, institution) and F1 (authors, speakers, units, figures). The floors guard
// against regressions; the numbers are logged for the report (go test -v -run TestScores).
func TestScores(t *testing.T) {
	scoreDir(t, "testdata/articles", map[string]float64{"title": 0.9, "date": 0.9, "chair": 0.9, "institution": 0.9,
		"authors": 0.9, "speakers": 0.9, "units": 0.85, "figures": 0.9})
}

// TestHeldOut scores articles written after the extractor was tuned and never tuned on: an
// honest estimate for text it has not seen. Its floors are lower.
func TestHeldOut(t *testing.T) {
	scoreDir(t, "testdata/heldout", map[string]float64{"title": 0.8, "date": 0.8, "chair": 0.8, "institution": 0.5,
		"authors": 0.7, "speakers": 0.6, "units": 0.4, "figures": 0.6})
}

func scoreDir(t *testing.T, dir string, floors map[string]float64) {
	files, _ := filepath.Glob(dir + "/*.txt")
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	sort.Strings(files)
	exact := map[string][2]int{} // field -> right, total
	f1 := map[string]*counts{"authors": {}, "speakers": {}, "units": {}, "figures": {}}
	for _, f := range files {
		text, _ := os.ReadFile(f)
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		var l label
		if err := yaml.Unmarshal(raw, &l); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s := Extract(string(text), Options{Year: l.Year}).Summary
		chair := ""
		if s.Chair != nil {
			chair = s.Chair.Name
		}
		date := ""
		if !s.Date.IsZero() {
			date = s.Date.Format("2006-01-02")
		}
		for _, c := range []struct{ field, got, want string }{
			{"title", s.Title, l.Title}, {"date", date, l.Date}, {"chair", chair, l.Chair}, {"institution", s.Institution, l.Institution},
		} {
			e := exact[c.field]
			e[1]++
			if c.got == c.want {
				e[0]++
			} else if testing.Verbose() {
				t.Logf("%s: %s: got %q, want %q", filepath.Base(f), c.field, c.got, c.want)
			}
			exact[c.field] = e
		}
		var figs []string
		for _, x := range s.Figures {
			figs = append(figs, figureKey(x))
		}
		for field, pair := range map[string][2][]string{
			"authors": {names(s.Authors), l.Authors}, "speakers": {names(s.Speakers), l.Speakers},
			"units": {s.UnitsInvolved, l.Units}, "figures": {figs, l.Figures},
		} {
			c := *f1[field]
			c.add(pair[0], pair[1])
			if testing.Verbose() && fmt.Sprint(pair[0]) != fmt.Sprint(pair[1]) {
				t.Logf("%s: %s: got %v, want %v", filepath.Base(f), field, pair[0], pair[1])
			}
			*f1[field] = c
		}
	}
	var report []string
	for _, field := range []string{"title", "date", "chair", "institution"} {
		e := exact[field]
		acc := float64(e[0]) / float64(e[1])
		report = append(report, fmt.Sprintf("%s %.2f", field, acc))
		if acc < floors[field] {
			t.Errorf("%s accuracy %.2f is below %.2f", field, acc, floors[field])
		}
	}
	for _, field := range []string{"authors", "speakers", "units", "figures"} {
		v := f1[field].f1()
		report = append(report, fmt.Sprintf("%s F1 %.2f", field, v))
		if v < floors[field] {
			t.Errorf("%s F1 %.2f is below %.2f", field, v, floors[field])
		}
	}
	t.Logf("%d articles: %s", len(files), strings.Join(report, ", "))
}

// TestValidUTF8 runs every article and seed through extraction and requires valid UTF-8 in every
// field (a role once began in the middle of a full-width comma).
func TestValidUTF8(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/*/*.txt")
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	for _, f := range append(files, seeds...) {
		text, _ := os.ReadFile(f)
		s := Extract(string(text), Options{Year: 2021}).Summary
		for _, p := range append(append([]model.Person{}, s.Speakers...), s.Authors...) {
			if !utf8.ValidString(p.Role) || !utf8.ValidString(p.Name) {
				t.Errorf("%s: invalid UTF-8 in %q %q", f, p.Name, p.Role)
			}
		}
		if s.Chair != nil && !utf8.ValidString(s.Chair.Role) {
			t.Errorf("%s: invalid UTF-8 in the chair's role", f)
		}
	}
}
