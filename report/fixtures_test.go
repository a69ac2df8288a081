package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/internal/golden"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
	"github.com/jianbao/jianbao/report/script"
)

// layoutFixtures are the report models the layout package's tests start from
// (report/layout/testdata/model/NAME.json), so that they test layout alone. They are the
// samples as reader and aggregate make them; this test keeps them current: after a change to
// reading or aggregation, run go test ./report -run TestLayoutFixtures -update and read the diff.
var layoutFixtures = []struct {
	name, period string
	spec         aggregate.Spec
	inputs       []string // the samples when empty
}{
	{"2021Q3-issue", "2021Q3", aggregate.Spec{Issuer: "党委办公室", IssueNo: "第3期"}, nil},
	{"2021Q3", "2021Q3", aggregate.Spec{}, nil},
	{"2021Q1", "2021Q1", aggregate.Spec{}, nil},
	{"2021Q2", "2021Q2", aggregate.Spec{}, nil},
	{"2021Q4", "2021Q4", aggregate.Spec{}, nil},
	{"2020", "2020", aggregate.Spec{}, nil},
	{"2021", "2021", aggregate.Spec{}, nil},
	{"2021-top", "2021", aggregate.Spec{GroupBy: aggregate.GroupBy{Mode: aggregate.ByLevel, Level: 1}}, nil},
	{"2021Q3-traditional", "2021Q3", aggregate.Spec{Script: script.Traditional}, nil},
	// Traditional summaries kept as written: the digest is traditional, the tool's words too.
	{"2024-05-keep", "2024-05", aggregate.Spec{Script: script.Keep}, []string{"testdata/keep/traditional.yaml"}},
}

// ModelFixture is a fixture file: the report model, and the input position of each group's
// articles (model.Summary.Pos is not part of the model's JSON).
type ModelFixture struct {
	Report *model.Report `json:"report"`
	Pos    [][]model.Pos `json:"pos"`
}

func TestLayoutFixtures(t *testing.T) {
	t.Parallel()
	res := reader.Load(context.Background(), []string{"../samples"}, reader.Options{})
	data, err := os.ReadFile("../samples/units.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, inst, err := orgunit.Parse("units.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range layoutFixtures {
		p, err := period.Parse(f.period, period.Options{})
		if err != nil {
			t.Fatal(err)
		}
		spec := f.spec
		spec.Period, spec.Registry, spec.Institution = p, reg, inst
		sums := res.Summaries
		if f.inputs != nil {
			in := reader.Load(context.Background(), f.inputs, reader.Options{})
			if err := in.Problems.Err(); err != nil {
				t.Fatalf("%s: %v", f.name, err)
			}
			sums = in.Summaries
		}
		r, _ := aggregate.Aggregate(sums, spec)
		fx := ModelFixture{Report: r}
		for _, g := range r.Groups {
			var pos []model.Pos
			for _, a := range g.Articles {
				pos = append(pos, a.Pos)
			}
			fx.Pos = append(fx.Pos, pos)
		}
		got := golden.JSON(t, fx)
		// The fixture survives JSON, so layout tests start from the very model.
		var back ModelFixture
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if again := golden.JSON(t, &back); !bytes.Equal(again, got) {
			t.Errorf("%s: the report model does not survive a JSON round trip", f.name)
		}
		golden.Check(t, "layout/testdata/model/"+f.name+".json", got)
	}
}
