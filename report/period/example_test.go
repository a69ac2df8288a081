package period_test

import (
	"fmt"

	"github.com/jianbao/jianbao/report/period"
)

func ExampleParse() {
	p, _ := period.Parse("last-quarter", period.Options{Today: period.Date(2021, 10, 15)})
	fmt.Println(p, p.Label(), p.Prev().Label())
	// Output: 2021Q3 2021年第三季度 2021年第二季度
}
