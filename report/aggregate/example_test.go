package aggregate_test

import (
	"fmt"
	"time"

	"github.com/jianbao/jianbao/report/aggregate"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/period"
)

func ExampleAggregate() {
	day := func(m, d int) model.Day { return model.Day{Time: period.Date(2021, month(m), d)} }
	sums := []model.Summary{
		{Title: "推进会", Date: day(7, 9), Unit: "宣传部", Figures: []model.Figure{{Label: "资金", Value: 3.5, Unit: "万元"}}},
		{Title: "培训班", Date: day(8, 2), Unit: "图书馆", Figures: []model.Figure{{Label: "资金", Value: 5000, Unit: "元"}}},
		{Title: "座谈会", Date: day(5, 6), Unit: "图书馆"},
	}
	p, _ := period.Parse("2021Q3", period.Options{})
	// The ledger is declared to start in April, so the second quarter is covered and compared.
	r, _ := aggregate.Aggregate(sums, aggregate.Spec{Period: p, Since: period.Date(2021, 4, 1)})
	for _, g := range r.Groups {
		fmt.Println(g.Label, g.Change.Current, g.Change.Previous)
	}
	fmt.Println(r.Figures[0].Label, r.Figures[0].Value, r.Figures[0].Unit)
	// Output:
	// 图书馆 1 1
	// 宣传部 1 0
	// 资金 40000 元
}

func month(m int) time.Month { return time.Month(m) }
