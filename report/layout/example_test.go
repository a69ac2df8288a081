package layout_test

import (
	"fmt"

	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
)

func ExampleFormatNumber() {
	fmt.Println(layout.FormatNumber(150, "人", true), layout.FormatNumber(35000, "元", false))
	fmt.Println(layout.FormatChange(model.NewChange(11, 6), "篇"))
	// Output:
	// 150余人 3.5万元
	// 增加5篇，增长83.3%
}
