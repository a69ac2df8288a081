package reader_test

import (
	"context"
	"fmt"

	"github.com/jianbao/jianbao/report/reader"
)

func ExampleReadSource() {
	src := reader.Source{Name: "ledger.csv", Data: []byte("标题,日期,单位,数据,摘要\n推进会,2021年7月9日,宣传部,参会人员: 150余人,部署工作。\n,2021-02-30,宣传部,,内容\n")}
	sums, errs := reader.ReadSource(context.Background(), src, reader.Options{})
	fmt.Println(sums[0].Title, sums[0].Date.Format("2006-01-02"), sums[0].Figures[0].Value, sums[0].Figures[0].Approx)
	for _, e := range errs {
		fmt.Println(e)
	}
	// Output:
	// 推进会 2021-07-09 150 true
	// ledger.csv:3: record 2: field "日期": day 30 does not exist in 2021-02 ("2021-02-30")
	// ledger.csv:3: record 2: field "标题": is empty (the title column)
}
