package report_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/period"
	"github.com/jianbao/jianbao/report/reader"
)

// Example builds the samples' third quarter and writes it as DOCX.
func Example() {
	ctx := context.Background()
	res := report.Load(ctx, []string{"../samples"}, reader.Options{})
	p, _ := period.Parse("2021Q3", period.Options{})
	r, problems, err := report.Build(ctx, res, report.Options{Period: p, Issuer: "党委办公室"})
	if err != nil {
		panic(err)
	}
	var out bytes.Buffer
	if err := report.Render(ctx, r, report.RenderOptions{Layout: "jianbao", Format: "docx"}, &out); err != nil {
		panic(err)
	}
	fmt.Println(r.Period.Label, r.Totals.Articles, len(problems), out.Len() > 0)
	// Output: 2021年第三季度 11 0 true
}
