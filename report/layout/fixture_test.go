package layout

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/script"
)

// fixture reads the report model testdata/model/NAME.json: the samples as reader and aggregate
// make them, kept current by report's TestLayoutFixtures, so that layout is tested alone.
func fixture(t testing.TB, name string) *model.Report {
	t.Helper()
	data, err := os.ReadFile("testdata/model/" + name + ".json")
	if err != nil {
		t.Fatalf("no report fixture %s (add it to report/fixtures_test.go, then go test ./report -run TestLayoutFixtures -update): %v", name, err)
	}
	// As report's TestLayoutFixtures writes it: the model, and each group's articles' positions.
	var fx struct {
		Report *model.Report `json:"report"`
		Pos    [][]model.Pos `json:"pos"`
	}
	if err := json.Unmarshal(data, &fx); err != nil || fx.Report == nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	for i, g := range fx.Report.Groups {
		for j, a := range g.Articles {
			if i < len(fx.Pos) && j < len(fx.Pos[i]) {
				a.Pos = fx.Pos[i][j]
			}
		}
	}
	return fx.Report
}

// samplesFor returns the fixture of the samples for a period aggregated with spec's grouping
// and script (named PERIOD[-top][-traditional]).
func samplesFor(t *testing.T, per string, spec aggregate.Spec) *model.Report {
	t.Helper()
	name := per
	if spec.GroupBy.Mode == aggregate.ByLevel && spec.GroupBy.Level == 1 {
		name += "-top"
	}
	if spec.Script == script.Traditional {
		name += "-traditional"
	}
	return fixture(t, name)
}

// layoutNames are the built-in layouts, in templates/.
var layoutNames = []string{"quarterly", "jianbao", "gbt9704", "leader-digest"}

// builtinLayouts parse each built-in layout once, for every test of the package.
var builtinLayouts = func() map[string]func() (*Layout, error) {
	m := map[string]func() (*Layout, error){}
	for _, name := range layoutNames {
		m[name] = sync.OnceValues(func() (*Layout, error) {
			data, err := os.ReadFile("../../templates/" + name + ".yaml")
			if err != nil {
				return nil, err
			}
			return Parse(name+".yaml", data)
		})
	}
	return m
}()

// builtinLayout returns the built-in layout name (templates/NAME.yaml), parsed once and shared
// by the tests: a Layout is safe to share, from any number of goroutines
// (TestKeepTemplatesShared).
func builtinLayout(t testing.TB, name string) *Layout {
	t.Helper()
	load, ok := builtinLayouts[name]
	if !ok {
		t.Fatalf("no built-in layout %q among %v", name, layoutNames)
	}
	l, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return l
}
