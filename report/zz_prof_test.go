package report

import (
	"context"
	"testing"
)

func BenchmarkZZJob(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bt, err := Prepare(context.Background(), Job{Inputs: []string{"../out/bench/long-1000"}, Units: "../out/bench/units.yaml", Period: "2021", Layout: "jianbao", Formats: []string{"docx"}})
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := bt.RenderAll(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
